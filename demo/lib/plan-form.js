/**
 * `GET /plan.html?definition=<file name>`: a plan form with `<pgp-type-picker>`, `<pgp-goal-list>`
 * and the plan details those elements do not collect. The page script `/plan-page.js` builds the
 * plan from it and posts it to `/api/plans`. Each plain input lists the plan values it fills in
 * `data-pointer`, as space-separated JSON Pointers.
 */
import { EVIDENCE_LIMIT_BYTES } from './evidence.js';
import { HttpError, sendHtml } from './http.js';
import { html } from './html.js';
import { renderLayout } from './pages.js';

/** The definition the page uses when the address names none. */
export const DEFAULT_PLAN_DEFINITION = 'ctc-permit-renewal';

const CTC_PLAN_TYPE = 'CTC_PERMIT_UPGRADE_RENEWAL';
const QCC_PLAN_TYPE = 'QCC_QUALITY_IMPROVEMENT_PLAN';

const PERMIT_LEVELS = [
  ['ASSISTANT', 'Assistant'],
  ['ASSOCIATE_TEACHER', 'Associate Teacher'],
  ['TEACHER', 'Teacher'],
  ['MASTER_TEACHER', 'Master Teacher'],
  ['SITE_SUPERVISOR', 'Site Supervisor'],
  ['PROGRAM_DIRECTOR', 'Program Director'],
];

const PARTICIPANT_FIELDS = [
  { id: 'participant-first-name', pointers: ['/participant/name/first'], label: 'First name', autocomplete: 'given-name' },
  { id: 'participant-last-name', pointers: ['/participant/name/last'], label: 'Last name', autocomplete: 'family-name' },
  {
    id: 'participant-registry-id', pointers: ['/participant/registryId'], label: 'Registry ID',
    hint: '9 digits, starts with 100', inputMode: 'numeric', maxLength: 9,
  },
  { id: 'fiscal-year', pointers: ['/fiscalYear'], label: 'Fiscal year', hint: 'July to June, written like 2024-2025', maxLength: 9 },
];

// The permit's issue date starts the five-year renewal cycle, so one input fills both values.
const CTC_FIELDS = [
  { id: 'advisor-first-name', pointers: ['/advisor/name/first'], label: 'Advisor\'s first name', autocomplete: 'off' },
  { id: 'advisor-last-name', pointers: ['/advisor/name/last'], label: 'Advisor\'s last name', autocomplete: 'off' },
  { id: 'advisor-role', pointers: ['/advisor/role'], type: 'hidden', value: 'PROFESSIONAL_GROWTH_ADVISOR' },
  { id: 'permit-level', pointers: ['/ctc/permit/level'], label: 'Permit level', options: PERMIT_LEVELS },
  { id: 'permit-document-number', pointers: ['/ctc/permit/documentNumber'], label: 'Permit document number', autocomplete: 'off' },
  {
    id: 'permit-issue-date', pointers: ['/ctc/permit/issueDate', '/ctc/cycleStart'], label: 'Permit issue date', type: 'date',
    hint: 'Your five-year renewal cycle starts on this date.',
  },
];

const QCC_FIELDS = [
  { id: 'qcc-site-name', pointers: ['/qcc/siteName'], label: 'Site name', autocomplete: 'organization' },
  { id: 'qcc-coach-name', pointers: ['/qcc/coachName'], label: 'Coach\'s name', autocomplete: 'off' },
];

const DETAIL_SECTIONS = [
  { planType: CTC_PLAN_TYPE, legend: 'Permit and professional growth advisor', fields: CTC_FIELDS },
  { planType: QCC_PLAN_TYPE, legend: 'Quality Counts California site', fields: QCC_FIELDS },
];

/** `GET /plan.html`: the plan form for the definition named by `?definition=`. */
export function showPlanForm(context, req, res, url) {
  const name = url.searchParams.get('definition') ?? DEFAULT_PLAN_DEFINITION;
  const definition = context.definitions.all.find((candidate) => candidate.name === name);

  if (definition === undefined) {
    const names = context.definitions.all.map((candidate) => candidate.name).join(', ');
    throw new HttpError(404, `There is no plan definition named "${name}". Use one of: ${names}.`);
  }

  const fiscalYear = fixedFiscalYear(definition.source) ?? currentFiscalYear(new Date(), context.timeZone);
  sendHtml(res, 200, renderPlanForm({ definition, fiscalYear }));
}

