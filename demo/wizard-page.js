// Page script of / (the plan wizard). It opens a saved plan named by ?plan=, stores each draft the
// wizard hands over on the server (POST the first time, then PUT), and answers pgp-submit with the
// save of the submitted plan. The wizard keeps every answer whatever the server does.
// NOTE: the wizard validates the plan with the status it has (none, or DRAFT once stored), so a rule
// that applies only to a submitted plan (such as the permit renewal's two activity categories) is
// first reported by the server's 422.

const BUNDLE_URL = '/assets/pgp-elements.js';
const DRAFT_STATUS = 'DRAFT';
const SUBMITTED_STATUS = 'SUBMITTED_FOR_REVIEW';

const wizard = document.getElementById('wizard');
const saveStatus = document.getElementById('wizard-save-status');
const { definitionId, definitionName } = wizard.dataset;
const sessionKey = `pgp-plan-id:${definitionName}`;
const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: 'numeric', minute: '2-digit' });
const messages = JSON.parse(document.getElementById('page-messages')?.textContent ?? '{}');

let planId = wizard.dataset.planId;
let submitted = false;
let queuedDraft;
let draftSaving;

wizard.addEventListener('pgp-draft', (event) => queueDraft(event.plan));
wizard.addEventListener('pgp-submit', (event) => event.waitUntil(submitPlan(event.plan)));
wizard.addEventListener('pgp-step-change', (event) => {
  // "Start a new plan" on the saved step empties the wizard, and that plan gets its own record.
  if (event.from === 'done') startNewPlan();
});

await openPage();

async function openPage() {
  if (planId === undefined) {
    const continued = planIdToContinue();
    if (continued !== undefined) {
      window.location.replace(`/?plan=${encodeURIComponent(continued)}`);
      return;
    }
    await import(BUNDLE_URL);
    return;
  }

  rememberPlanId(planId);
  const savedPlan = await fetchPlan();
  // An identical local draft would only make the wizard ask which copy to keep. A different one
  // contains edits the server never received, so the wizard offers it.
  forgetLocalDraftEqualTo(savedPlan);
  await import(BUNDLE_URL);
  await setWizardPlan(savedPlan);
}

// The address names the plan after its first save. Should a reload arrive without it (an address
// copied before that save, or a browser that restored the old one), this tab's session storage still
// has the plan id. A new-plan link is a fresh start, so the session's plan is forgotten then.
function planIdToContinue() {
  const navigation = performance.getEntriesByType('navigation')[0];
  try {
    if (navigation?.type === 'reload') {
      return sessionStorage.getItem(sessionKey) ?? undefined;
    }
    sessionStorage.removeItem(sessionKey);
  } catch {
    // Without session storage the address alone keeps the id.
  }
  return undefined;
}

async function fetchPlan() {
  try {
    const response = await fetch(`/api/plans/${encodeURIComponent(planId)}`, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.error ?? text('wizardPage.httpStatus', { status: response.status }));
    }
    return body.plan;
  } catch (error) {
    showStatus(text('wizardPage.loadFailed', { reason: error.message }));
    return undefined;
  }
}

async function setWizardPlan(savedPlan) {
  if (savedPlan === undefined) return;
  await customElements.whenDefined('pgp-wizard');
  wizard.plan = savedPlan;

  // A plan past the draft stage is not turned back into a draft on the server by an edit.
  submitted = savedPlan.status !== undefined && savedPlan.status !== DRAFT_STATUS;
  if (submitted) {
    showStatus(text('wizardPage.alreadySubmitted'));
  }
}

// The wizard's local draft lacks the status this script adds before sending it, so a draft the server
// stored equals the local one with that status added.
function forgetLocalDraftEqualTo(savedPlan) {
  const key = wizard.getAttribute('autosave');
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null');
    const localPlan = stored?.plan;
    if (savedPlan !== undefined && localPlan !== undefined && [localPlan, { ...localPlan, status: DRAFT_STATUS }].some((plan) => samePlan(plan, savedPlan))) {
      localStorage.removeItem(key);
    }
  } catch {
    // Unreadable or blocked storage: the wizard reports that itself.
  }
}

// Compares two plans as JSON values, whatever the order of their properties.
function samePlan(first, second) {
  return canonicalJson(first) === canonicalJson(second);
}

function canonicalJson(value) {
  return JSON.stringify(value, (key, nested) => (nested !== null && typeof nested === 'object' && !Array.isArray(nested)
    ? Object.fromEntries(Object.keys(nested).sort().map((name) => [name, nested[name]]))
    : nested));
}

