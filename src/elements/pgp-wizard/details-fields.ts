import { msg } from '@lit/localize';
import { PERMIT_LEVELS } from '../pgp-goal-list/goal-labels.js';

/** One choice of a select field. */
export interface DetailChoice {
  value: string;
  label: () => string;
}

/** A field of the plan details step, bound to one JSON Pointer of the plan. */
export interface DetailField {
  pointer: string;
  label: () => string;
  help?: () => string;
  kind: 'text' | 'email' | 'tel' | 'date' | 'select';
  autocomplete?: string;
  inputMode?: 'numeric' | 'text';
  choices?: readonly DetailChoice[];
}

/** A fieldset of the details step, shown when one of `planTypes` is selected (always when empty). */
export interface DetailGroup {
  id: string;
  legend: () => string;
  planTypes: readonly string[];
  fields: readonly DetailField[];
}

const REQUIREMENTS: readonly DetailChoice[] = [
  { value: 'RECOMMENDED', label: () => msg('Recommended by my employer', { id: 'wizard.details.employerRequirement.RECOMMENDED' }) },
  { value: 'REQUIRED', label: () => msg('Required by my employer', { id: 'wizard.details.employerRequirement.REQUIRED' }) },
];

const STIPEND_PATHWAYS: readonly DetailChoice[] = [
  { value: 'EDUCATION_UNITS', label: () => msg('College units', { id: 'wizard.details.stipendPathway.EDUCATION_UNITS' }) },
  { value: 'PROFESSIONAL_DEVELOPMENT_HOURS', label: () => msg('Professional development hours', { id: 'wizard.details.stipendPathway.PROFESSIONAL_DEVELOPMENT_HOURS' }) },
  { value: 'PERMIT', label: () => msg('Child Development Permit', { id: 'wizard.details.stipendPathway.PERMIT' }) },
  { value: 'DEGREE', label: () => msg('Degree', { id: 'wizard.details.stipendPathway.DEGREE' }) },
  { value: 'ADVISOR', label: () => msg('Professional growth advising', { id: 'wizard.details.stipendPathway.ADVISOR' }) },
];

const firstName = () => msg('First name', { id: 'wizard.details.firstName' });
const lastName = () => msg('Last name', { id: 'wizard.details.lastName' });
const email = () => msg('Email', { id: 'wizard.details.email' });

