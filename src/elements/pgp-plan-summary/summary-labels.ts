import { msg } from '@lit/localize';
import type { Choice } from '../pgp-goal-list/goal-labels.js';

// Labels of the plan-level values that only the summary shows. Goal, activity and follow-up
// labels come from the goal list, so both elements use the same words and translations.

export const PLAN_STATUSES: readonly Choice[] = [
  { value: 'DRAFT', label: () => msg('Draft', { id: 'plan.status.DRAFT' }) },
  { value: 'SUBMITTED_FOR_REVIEW', label: () => msg('Sent for review', { id: 'plan.status.SUBMITTED_FOR_REVIEW' }) },
  { value: 'RETURNED', label: () => msg('Returned for changes', { id: 'plan.status.RETURNED' }) },
  { value: 'APPROVED', label: () => msg('Approved', { id: 'plan.status.APPROVED' }) },
  { value: 'IN_PROGRESS', label: () => msg('In progress', { id: 'plan.status.IN_PROGRESS' }) },
  { value: 'COMPLETED', label: () => msg('Completed', { id: 'plan.status.COMPLETED' }) },
  { value: 'VERIFIED', label: () => msg('Verified', { id: 'plan.status.VERIFIED' }) },
  { value: 'ARCHIVED', label: () => msg('Archived', { id: 'plan.status.ARCHIVED' }) },
];

export const PARTICIPANT_ROLES: readonly Choice[] = [
  { value: 'ASSISTANT', label: () => msg('Assistant', { id: 'participant.role.ASSISTANT' }) },
  { value: 'TEACHER', label: () => msg('Teacher', { id: 'participant.role.TEACHER' }) },
  { value: 'LEAD_TEACHER', label: () => msg('Lead teacher', { id: 'participant.role.LEAD_TEACHER' }) },
  { value: 'SITE_SUPERVISOR', label: () => msg('Site supervisor', { id: 'participant.role.SITE_SUPERVISOR' }) },
  { value: 'DIRECTOR', label: () => msg('Director', { id: 'participant.role.DIRECTOR' }) },
  { value: 'FAMILY_CHILD_CARE_PROVIDER', label: () => msg('Family child care provider', { id: 'participant.role.FAMILY_CHILD_CARE_PROVIDER' }) },
  { value: 'OTHER', label: () => msg('Other', { id: 'participant.role.OTHER' }) },
];

export const SETTING_TYPES: readonly Choice[] = [
  { value: 'CENTER', label: () => msg('Center', { id: 'participant.settingType.CENTER' }) },
  { value: 'FAMILY_CHILD_CARE', label: () => msg('Family child care home', { id: 'participant.settingType.FAMILY_CHILD_CARE' }) },
  { value: 'SCHOOL', label: () => msg('School', { id: 'participant.settingType.SCHOOL' }) },
  { value: 'OTHER', label: () => msg('Other', { id: 'participant.settingType.OTHER' }) },
];

export const ADVISOR_ROLES: readonly Choice[] = [
  { value: 'PROFESSIONAL_GROWTH_ADVISOR', label: () => msg('Professional growth advisor', { id: 'advisor.role.PROFESSIONAL_GROWTH_ADVISOR' }) },
  { value: 'QCC_COACH', label: () => msg('Quality Counts California coach', { id: 'advisor.role.QCC_COACH' }) },
  { value: 'PD_SPECIALIST', label: () => msg('Professional development specialist', { id: 'advisor.role.PD_SPECIALIST' }) },
  { value: 'ACADEMIC_COUNSELOR', label: () => msg('Academic counselor', { id: 'advisor.role.ACADEMIC_COUNSELOR' }) },
  { value: 'SUPERVISOR', label: () => msg('Supervisor', { id: 'advisor.role.SUPERVISOR' }) },
];

export const EMPLOYER_REQUIREMENTS: readonly Choice[] = [
  { value: 'RECOMMENDED', label: () => msg('Recommended', { id: 'employer.requirement.RECOMMENDED' }) },
  { value: 'REQUIRED', label: () => msg('Required', { id: 'employer.requirement.REQUIRED' }) },
];

export const STIPEND_PATHWAYS: readonly Choice[] = [
  { value: 'EDUCATION_UNITS', label: () => msg('College units', { id: 'stipend.pathway.EDUCATION_UNITS' }) },
  { value: 'PROFESSIONAL_DEVELOPMENT_HOURS', label: () => msg('Professional development hours', { id: 'stipend.pathway.PROFESSIONAL_DEVELOPMENT_HOURS' }) },
  { value: 'PERMIT', label: () => msg('Child Development Permit', { id: 'stipend.pathway.PERMIT' }) },
  { value: 'DEGREE', label: () => msg('Degree', { id: 'stipend.pathway.DEGREE' }) },
  { value: 'ADVISOR', label: () => msg('Professional growth advisor', { id: 'stipend.pathway.ADVISOR' }) },
];

export const PERMIT_ACTIONS: readonly Choice[] = [
  { value: 'RENEWAL', label: () => msg('Renewal', { id: 'ctc.action.RENEWAL' }) },
  { value: 'UPGRADE', label: () => msg('Upgrade', { id: 'ctc.action.UPGRADE' }) },
  { value: 'REINSTATEMENT_EXTENSION', label: () => msg('Reinstatement with a two-year extension', { id: 'ctc.action.REINSTATEMENT_EXTENSION' }) },
];

export const SIGNATURE_ROLES: readonly Choice[] = [
  { value: 'PARTICIPANT', label: () => msg('Participant', { id: 'signature.role.PARTICIPANT' }) },
  { value: 'ADVISOR', label: () => msg('Advisor', { id: 'signature.role.ADVISOR' }) },
  { value: 'SUPERVISOR', label: () => msg('Supervisor', { id: 'signature.role.SUPERVISOR' }) },
  { value: 'STIPEND_ADMINISTRATOR', label: () => msg('Stipend administrator', { id: 'signature.role.STIPEND_ADMINISTRATOR' }) },
  { value: 'QCC_COACH', label: () => msg('Quality Counts California coach', { id: 'signature.role.QCC_COACH' }) },
];

export const SIGNATURE_PURPOSES: readonly Choice[] = [
  { value: 'PLAN_APPROVAL', label: () => msg('Approves the plan', { id: 'signature.purpose.PLAN_APPROVAL' }) },
  { value: 'ACTIVITY_INITIAL', label: () => msg('Initials an activity', { id: 'signature.purpose.ACTIVITY_INITIAL' }) },
  { value: 'HOURS_VERIFICATION', label: () => msg('Verifies the hours', { id: 'signature.purpose.HOURS_VERIFICATION' }) },
  { value: 'RECORD_VERIFICATION', label: () => msg('Verifies the record', { id: 'signature.purpose.RECORD_VERIFICATION' }) },
  { value: 'PARTICIPANT_ATTESTATION', label: () => msg('Participant confirms the record', { id: 'signature.purpose.PARTICIPANT_ATTESTATION' }) },
  { value: 'FOLLOW_UP_REVIEW', label: () => msg('Reviews a follow-up', { id: 'signature.purpose.FOLLOW_UP_REVIEW' }) },
];

/** Returns localized "Yes" or "No" for a boolean, or undefined for anything else. */
export function yesNo(value: unknown): string | undefined {
  if (typeof value !== 'boolean') {
    return undefined;
  }
  return value ? msg('Yes', { id: 'summary.yes' }) : msg('No', { id: 'summary.no' });
}

export function notFilledIn(): string {
  return msg('Not filled in', { id: 'summary.notFilledIn' });
}
