import { html } from './html.js';
import { currentLanguage, DEFAULT_LANGUAGE, t, tHtml } from './messages.js';
import { productTitle } from './product-text.js';
import { renderLayout } from './pages.js';

/** The only definition the intake form accepts, by file name. */
export const INTAKE_DEFINITION_NAME = 'workforce-pathways-la-2024-25';

const INTAKE_FISCAL_YEAR = '2024-2025';

const STIPEND_PLAN_TYPE = 'STIPEND_PROGRAM_REQUIREMENT';

/** The intake's text inputs, each with the JSON Pointer of the plan value it fills. Texts are catalog keys. */
const TEXT_FIELDS = [
  {
    name: 'firstName', id: 'first-name', pointer: '/participant/name/first', label: 'intake.firstName',
    autocomplete: 'given-name', missingMessage: 'intake.firstNameMissing',
  },
  {
    name: 'lastName', id: 'last-name', pointer: '/participant/name/last', label: 'intake.lastName',
    autocomplete: 'family-name', missingMessage: 'intake.lastNameMissing',
  },
  {
    name: 'registryId', id: 'registry-id', pointer: '/participant/registryId', label: 'field.registryId',
    autocomplete: 'off', hint: 'intake.registryHint', pattern: '100[0-9]{6}', inputMode: 'numeric',
  },
];

const PICKER_ID = 'plan-types';

// Error summary links point at the picker's wrapper, because fragment navigation in Chromium 150
// does not focus a shadow host with delegatesFocus, even one with a tabindex. A tabindex of -1 on
// the host would also drop its checkboxes from the Tab order. From the wrapper, Tab reaches them.
const PICKER_FIELD_ID = 'plan-types-field';

const PLAN_TYPES_POINTER = '/planTypes';

/**
 * Turns the submitted intake fields into a plan. Blank text fields are left out, so the
 * definition reports them as missing at their own pointer; every `planTypes` entry is kept.
 */
export function planFromIntakeForm(form, submittedAt) {
  const value = (name) => (form.get(name) ?? '').trim();
  const name = {};
  const participant = {};

  if (value('firstName') !== '') name.first = value('firstName');
  if (value('lastName') !== '') name.last = value('lastName');
  if (Object.keys(name).length > 0) participant.name = name;
  if (value('registryId') !== '') participant.registryId = value('registryId');

  const plan = { planTypes: form.getAll('planTypes').map((id) => id.trim()).filter((id) => id !== '') };
  if (value('fiscalYear') !== '') plan.fiscalYear = value('fiscalYear');
  plan.status = 'SUBMITTED_FOR_REVIEW';
  plan.submittedAt = submittedAt;
  plan.participant = participant;

  return plan;
}

/**
 * Returns the intake's own errors, beyond the definition's rules. The form requires both names,
 * which the Workforce Pathways LA definition leaves optional. The errors have the validator's shape.
 */
export function checkIntakeNames(plan) {
  return TEXT_FIELDS.filter((field) => field.missingMessage !== undefined)
    .filter((field) => readPointer(plan, field.pointer) === undefined)
    .map((field) => ({
      instancePath: field.pointer,
      keyword: 'required',
      params: { missingProperty: field.pointer.split('/').pop() },
      message: t(field.missingMessage),
    }));
}

/**
 * Returns `errors` with each error at `/planTypes/<index>` whose value the definition does not
 * offer reworded to name that value first, because the validator's message lists the offered
 * types but not the one that was sent.
 */
export function nameUnofferedPlanTypes(errors, plan, definition) {
  const offeredIds = new Set(definition.model.planTypes.map((option) => option.id));

  return errors.map((error) => {
    const index = /^\/planTypes\/(\d+)$/.exec(error.instancePath)?.[1];
    const id = index === undefined ? undefined : plan.planTypes[Number(index)];
    if (typeof id !== 'string' || offeredIds.has(id)) {
      return error;
    }
    return { ...error, message: `"${id}" is not a plan type this form offers. ${error.message}` };
  });
}

/**
 * Returns `errors` with the validator's English text replaced by the page language's, for the
 * errors this form can produce (found by pointer and keyword). Other errors keep their English
 * text, and English pages keep the validator's wording.
 */
export function localizeIntakeErrors(errors, plan, definition) {
  if (currentLanguage() === DEFAULT_LANGUAGE) {
    return errors;
  }
  return errors.map((error) => {
    const message = translatedIntakeMessage(error, plan, definition);
    return message === undefined ? error : { ...error, message };
  });
}

function translatedIntakeMessage({ instancePath, keyword }, plan, definition) {
  const planTypeIndex = /^\/planTypes\/(\d+)$/.exec(instancePath)?.[1];

  if (instancePath === '/participant/registryId') {
    if (keyword === 'required') return t('intake.registryIdMissing');
    if (keyword === 'pattern') return t('intake.registryIdPattern', { value: readPointer(plan, instancePath) });
  }
  if (instancePath === PLAN_TYPES_POINTER && keyword === 'contains') {
    return t('intake.stipendMissing', { type: stipendTitle(definition) });
  }
  if (instancePath === PLAN_TYPES_POINTER && keyword === 'minItems') {
    return t('intake.planTypesMissing');
  }
  if (planTypeIndex !== undefined && keyword === 'enum') {
    return t('intake.planTypeUnoffered', { value: plan.planTypes[Number(planTypeIndex)] });
  }
  return undefined;
}

function stipendTitle(definition) {
  return productTitle(definition.model.planTypes.find((option) => option.id === STIPEND_PLAN_TYPE)?.title ?? 'Stipend Program Requirement');
}

