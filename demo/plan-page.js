// Page script of /plan.html. It keeps <pgp-goal-list> in step with <pgp-type-picker>, uploads the
// files the goal list requests, and saves the plan through POST /api/plans. Every input keeps what
// the user typed whatever the outcome, so a failed save can be fixed and sent again.

const PLAN_TYPES_POINTER = '/planTypes';
const GOALS_POINTER = '/goals';

// Chromium on Linux gives HEIC files no type, so the type is taken from the name as a fallback.
const TYPES_BY_EXTENSION = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic' };

const form = document.getElementById('plan-form');
const picker = document.getElementById('plan-types');
const goalList = document.getElementById('goals');
const messages = document.getElementById('plan-form-messages');
const submitButton = form.querySelector('button[type="submit"]');
const pendingUploads = new Set();
const pageMessages = JSON.parse(document.getElementById('page-messages')?.textContent ?? '{}');
const numberFormat = new Intl.NumberFormat(document.documentElement.lang || undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
let saving = false;

picker.addEventListener('change', showSelectedPlanTypes);
form.addEventListener('pgp-evidence-request', answerEvidenceRequest);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitPlan();
});
customElements.whenDefined('pgp-type-picker').then(showSelectedPlanTypes);

function showSelectedPlanTypes() {
  const selected = Array.isArray(picker.value) ? picker.value : [];
  goalList.setAttribute('plan-types', selected.join(' '));

  for (const section of form.querySelectorAll('.plan-section')) {
    const requiredByDefinition = section.dataset.requiredByDefinition === 'true';
    section.hidden = !(requiredByDefinition || selected.includes(section.dataset.planType));
  }
}

function answerEvidenceRequest(event) {
  const upload = uploadEvidence(event.file);
  pendingUploads.add(upload);
  upload.catch(() => {}).finally(() => pendingUploads.delete(upload));
  event.waitUntil(upload);
}

async function uploadEvidence(file) {
  const maxBytes = Number(form.dataset.evidenceMaxBytes);
  if (file.size > maxBytes) {
    throw new Error(text('planPage.tooLarge', { name: file.name, size: formatMegabytes(file.size), limit: formatMegabytes(maxBytes) }));
  }

  let response;
  try {
    response = await fetch('/api/evidence', {
      method: 'POST',
      headers: { 'Content-Type': mediaTypeOf(file), 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new Error(text('planPage.uploadUnreachable', { name: file.name }));
  }

  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error ?? text('planPage.uploadFailed', { name: file.name, status: response.status }));
  }
  return { id: body.id, fileName: body.fileName, url: body.url, mediaType: body.mediaType, sizeBytes: body.sizeBytes };
}

function mediaTypeOf(file) {
  if (file.type !== '') {
    return file.type;
  }
  const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

function formatMegabytes(sizeBytes) {
  return text('planPage.megabytes', { size: numberFormat.format(sizeBytes / (1024 * 1024)) });
}

async function submitPlan() {
  if (saving) {
    return;
  }

  saving = true;
  submitButton.setAttribute('aria-disabled', 'true');
  clearFieldErrors();
  showStatus(text('planPage.saving'));

  try {
    // A file still uploading would be missing from the goals, so the save waits for it.
    await Promise.allSettled([...pendingUploads]);
    await savePlan(buildPlan());
  } finally {
    saving = false;
    submitButton.removeAttribute('aria-disabled');
  }
}

async function savePlan(plan) {
  let response;
  try {
    response = await fetch('/api/plans', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ definitionId: form.dataset.definitionId, plan }),
    });
  } catch {
    showNotSaved(text('planPage.unreachable'));
    return;
  }

  const body = await response.json().catch(() => ({}));
  if (response.status === 201) {
    showSaved(body.id);
  } else if (response.status === 422 && Array.isArray(body.errors)) {
    showErrors(body.errors);
  } else {
    showNotSaved(body.error ?? text('planPage.httpStatus', { status: response.status }));
  }
}

/** Builds the plan from the elements and from every plain input of a visible section. */
function buildPlan() {
  const plan = {
    planTypes: Array.isArray(picker.value) ? [...picker.value] : [],
    status: 'SUBMITTED_FOR_REVIEW',
    submittedAt: new Date().toISOString(),
  };

  for (const input of form.querySelectorAll('[data-pointer]')) {
    const value = input.value.trim();
    if (value === '' || input.closest('[hidden]') !== null) {
      continue;
    }
    for (const pointer of input.dataset.pointer.split(' ')) {
      writePointer(plan, pointer, value);
    }
  }

  plan.goals = Array.isArray(goalList.value) ? structuredClone(goalList.value) : [];
  return plan;
}

function writePointer(target, pointer, value) {
  const keys = pointer.split('/').slice(1).map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
  const parent = keys.slice(0, -1).reduce((node, key) => {
    node[key] ??= {};
    return node[key];
  }, target);
  parent[keys.at(-1)] = value;
}

function showStatus(text) {
  const status = document.createElement('p');
  status.className = 'status-message';
  status.setAttribute('role', 'status');
  status.textContent = text;
  messages.replaceChildren(status);
}

