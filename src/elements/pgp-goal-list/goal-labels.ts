import { msg, str } from '@lit/localize';

/** A choice in a `<select>`: the stored value and a function that returns its localized label. */
export interface Choice {
  value: string;
  label: () => string;
}

export const GOAL_STATUSES: readonly Choice[] = [
  { value: 'NOT_STARTED', label: () => msg('Not started', { id: 'goal.status.NOT_STARTED' }) },
  { value: 'IN_PROGRESS', label: () => msg('In progress', { id: 'goal.status.IN_PROGRESS' }) },
  { value: 'MET', label: () => msg('Met', { id: 'goal.status.MET' }) },
  { value: 'PARTIALLY_MET', label: () => msg('Partly met', { id: 'goal.status.PARTIALLY_MET' }) },
  { value: 'NOT_MET', label: () => msg('Not met', { id: 'goal.status.NOT_MET' }) },
  { value: 'REVISED', label: () => msg('Revised', { id: 'goal.status.REVISED' }) },
  { value: 'DISCONTINUED', label: () => msg('Discontinued', { id: 'goal.status.DISCONTINUED' }) },
];

export const QCC_FOCUS_AREAS: readonly Choice[] = [
  { value: 'CHILD_DEVELOPMENT_AND_SCHOOL_READINESS', label: () => msg('Child development and school readiness', { id: 'goal.qccFocusArea.CHILD_DEVELOPMENT_AND_SCHOOL_READINESS' }) },
  { value: 'TEACHERS_AND_TEACHING', label: () => msg('Teachers and teaching', { id: 'goal.qccFocusArea.TEACHERS_AND_TEACHING' }) },
  { value: 'PROGRAM_AND_ENVIRONMENT', label: () => msg('Program and environment', { id: 'goal.qccFocusArea.PROGRAM_AND_ENVIRONMENT' }) },
];

export const QCC_ELEMENTS: readonly Choice[] = [
  { value: 'CHILD_OBSERVATION', label: () => msg('Child observation', { id: 'goal.qccElement.CHILD_OBSERVATION' }) },
  { value: 'DEVELOPMENTAL_AND_HEALTH_SCREENINGS', label: () => msg('Developmental and health screenings', { id: 'goal.qccElement.DEVELOPMENTAL_AND_HEALTH_SCREENINGS' }) },
  { value: 'EARLY_CHILDHOOD_EDUCATOR_QUALIFICATIONS', label: () => msg('Early childhood educator qualifications', { id: 'goal.qccElement.EARLY_CHILDHOOD_EDUCATOR_QUALIFICATIONS' }) },
  { value: 'EFFECTIVE_TEACHER_CHILD_INTERACTIONS', label: () => msg('Effective teacher-child interactions', { id: 'goal.qccElement.EFFECTIVE_TEACHER_CHILD_INTERACTIONS' }) },
  { value: 'RATIOS_AND_GROUP_SIZE', label: () => msg('Ratios and group size', { id: 'goal.qccElement.RATIOS_AND_GROUP_SIZE' }) },
  { value: 'PROGRAM_ENVIRONMENT', label: () => msg('Program environment', { id: 'goal.qccElement.PROGRAM_ENVIRONMENT' }) },
  { value: 'DIRECTOR_QUALIFICATIONS', label: () => msg('Director qualifications', { id: 'goal.qccElement.DIRECTOR_QUALIFICATIONS' }) },
  { value: 'LOCAL', label: () => msg('Local element', { id: 'goal.qccElement.LOCAL' }) },
];

export const LATTICE_LEVELS: readonly Choice[] = ['1', '2', '3', '4', '5', '6', '7A', '7B', '7C', '7D'].map((level) => ({
  value: level,
  label: () => msg(str`Level ${level}`, { id: 'goal.latticeTarget.level' }),
}));

export const PERMIT_LEVELS: readonly Choice[] = [
  { value: 'ASSISTANT', label: () => msg('Assistant', { id: 'goal.permitTarget.ASSISTANT' }) },
  { value: 'ASSOCIATE_TEACHER', label: () => msg('Associate Teacher', { id: 'goal.permitTarget.ASSOCIATE_TEACHER' }) },
  { value: 'TEACHER', label: () => msg('Teacher', { id: 'goal.permitTarget.TEACHER' }) },
  { value: 'MASTER_TEACHER', label: () => msg('Master Teacher', { id: 'goal.permitTarget.MASTER_TEACHER' }) },
  { value: 'SITE_SUPERVISOR', label: () => msg('Site Supervisor', { id: 'goal.permitTarget.SITE_SUPERVISOR' }) },
  { value: 'PROGRAM_DIRECTOR', label: () => msg('Program Director', { id: 'goal.permitTarget.PROGRAM_DIRECTOR' }) },
];

