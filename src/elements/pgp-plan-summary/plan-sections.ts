import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { planTypeText } from '../../plan/plan-types.js';
import { PLAN_TYPE_IDS } from '../../plan/types.js';
import type { PlanTypeId } from '../../plan/types.js';
import { LATTICE_LEVELS, PERMIT_LEVELS } from '../pgp-goal-list/goal-labels.js';
import { asChoice, asDate, asDateTime, asName, asNumber, asText, asYesNo, fieldLabel, hasAnyValue, renderField, renderFieldList } from './summary-fields.js';
import type { FieldSpec, Show } from './summary-fields.js';
import { rowsIn, textOf } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';
import {
  ADVISOR_ROLES,
  EMPLOYER_REQUIREMENTS,
  notFilledIn,
  PARTICIPANT_ROLES,
  PERMIT_ACTIONS,
  PLAN_STATUSES,
  SETTING_TYPES,
  SIGNATURE_PURPOSES,
  SIGNATURE_ROLES,
  STIPEND_PATHWAYS,
} from './summary-labels.js';

/** Shows a BCP 47 tag such as `es` as the language's name in the reader's language. */
function asLanguage(format: Formatters): Show {
  return (value) => {
    const tag = textOf(value);
    if (!tag) {
      return undefined;
    }
    try {
      return new Intl.DisplayNames(format.locale, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  };
}

const PERMIT_FIELDS: readonly FieldSpec[] = [
  { path: 'level', show: asChoice(PERMIT_LEVELS) },
  { path: 'schoolAgeEmphasis', show: asYesNo },
  { path: 'documentNumber', show: asText },
  { path: 'issueDate', show: asDate },
  { path: 'expirationDate', show: asDate },
];

function participantFields(format: Formatters, permitExpected: boolean): FieldSpec[] {
  return [
    { path: 'name', show: asName, always: true },
    { path: 'registryId', show: asText, always: true },
    { path: 'role', show: asChoice(PARTICIPANT_ROLES) },
    { path: 'settingType', show: asChoice(SETTING_TYPES) },
    { path: 'county', show: asText },
    { path: 'contact/email', show: asText },
    { path: 'contact/phone', show: asText },
    { path: 'preferredLanguage', show: asLanguage(format) },
    { path: 'currentLatticeLevel', show: asChoice(LATTICE_LEVELS) },
    ...PERMIT_FIELDS.map((spec) => ({ ...spec, path: `currentPermit/${spec.path}`, always: permitExpected && spec.path === 'level' })),
  ];
}

const ADVISOR_FIELDS: readonly FieldSpec[] = [
  { path: 'name', show: asName, always: true },
  { path: 'role', show: asChoice(ADVISOR_ROLES) },
  { path: 'organization', show: asText },
  { path: 'contact/email', show: asText },
  { path: 'contact/phone', show: asText },
  { path: 'qualification', show: asText },
  { path: 'eligibilityAttested', show: asYesNo },
];

const EMPLOYER_FIELDS: readonly FieldSpec[] = [
  { path: 'employerName', show: asText, always: true },
  { path: 'siteName', show: asText },
  { path: 'requirement', show: asChoice(EMPLOYER_REQUIREMENTS) },
  { path: 'supervisor', show: asText },
];

const STIPEND_FIELDS: readonly FieldSpec[] = [
  { path: 'programName', show: asText, always: true },
  { path: 'county', show: asText },
  { path: 'administrator', show: asText },
  { path: 'pathway', show: asChoice(STIPEND_PATHWAYS) },
  { path: 'targetUnits', show: asNumber },
  { path: 'targetHours', show: asNumber },
  { path: 'applicationId', show: asText },
  { path: 'applicationWindow/opens', show: asDate },
  { path: 'applicationWindow/closes', show: asDate },
];

const QCC_FIELDS: readonly FieldSpec[] = [
  { path: 'siteName', show: asText, always: true },
  { path: 'siteId', show: asText },
  { path: 'consortium', show: asText },
  { path: 'coachName', show: asText },
  { path: 'lastRatingDate', show: asDate },
  { path: 'lastTier', show: asNumber },
];

const CTC_FIELDS: readonly FieldSpec[] = [
  { path: 'action', show: asChoice(PERMIT_ACTIONS), always: true },
  ...PERMIT_FIELDS.map((spec) => ({ ...spec, path: `permit/${spec.path}` })),
  { path: 'targetLevel', show: asChoice(PERMIT_LEVELS) },
  { path: 'cycleStart', show: asDate },
  { path: 'cycleEnd', show: asDate },
  { path: 'requiredHours', show: asNumber },
  { path: 'requiredUnits', show: asNumber },
];

/** Returns the localized title of a plan type id, or the id itself when it is not a built-in type. */
export function planTypeTitle(id: string): string {
  return PLAN_TYPE_IDS.includes(id as PlanTypeId) ? planTypeText(id as PlanTypeId).title : id;
}

/** Renders the plan's heading and the facts about the plan as a whole. */
export function renderOverview(plan: Row, definitionTitle: string | undefined, format: Formatters): TemplateResult {
  const planTypes = (Array.isArray(plan.planTypes) ? plan.planTypes : []).map(textOf).filter((id): id is string => id !== undefined);
  const heading = textOf(plan.title) ?? definitionTitle ?? msg('Professional Growth Plan', { id: 'summary.defaultTitle' });
  const typeList = planTypes.length > 0 ? html`<ul class="plain">${planTypes.map((id) => html`<li>${planTypeTitle(id)}</li>`)}</ul>` : undefined;

  return html`
    <h2 id="plan-heading" part="heading">${heading}</h2>
    <dl class="fields" part="fields">
      ${renderField(fieldLabel('planTypes'), typeList, true)}
      ${renderField(fieldLabel('fiscalYear'), textOf(plan.fiscalYear), true)}
      ${renderField(fieldLabel('status'), asChoice(PLAN_STATUSES)(plan.status, format), true)}
      ${renderField(fieldLabel('planStartDate'), format.date(plan.planStartDate))}
      ${renderField(fieldLabel('planEndDate'), format.date(plan.planEndDate))}
      ${renderField(fieldLabel('submittedAt'), asDateTime(plan.submittedAt, format))}
      ${renderField(fieldLabel('updatedAt'), asDateTime(plan.updatedAt, format))}
      ${definitionTitle !== undefined ? renderField(msg('Plan definition', { id: 'summary.definition' }), definitionTitle) : nothing}
    </dl>
  `;
}

/** Renders the participant, the advisor, and the employer and program blocks that apply. */
export function renderPeopleAndPrograms(plan: Row, planTypes: readonly string[], format: Formatters): TemplateResult {
  const selected = (id: PlanTypeId) => planTypes.includes(id);
  const permitExpected = selected('CTC_PERMIT_UPGRADE_RENEWAL');

  return html`
    ${renderBlock(plan.participant, 'participant', participantFields(format, permitExpected), format, true)}
    ${renderBlock(plan.advisor, 'advisor', ADVISOR_FIELDS, format, true)}
    ${renderBlock(plan.employer, 'employer', EMPLOYER_FIELDS, format, selected('EMPLOYER_RECOMMENDED_REQUIRED'))}
    ${renderBlock(plan.stipend, 'stipend', STIPEND_FIELDS, format, selected('STIPEND_PROGRAM_REQUIREMENT'))}
    ${renderBlock(plan.qcc, 'qcc', QCC_FIELDS, format, selected('QCC_QUALITY_IMPROVEMENT_PLAN'))}
    ${renderBlock(plan.ctc, 'ctc', CTC_FIELDS, format, permitExpected)}
  `;
}

/**
 * Renders one block as a section with a heading. A block that the selected plan types call for is
 * shown even when empty, with "Not filled in". Any other block is shown only when it has a value.
 */
function renderBlock(block: unknown, path: string, specs: readonly FieldSpec[], format: Formatters, expected: boolean): TemplateResult | typeof nothing {
  const filled = hasAnyValue(block, specs, format);
  if (!filled && !expected) {
    return nothing;
  }

  return html`
    <section class="block" part="section" aria-labelledby="${path}-heading" data-section=${path}>
      <h3 id="${path}-heading">${fieldLabel(path)}</h3>
      ${filled ? renderFieldList(block, path, specs, format) : html`<p class="empty">${notFilledIn()}</p>`}
    </section>
  `;
}

/** Renders the signatures the plan already records, or nothing when it has none. */
export function renderRecordedSignatures(plan: Row, format: Formatters): TemplateResult | typeof nothing {
  const signatures = rowsIn(plan.signatures).filter((signature) => textOf(signature.name) ?? textOf(signature.signedAt));
  if (signatures.length === 0) {
    return nothing;
  }

  return html`
    <section class="block" part="section" aria-labelledby="recorded-signatures-heading" data-section="signatures">
      <h3 id="recorded-signatures-heading">${fieldLabel('signatures')}</h3>
      <ul class="plain records">
        ${signatures.map((signature) => html`<li>
          <dl class="fields" part="fields">
            ${renderField(msg('Signed as', { id: 'summary.signature.role' }), asChoice(SIGNATURE_ROLES)(signature.role, format))}
            ${renderField(msg('Purpose', { id: 'summary.signature.purpose' }), asChoice(SIGNATURE_PURPOSES)(signature.purpose, format))}
            ${renderField(msg('Typed name', { id: 'summary.signature.name' }), textOf(signature.name))}
            ${renderField(msg('Signed', { id: 'summary.signature.signedAt' }), asDateTime(signature.signedAt, format))}
            ${renderField(msg('Form item', { id: 'summary.signature.formItem' }), textOf(signature.formItemRef))}
          </dl>
        </li>`)}
      </ul>
    </section>
  `;
}