function showSaved(planId) {
  const status = document.createElement('p');
  status.className = 'status-message';
  status.setAttribute('role', 'status');
  const link = document.createElement('a');
  link.href = `/plans/${encodeURIComponent(planId)}`;
  link.textContent = text('planPage.openSaved');
  status.append(`${text('planPage.saved')} `, link);
  messages.replaceChildren(status);
  status.tabIndex = -1;
  status.focus();
}

function showNotSaved(reason) {
  const alert = document.createElement('div');
  alert.className = 'error-summary';
  alert.setAttribute('role', 'alert');
  alert.tabIndex = -1;

  const heading = document.createElement('h2');
  heading.textContent = text('planPage.notSaved');
  const detail = document.createElement('p');
  detail.textContent = reason;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = text('planPage.tryAgain');
  retry.addEventListener('click', () => submitPlan());

  alert.append(heading, detail, retry);
  messages.replaceChildren(alert);
  alert.focus();
}

function showErrors(errors) {
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', 'error-summary-title');
  summary.tabIndex = -1;

  const heading = document.createElement('h2');
  heading.id = 'error-summary-title';
  heading.textContent = text('planPage.errorsTitle');
  const intro = document.createElement('p');
  intro.textContent = text('planPage.fixBelow');
  const list = document.createElement('ul');
  list.append(...errors.map(summaryEntry));

  summary.append(heading, intro, list);
  messages.replaceChildren(summary);
  passErrorsToElements(errors);
  summary.focus();
}

function summaryEntry(error) {
  const message = typeof error.message === 'string' ? error.message : text('planPage.invalidAt', { path: error.instancePath });
  const target = controlForPointer(error.instancePath ?? '');
  const item = document.createElement('li');

  if (target === undefined) {
    item.textContent = message;
    return item;
  }

  const link = document.createElement('a');
  link.href = `#${target.id}`;
  link.textContent = message;
  // A link to a custom element scrolls to it but does not focus it, so focus is moved by hand.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  });
  item.append(link);

  if (target.matches('input, select')) {
    markFieldInvalid(target, message);
  }
  return item;
}

/**
 * Returns the control that shows errors at `pointer`: the plain input whose value it is, else the
 * first plain input inside it (a missing `/advisor` points at the advisor's first name), else the
 * picker or the goal list. Returns undefined for a pointer no control on the page shows.
 */
function controlForPointer(pointer) {
  const inputs = [...form.querySelectorAll('[data-pointer]')].filter((input) => input.type !== 'hidden' && input.closest('[hidden]') === null);
  const exact = inputs.find((input) => input.dataset.pointer.split(' ').includes(pointer));
  const inside = inputs.find((input) => input.dataset.pointer.split(' ').some((candidate) => candidate.startsWith(`${pointer}/`)));

  if (exact ?? inside) {
    return exact ?? inside;
  }
  if (pointer === PLAN_TYPES_POINTER || pointer.startsWith(`${PLAN_TYPES_POINTER}/`)) {
    return picker;
  }
  if (pointer === GOALS_POINTER || pointer.startsWith(`${GOALS_POINTER}/`)) {
    return goalList;
  }
  return undefined;
}

function markFieldInvalid(input, message) {
  const field = input.closest('.field');
  const errorId = `${input.id}-error`;
  let errorText = document.getElementById(errorId);

  if (errorText === null) {
    errorText = document.createElement('p');
    errorText.id = errorId;
    errorText.className = 'field-error';
    input.before(errorText);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    errorText.textContent = text('planPage.errorPrefix', { message });
  } else {
    errorText.textContent += ` ${message}`;
  }

  field.classList.add('field-invalid');
  input.setAttribute('aria-invalid', 'true');
}

function clearFieldErrors() {
  for (const errorText of form.querySelectorAll('.field-error[id$="-error"]')) {
    const input = document.getElementById(errorText.id.slice(0, -'-error'.length));
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== errorText.id);
    if (describedBy.length > 0) {
      input.setAttribute('aria-describedby', describedBy.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
    input.removeAttribute('aria-invalid');
    input.closest('.field').classList.remove('field-invalid');
    errorText.remove();
  }
  passErrorsToElements([]);
}

// The picker shows a host message through its customValidity property.
// NOTE: the goal list documents no way to take server errors yet, so both likely forms are tried.
// Until one of them exists, goal errors show only in the error summary.
function passErrorsToElements(errors) {
  const planTypeMessages = errors
    .filter((error) => error.instancePath === PLAN_TYPES_POINTER || error.instancePath?.startsWith(`${PLAN_TYPES_POINTER}/`))
    .map((error) => error.message);
  picker.customValidity = planTypeMessages.join(' ');

  const goalErrors = errors.filter((error) => error.instancePath === GOALS_POINTER || error.instancePath?.startsWith(`${GOALS_POINTER}/`));
  if (typeof goalList.setErrors === 'function') {
    goalList.setErrors(goalErrors);
  } else if ('serverErrors' in goalList) {
    goalList.serverErrors = goalErrors;
  }
}

// The page's messages arrive in its language as a JSON data block; a missing one shows its key.
function text(key, params = {}) {
  const template = pageMessages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