// Empties the page's hold on the submitted plan: the next draft is POSTed as a new plan, under the
// new-plan draft key, and a reload no longer returns to the submitted one.
function startNewPlan() {
  planId = undefined;
  submitted = false;
  queuedDraft = undefined;
  wizard.setAttribute('autosave', `pgp-draft:${definitionName}`);

  const url = new URL(window.location.href);
  url.searchParams.delete('plan');
  url.searchParams.set('definition', definitionName);
  history.replaceState(history.state, '', url);
  try {
    sessionStorage.removeItem(sessionKey);
  } catch {
    // Without session storage there is no id to forget.
  }
  showStatus('');
}

// Drafts are saved one at a time, so the first POST has returned the plan id before any PUT,
// and only the newest draft waiting is sent.
function queueDraft(plan) {
  // An emptied wizard (a new plan before anything is filled in) has nothing worth a record on the server.
  if (submitted || !hasAnswers(plan)) return;
  queuedDraft = plan;
  draftSaving ??= sendQueuedDrafts().finally(() => {
    draftSaving = undefined;
  });
}

async function sendQueuedDrafts() {
  while (queuedDraft !== undefined) {
    const plan = { ...queuedDraft, status: DRAFT_STATUS };
    queuedDraft = undefined;

    try {
      await savePlan(plan);
      showStatus(text('wizardPage.draftSaved', { time: timeFormat.format(new Date()) }));
    } catch (error) {
      const reason = error.errors === undefined ? error.message : error.errors.map((entry) => entry.message).join(' ');
      showStatus(text('wizardPage.draftNotSaved', { reason }));
    }
  }
}

function hasAnswers(plan) {
  return Object.entries(plan).some(([name, value]) => name !== 'status' && hasValue(value));
}

function hasValue(value) {
  if (Array.isArray(value)) return value.some(hasValue);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasValue);
  return value !== undefined && value !== null && value !== '';
}

async function submitPlan(plan) {
  // A draft save still on its way could arrive after the submission and turn the plan back into a draft.
  queuedDraft = undefined;
  await draftSaving;

  const record = await savePlan({ ...plan, status: SUBMITTED_STATUS, submittedAt: new Date().toISOString() });
  submitted = true;
  showStatus(text('wizardPage.submitted'), { href: `/plans/${encodeURIComponent(record.id)}`, text: text('wizardPage.viewSummary') });
  return record;
}

/**
 * Saves the plan with POST (no id yet) or PUT and resolves to the stored record. Rejects with the
 * server's `{ errors }` on HTTP 422, which the wizard shows at each field, and otherwise with an Error
 * whose message names what failed.
 */
async function savePlan(plan) {
  const url = planId === undefined ? '/api/plans' : `/api/plans/${encodeURIComponent(planId)}`;
  let response;
  try {
    response = await fetch(url, {
      method: planId === undefined ? 'POST' : 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ definitionId, plan }),
    });
  } catch {
    throw new Error(text('wizardPage.unreachable'));
  }

  const body = await response.json().catch(() => ({}));
  if (response.status === 422 && Array.isArray(body.errors)) {
    throw { errors: body.errors };
  }
  if (!response.ok) {
    throw new Error(body.error ?? text('wizardPage.httpStatus', { status: response.status }));
  }

  if (planId === undefined) {
    switchToSavedPlan(body.id);
  }
  return body;
}

// From the first save on, the address names the plan, so a reload continues it.
function switchToSavedPlan(id) {
  const newKey = `pgp-draft:${definitionName}:${id}`;
  const oldKey = wizard.getAttribute('autosave');
  planId = id;
  rememberPlanId(id);
  wizard.setAttribute('autosave', newKey);
  try {
    localStorage.removeItem(oldKey);
  } catch {
    // Storage blocked: nothing was stored under the old key either.
  }
}

function rememberPlanId(id) {
  const url = new URL(window.location.href);
  url.searchParams.delete('definition');
  url.searchParams.set('plan', id);
  history.replaceState(history.state, '', url);

  try {
    sessionStorage.setItem(sessionKey, id);
  } catch {
    // Without session storage the address alone keeps the id.
  }
}

// The page's messages come in its language from the server; `{name}` placeholders are filled here
// and shown as text, never as HTML.
function text(key, params = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

function showStatus(message, link) {
  if (message === '') {
    saveStatus.replaceChildren();
    return;
  }
  saveStatus.replaceChildren(message);
  if (link !== undefined) {
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.text;
    saveStatus.append(' ', anchor, '.');
  }
}