/** The details each plan type needs, in the order they are shown. */
export const DETAIL_GROUPS: readonly DetailGroup[] = [
  {
    id: 'plan',
    legend: () => msg('The plan', { id: 'wizard.details.planLegend' }),
    planTypes: [],
    fields: [
      {
        pointer: '/fiscalYear',
        label: () => msg('Fiscal year', { id: 'wizard.details.fiscalYear' }),
        help: () => msg('The July-to-June year the plan covers, as YYYY-YYYY, for example 2024-2025.', { id: 'wizard.details.fiscalYearHelp' }),
        kind: 'text',
      },
    ],
  },
  {
    id: 'participant',
    legend: () => msg('About you', { id: 'wizard.details.participantLegend' }),
    planTypes: [],
    fields: [
      {
        pointer: '/participant/registryId',
        label: () => msg('Registry ID', { id: 'wizard.details.registryId' }),
        help: () => msg('Your CA ECE Workforce Registry ID: 9 digits that start with 100.', { id: 'wizard.details.registryIdHelp' }),
        kind: 'text',
        inputMode: 'numeric',
      },
      { pointer: '/participant/name/first', label: firstName, kind: 'text', autocomplete: 'given-name' },
      { pointer: '/participant/name/last', label: lastName, kind: 'text', autocomplete: 'family-name' },
      { pointer: '/participant/contact/email', label: email, kind: 'email', autocomplete: 'email' },
      { pointer: '/participant/contact/phone', label: () => msg('Phone', { id: 'wizard.details.phone' }), kind: 'tel', autocomplete: 'tel' },
    ],
  },
  {
    id: 'advisor',
    legend: () => msg('Your professional growth advisor', { id: 'wizard.details.advisorLegend' }),
    planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
    fields: [
      { pointer: '/advisor/name/first', label: firstName, kind: 'text' },
      { pointer: '/advisor/name/last', label: lastName, kind: 'text' },
      { pointer: '/advisor/contact/email', label: email, kind: 'email' },
    ],
  },
  {
    id: 'employer',
    legend: () => msg('Your employer', { id: 'wizard.details.employerLegend' }),
    planTypes: ['EMPLOYER_RECOMMENDED_REQUIRED'],
    fields: [
      { pointer: '/employer/employerName', label: () => msg('Employer', { id: 'wizard.details.employerName' }), kind: 'text', autocomplete: 'organization' },
      { pointer: '/employer/siteName', label: () => msg('Site', { id: 'wizard.details.employerSite' }), kind: 'text' },
      { pointer: '/employer/supervisor', label: () => msg('Supervisor', { id: 'wizard.details.supervisor' }), kind: 'text' },
      { pointer: '/employer/requirement', label: () => msg("Your employer's request", { id: 'wizard.details.employerRequirement' }), kind: 'select', choices: REQUIREMENTS },
    ],
  },
  {
    id: 'stipend',
    legend: () => msg('Stipend program', { id: 'wizard.details.stipendLegend' }),
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT'],
    fields: [
      { pointer: '/stipend/programName', label: () => msg('Program name', { id: 'wizard.details.stipendProgram' }), kind: 'text' },
      { pointer: '/stipend/county', label: () => msg('County', { id: 'wizard.details.stipendCounty' }), kind: 'text' },
      { pointer: '/stipend/pathway', label: () => msg('Pathway', { id: 'wizard.details.stipendPathway' }), kind: 'select', choices: STIPEND_PATHWAYS },
    ],
  },
  {
    id: 'qcc',
    legend: () => msg('Quality Counts California site', { id: 'wizard.details.qccLegend' }),
    planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'],
    fields: [
      { pointer: '/qcc/siteName', label: () => msg('Site name', { id: 'wizard.details.qccSite' }), kind: 'text' },
      { pointer: '/qcc/coachName', label: () => msg('Coach', { id: 'wizard.details.qccCoach' }), kind: 'text' },
    ],
  },
  {
    id: 'ctc',
    legend: () => msg('Your Child Development Permit', { id: 'wizard.details.permitLegend' }),
    planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
    fields: [
      { pointer: '/ctc/permit/level', label: () => msg('Permit level', { id: 'wizard.details.permitLevel' }), kind: 'select', choices: PERMIT_LEVELS },
      { pointer: '/ctc/permit/documentNumber', label: () => msg('Document number', { id: 'wizard.details.permitNumber' }), kind: 'text' },
      {
        pointer: '/ctc/permit/issueDate',
        label: () => msg('Issue date', { id: 'wizard.details.permitIssueDate' }),
        help: () => msg('The five-year renewal cycle starts on this date.', { id: 'wizard.details.permitIssueDateHelp' }),
        kind: 'date',
      },
    ],
  },
];

/** Top-level plan properties the details step edits; errors at or below them belong to it. */
export const DETAIL_ROOTS = ['/fiscalYear', '/participant', '/advisor', '/employer', '/stipend', '/qcc', '/ctc'];

/** Returns the groups the selected plan types need. */
export function detailGroupsFor(planTypes: readonly string[]): DetailGroup[] {
  return DETAIL_GROUPS.filter((group) => group.planTypes.length === 0 || group.planTypes.some((id) => planTypes.includes(id)));
}

/** Returns the fields the selected plan types need, in order. */
export function detailFieldsFor(planTypes: readonly string[]): DetailField[] {
  return detailGroupsFor(planTypes).flatMap((group) => group.fields);
}