export const CHECKPOINTS: readonly Choice[] = [
  { value: 'MONTH_6', label: () => msg('6-month follow-up', { id: 'followUp.checkpoint.MONTH_6' }) },
  { value: 'MONTH_12', label: () => msg('12-month follow-up', { id: 'followUp.checkpoint.MONTH_12' }) },
  { value: 'OTHER', label: () => msg('Other follow-up', { id: 'followUp.checkpoint.OTHER' }) },
];

export const PROGRESS_STATUSES: readonly Choice[] = [
  { value: 'ON_TRACK', label: () => msg('On track', { id: 'followUp.progressStatus.ON_TRACK' }) },
  { value: 'NEEDS_SUPPORT', label: () => msg('Needs support', { id: 'followUp.progressStatus.NEEDS_SUPPORT' }) },
  { value: 'REVISED', label: () => msg('Goal revised', { id: 'followUp.progressStatus.REVISED' }) },
  { value: 'MET', label: () => msg('Goal met', { id: 'followUp.progressStatus.MET' }) },
];

export const ACTIVITY_TYPES: readonly Choice[] = [
  { value: 'COLLEGE_COURSE', label: () => msg('College or university course', { id: 'activity.type.COLLEGE_COURSE' }) },
  { value: 'CONFERENCE_WORKSHOP_TRAINING', label: () => msg('Conference, workshop or training', { id: 'activity.type.CONFERENCE_WORKSHOP_TRAINING' }) },
  { value: 'SITE_LEADERSHIP_ROLE', label: () => msg('Leadership role at your site', { id: 'activity.type.SITE_LEADERSHIP_ROLE' }) },
  { value: 'PROFESSIONAL_ORGANIZATION_LEADERSHIP', label: () => msg('Leadership in a professional organization', { id: 'activity.type.PROFESSIONAL_ORGANIZATION_LEADERSHIP' }) },
  { value: 'PROFESSIONAL_GROWTH_ADVISOR_SERVICE', label: () => msg('Serving as a professional growth advisor', { id: 'activity.type.PROFESSIONAL_GROWTH_ADVISOR_SERVICE' }) },
  { value: 'EDUCATIONAL_RESEARCH', label: () => msg('Educational research and innovation', { id: 'activity.type.EDUCATIONAL_RESEARCH' }) },
  { value: 'SYSTEMATIC_OBSERVATION', label: () => msg('Systematic observation of teaching', { id: 'activity.type.SYSTEMATIC_OBSERVATION' }) },
  { value: 'INDEPENDENT_STUDY', label: () => msg('Independent study', { id: 'activity.type.INDEPENDENT_STUDY' }) },
  { value: 'BASIC_SKILLS', label: () => msg('Improving basic skills', { id: 'activity.type.BASIC_SKILLS' }) },
  { value: 'CREATIVE_ENDEAVOR', label: () => msg('Creative work', { id: 'activity.type.CREATIVE_ENDEAVOR' }) },
  { value: 'CPR_FIRST_AID_INSTRUCTION', label: () => msg('CPR or first aid instruction', { id: 'activity.type.CPR_FIRST_AID_INSTRUCTION' }) },
  { value: 'COACHING', label: () => msg('Coaching', { id: 'activity.type.COACHING' }) },
  { value: 'OTHER', label: () => msg('Other', { id: 'activity.type.OTHER' }) },
];

export const ACTIVITY_STATUSES: readonly Choice[] = [
  { value: 'PLANNED', label: () => msg('Planned', { id: 'activity.status.PLANNED' }) },
  { value: 'IN_PROGRESS', label: () => msg('In progress', { id: 'activity.status.IN_PROGRESS' }) },
  { value: 'COMPLETED', label: () => msg('Completed', { id: 'activity.status.COMPLETED' }) },
  { value: 'CANCELLED', label: () => msg('Cancelled', { id: 'activity.status.CANCELLED' }) },
];

export const UNIT_TYPES: readonly Choice[] = [
  { value: 'CLOCK_HOUR', label: () => msg('Clock hours', { id: 'credit.unitType.CLOCK_HOUR' }) },
  { value: 'SEMESTER_UNIT', label: () => msg('Semester units', { id: 'credit.unitType.SEMESTER_UNIT' }) },
  { value: 'QUARTER_UNIT', label: () => msg('Quarter units', { id: 'credit.unitType.QUARTER_UNIT' }) },
  { value: 'CEU', label: () => msg('Continuing education units (CEU)', { id: 'credit.unitType.CEU' }) },
];

/** Returns the label of a stored value, or the value itself when the list does not know it. */
export function choiceLabel(choices: readonly Choice[], value: unknown): string {
  return choices.find((choice) => choice.value === value)?.label() ?? (typeof value === 'string' ? value : '');
}