function readPointer(value, pointer) {
  return pointer.split('/').slice(1).reduce((current, key) => current?.[key], value);
}

/**
 * Renders the intake page. `values` are the submitted fields (a URLSearchParams, empty on first
 * load); `errors` are `{ instancePath, message }` with text already resolved.
 */
export function renderIntakePage({ definition, values = new URLSearchParams(), errors = [] }) {
  const routed = routeErrors(errors);

  const content = html`
    <h1>${t('intake.heading')}</h1>
    ${errors.length > 0 && renderErrorSummary(routed.summary)}
    <p>${t('intake.intro')}</p>
    <p>${tHtml('intake.needsType', { type: html`<strong>${stipendTitle(definition)}</strong>` })}</p>
    <form class="intake-form" method="post" action="/intake">
      <input type="hidden" name="fiscalYear" value="${INTAKE_FISCAL_YEAR}">
      <input type="hidden" name="definition" value="${INTAKE_DEFINITION_NAME}">
      <fieldset>
        <legend>${t('intake.aboutYou')}</legend>
        ${TEXT_FIELDS.map((field) => renderTextField(field, values.get(field.name) ?? '', routed.byField.get(field.id)))}
      </fieldset>
      ${renderPicker(definition, values.getAll('planTypes'), routed.byField.get(PICKER_ID))}
      <button type="submit">${t('intake.submit')}</button>
    </form>`;

  return renderLayout({
    title: errors.length > 0 ? t('intake.fixTitle') : t('intake.title'),
    currentPath: '/intake.html',
    content,
    scripts: ['/assets/pgp-elements.js'],
  });
}

function renderErrorSummary(summary) {
  return html`
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
      <h2 id="error-summary-title">${t('intake.notSaved')}</h2>
      <p>${t('intake.fixBelow')}</p>
      <ul>
        ${summary.map((item) => html`<li>${item.fieldId === undefined ? item.message : html`<a href="#${linkTargetId(item.fieldId)}">${item.message}</a>`}</li>`)}
      </ul>
    </div>`;
}

function renderTextField(field, value, messages = []) {
  const hintId = field.hint === undefined ? undefined : `${field.id}-hint`;
  const errorId = messages.length === 0 ? undefined : `${field.id}-error`;
  const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ');

  return html`
        <div class="field${errorId === undefined ? '' : ' field-invalid'}">
          <label for="${field.id}">${t(field.label)}</label>
          ${hintId !== undefined && html`<p class="hint" id="${hintId}">${t(field.hint)}</p>`}
          ${errorId !== undefined && html`<p class="field-error" id="${errorId}"><span class="visually-hidden">${t('intake.errorPrefix')}</span>${messages.join(' ')}</p>`}
          <input id="${field.id}" name="${field.name}" type="text" required value="${value}" autocomplete="${field.autocomplete}"${field.pattern === undefined ? '' : html` pattern="${field.pattern}" maxlength="9" inputmode="${field.inputMode}"`}${describedBy === '' ? '' : html` aria-describedby="${describedBy}"`}${errorId === undefined ? '' : html` aria-invalid="true"`}>
        </div>`;
}

function linkTargetId(fieldId) {
  return fieldId === PICKER_ID ? PICKER_FIELD_ID : fieldId;
}

// The `value` attribute is a space-separated list, so an id that contains whitespace would come
// back as several boxes. No plan type id contains whitespace, and the error summary names such an
// id, so it is left out of the attribute.
function renderPicker(definition, selectedIds, messages = []) {
  const attributeIds = selectedIds.map((id) => id.trim()).filter((id) => id !== '' && !/\s/.test(id));
  const value = attributeIds.length === 0 ? '' : html` value="${attributeIds.join(' ')}"`;
  const customValidity = messages.length === 0 ? '' : html` custom-validity="${messages.join(' ')}"`;

  return html`
      <div class="field picker-field" id="${PICKER_FIELD_ID}" tabindex="-1">
        <pgp-type-picker id="${PICKER_ID}" name="planTypes" required definition-src="/schemas/definitions/${definition.fileName}"${value}${customValidity}></pgp-type-picker>
        <noscript><p class="field-error">${t('intake.pickerNoscript')}</p></noscript>
      </div>`;
}

/**
 * Assigns each error to the control that shows it, by exact JSON Pointer; the picker owns
 * `/planTypes` and its items. The summary lists errors in page order; errors that no control
 * shows come first, without a link.
 */
function routeErrors(errors) {
  const byField = new Map();
  const summary = [];

  for (const error of sortInPageOrder(errors)) {
    const fieldId = fieldIdForPointer(error.instancePath);
    summary.push({ fieldId, message: error.message });

    if (fieldId !== undefined) {
      byField.set(fieldId, [...(byField.get(fieldId) ?? []), error.message]);
    }
  }

  return { byField, summary };
}

function sortInPageOrder(errors) {
  const pageOrder = [...TEXT_FIELDS.map((field) => field.id), PICKER_ID];
  const position = (error) => pageOrder.indexOf(fieldIdForPointer(error.instancePath) ?? '');

  return [...errors].sort((left, right) => position(left) - position(right));
}

function fieldIdForPointer(pointer) {
  if (pointer === PLAN_TYPES_POINTER || pointer.startsWith(`${PLAN_TYPES_POINTER}/`)) {
    return PICKER_ID;
  }
  return TEXT_FIELDS.find((field) => field.pointer === pointer)?.id;
}
