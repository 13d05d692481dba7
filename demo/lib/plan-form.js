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
import { t } from './messages.js';
import { PLAN_TEXT } from './messages-plan.js';
import { productText } from './product-text.js';

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

/** Catalog keys of the texts `/plan-page.js` shows, sent with the page in its language. */
export const PLAN_PAGE_MESSAGES = Object.keys(PLAN_TEXT.en).filter((key) => key.startsWith('planPage.'));

// The labels are built per request, so they come out in the request's language.
function participantFields() {
  return [
    { id: 'participant-first-name', pointers: ['/participant/name/first'], label: t('intake.firstName'), autocomplete: 'given-name' },
    { id: 'participant-last-name', pointers: ['/participant/name/last'], label: t('intake.lastName'), autocomplete: 'family-name' },
    {
      id: 'participant-registry-id', pointers: ['/participant/registryId'], label: t('field.registryId'),
      hint: t('intake.registryHint'), inputMode: 'numeric', maxLength: 9,
    },
    { id: 'fiscal-year', pointers: ['/fiscalYear'], label: t('field.fiscalYear'), hint: t('planForm.fiscalYearHint'), maxLength: 9 },
  ];
}

// The permit's issue date starts the five-year renewal cycle, so one input fills both values.
function ctcFields() {
  const permitLevels = PERMIT_LEVELS.map(([value, english]) => [value, productText(`goal.permitTarget.${value}`, english)]);
  return [
    { id: 'advisor-first-name', pointers: ['/advisor/name/first'], label: t('planForm.advisorFirstName'), autocomplete: 'off' },
    { id: 'advisor-last-name', pointers: ['/advisor/name/last'], label: t('planForm.advisorLastName'), autocomplete: 'off' },
    { id: 'advisor-role', pointers: ['/advisor/role'], type: 'hidden', value: 'PROFESSIONAL_GROWTH_ADVISOR' },
    { id: 'permit-level', pointers: ['/ctc/permit/level'], label: productText('field.ctc.permit.level', 'Permit level'), options: permitLevels },
    { id: 'permit-document-number', pointers: ['/ctc/permit/documentNumber'], label: t('planForm.documentNumber'), autocomplete: 'off' },
    {
      id: 'permit-issue-date', pointers: ['/ctc/permit/issueDate', '/ctc/cycleStart'], label: t('planForm.issueDate'), type: 'date',
      hint: t('planForm.issueDateHint'),
    },
  ];
}

function qccFields() {
  return [
    { id: 'qcc-site-name', pointers: ['/qcc/siteName'], label: t('planForm.siteName'), autocomplete: 'organization' },
    { id: 'qcc-coach-name', pointers: ['/qcc/coachName'], label: t('planForm.coachName'), autocomplete: 'off' },
  ];
}

function detailSections() {
  return [
    { planType: CTC_PLAN_TYPE, legend: t('planForm.ctcLegend'), fields: ctcFields() },
    { planType: QCC_PLAN_TYPE, legend: t('planForm.qccLegend'), fields: qccFields() },
  ];
}

/** `GET /plan.html`: the plan form for the definition named by `?definition=`. */
export function showPlanForm(context, req, res, url) {
  const name = url.searchParams.get('definition') ?? DEFAULT_PLAN_DEFINITION;
  const definition = context.definitions.all.find((candidate) => candidate.name === name);

  if (definition === undefined) {
    const names = context.definitions.all.map((candidate) => candidate.name).join(', ');
    throw new HttpError(404, t('error.noDefinitionNamed', { name, names }));
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
  const sections = detailSections().filter((section) => offeredIds.includes(section.planType));

  const content = html`
    <h1>${model.title}</h1>
    <div id="plan-form-messages"></div>
    <noscript><p class="field-error">${t('planForm.noscript')}</p></noscript>
    <form id="plan-form" class="plan-form" novalidate data-definition-id="${model.id}" data-evidence-max-bytes="${EVIDENCE_LIMIT_BYTES}">
      <fieldset>
        <legend>${t('intake.aboutYou')}</legend>
        ${participantFields().map((field) => renderField(field, field.id === 'fiscal-year' ? fiscalYear : ''))}
      </fieldset>
      <div class="field">
        <pgp-type-picker id="plan-types" name="planTypes" required definition-src="${definitionSrc}"></pgp-type-picker>
      </div>
      ${sections.map((section) => renderSection(section, model.requiredPlanTypes.includes(section.planType)))}
      <pgp-goal-list id="goals" name="goals" definition-src="${definitionSrc}"></pgp-goal-list>
      <button type="submit">${t('planForm.submit')}</button>
    </form>`;

  return renderLayout({
    title: model.title,
    currentPath: `/plan.html?definition=${definition.name}`,
    content,
    scripts: ['/assets/pgp-elements.js', '/plan-page.js'],
    pageMessages: PLAN_PAGE_MESSAGES,
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
            <option value="">${t('planForm.choose')}</option>
            ${field.options.map(([optionValue, label]) => html`<option value="${optionValue}">${label}</option>`)}
          </select>`;

  return html`
        <div class="field">
          <label for="${field.id}">${field.label}</label>
          ${hintId !== undefined && html`<p class="hint" id="${hintId}">${field.hint}</p>`}
          ${control}
        </div>`;
}