/** Returns the fiscal year a definition requires with `const`, at its root or in its `allOf`, or undefined. */
export function fixedFiscalYear(source) {
  const schemas = [source, ...(Array.isArray(source.allOf) ? source.allOf : [])];
  return schemas.map((schema) => schema?.properties?.fiscalYear?.const).find((value) => typeof value === 'string');
}

/** Returns the July-to-June fiscal year that contains `date` in `timeZone`, such as "2024-2025". */
export function currentFiscalYear(date, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date);
  const year = Number(parts.find((part) => part.type === 'year').value);
  const month = Number(parts.find((part) => part.type === 'month').value);
  const startYear = month >= 7 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}

/** Renders the plan form page for a loaded definition. */
export function renderPlanForm({ definition, fiscalYear }) {
  const { model, fileName } = definition;
  const definitionSrc = `/schemas/definitions/${fileName}`;
  const offeredIds = model.planTypes.map((option) => option.id);
  const sections = DETAIL_SECTIONS.filter((section) => offeredIds.includes(section.planType));

  const content = html`
    <h1>${model.title}</h1>
    <div id="plan-form-messages"></div>
    <noscript><p class="field-error">This plan form needs JavaScript to add goals, upload documents and save the plan. Turn JavaScript on in your browser and reload this page.</p></noscript>
    <form id="plan-form" class="plan-form" novalidate data-definition-id="${model.id}" data-evidence-max-bytes="${EVIDENCE_LIMIT_BYTES}">
      <fieldset>
        <legend>About you</legend>
        ${PARTICIPANT_FIELDS.map((field) => renderField(field, field.id === 'fiscal-year' ? fiscalYear : ''))}
      </fieldset>
      <div class="field">
        <pgp-type-picker id="plan-types" name="planTypes" required definition-src="${definitionSrc}"></pgp-type-picker>
      </div>
      ${sections.map((section) => renderSection(section, model.requiredPlanTypes.includes(section.planType)))}
      <pgp-goal-list id="goals" name="goals" definition-src="${definitionSrc}"></pgp-goal-list>
      <button type="submit">Submit plan</button>
    </form>`;

  return renderLayout({
    title: model.title,
    currentPath: `/plan.html?definition=${definition.name}`,
    content,
    scripts: ['/assets/pgp-elements.js', '/plan-page.js'],
  });
}

// A section for a plan type the definition does not require starts hidden; the page script shows
// it while that type is selected.
function renderSection(section, requiredByDefinition) {
  return html`
      <fieldset class="plan-section" data-plan-type="${section.planType}" data-required-by-definition="${String(requiredByDefinition)}"${requiredByDefinition ? '' : html` hidden`}>
        <legend>${section.legend}</legend>
        ${section.fields.map((field) => renderField(field, field.value ?? ''))}
      </fieldset>`;
}

function renderField(field, value) {
  const pointers = field.pointers.join(' ');
  if (field.type === 'hidden') {
    return html`<input type="hidden" id="${field.id}" data-pointer="${pointers}" value="${value}">`;
  }

  const hintId = field.hint === undefined ? undefined : `${field.id}-hint`;
  const describedBy = hintId === undefined ? '' : html` aria-describedby="${hintId}"`;
  const control = field.options === undefined
    ? html`<input id="${field.id}" type="${field.type ?? 'text'}" data-pointer="${pointers}" value="${value}"${field.autocomplete === undefined ? '' : html` autocomplete="${field.autocomplete}"`}${field.inputMode === undefined ? '' : html` inputmode="${field.inputMode}"`}${field.maxLength === undefined ? '' : html` maxlength="${field.maxLength}"`}${describedBy}>`
    : html`<select id="${field.id}" data-pointer="${pointers}"${describedBy}>
            <option value="">Choose…</option>
            ${field.options.map(([optionValue, label]) => html`<option value="${optionValue}">${label}</option>`)}
          </select>`;

  return html`
        <div class="field">
          <label for="${field.id}">${field.label}</label>
          ${hintId !== undefined && html`<p class="hint" id="${hintId}">${field.hint}</p>`}
          ${control}
        </div>`;
}
