/**
 * `GET /`: the plan wizard page. It lists the shipped definitions to choose from and, once one is
 * chosen (`?definition=<file name>`) or a saved plan is opened (`?plan=<id>`), contains
 * `<pgp-wizard>` for that definition. The page script `/wizard-page.js` saves drafts and the
 * submitted plan through the JSON API.
 */
import { HttpError, sendHtml } from './http.js';
import { html } from './html.js';
import { t } from './messages.js';
import { productTitle } from './product-text.js';
import { describeParticipant, renderLayout } from './pages.js';
import { findSavedPlan } from './site.js';

/** File names of the shipped definitions, in the order the chooser lists them; others follow by name. */
export const CHOOSER_ORDER = ['workforce-pathways-la-2024-25', 'ctc-permit-renewal', 'qcc-quality-improvement', 'registry-general'];

// The definitions' own descriptions are written for program administrators, so the chooser has its
// own, under the catalog keys `hint.<file name>`.
const CHOOSER_HINT_NAMES = new Set(['workforce-pathways-la-2024-25', 'ctc-permit-renewal', 'qcc-quality-improvement', 'registry-general']);

/** Catalog keys of the texts `/wizard-page.js` shows, sent with the page in its language. */
export const WIZARD_PAGE_MESSAGES = [
  'wizardPage.httpStatus', 'wizardPage.loadFailed', 'wizardPage.alreadySubmitted', 'wizardPage.draftSaved',
  'wizardPage.draftNotSaved', 'wizardPage.submitted', 'wizardPage.viewSummary', 'wizardPage.unreachable',
];

/**
 * Id of the wrapper around the wizard and its save status, which the "Skip to the plan" link targets.
 * Fragment navigation focuses only a focusable target, so the wrapper has `tabindex="-1"`.
 */
export const WIZARD_CONTAINER_ID = 'plan-wizard';

/** Returns the `localStorage` key under which the wizard keeps the draft of a definition's plan. */
export function draftKey(definitionName, planId) {
  return planId === undefined ? `pgp-draft:${definitionName}` : `pgp-draft:${definitionName}:${planId}`;
}

/** `GET /`: the chooser, and the wizard for the chosen definition or the opened plan. */
export function showWizardPage(context, req, res, url) {
  const planId = url.searchParams.get('plan') ?? undefined;
  const record = planId === undefined ? undefined : findSavedPlan(context, planId);
  const definition = record === undefined
    ? chosenDefinition(context, url.searchParams.get('definition'))
    : context.definitions.find(record.definitionId);

  if (record !== undefined && definition === undefined) {
    throw new HttpError(404, t('error.definitionGone', { id: planId, definitionId: record.definitionId, path: `/plans/${encodeURIComponent(planId)}` }));
  }

  sendHtml(res, 200, renderWizardPage({ definitions: orderedDefinitions(context.definitions.all), definition, record }));
}

function chosenDefinition(context, name) {
  if (name === null) {
    return undefined;
  }

  const definition = context.definitions.all.find((candidate) => candidate.name === name);
  if (definition === undefined) {
    const names = context.definitions.all.map((candidate) => candidate.name).join(', ');
    throw new HttpError(404, t('error.noDefinitionNamed', { name, names }), {}, { link: { href: '/', text: t('error.choosePlan') } });
  }
  return definition;
}

/** Returns the definitions in chooser order: the shipped ones first, then any others by file name. */
export function orderedDefinitions(definitions) {
  const rank = (definition) => {
    const index = CHOOSER_ORDER.indexOf(definition.name);
    return index === -1 ? CHOOSER_ORDER.length : index;
  };
  return [...definitions].sort((first, second) => rank(first) - rank(second) || first.name.localeCompare(second.name));
}

/** Renders the wizard page; without a definition it shows only the chooser. */
export function renderWizardPage({ definitions, definition, record }) {
  const heading = record === undefined
    ? (productTitle(definition?.model.title) ?? t('wizard.start'))
    : t('plan.title', { name: describeParticipant(record.plan).name });

  const content = html`
    <h1>${heading}</h1>
    ${renderChooser(definitions, record === undefined ? definition : undefined)}
    ${definition !== undefined && renderWizard(definition, record)}`;

  return renderLayout({
    title: heading,
    currentPath: '/',
    content,
    scripts: definition === undefined ? [] : ['/wizard-page.js'],
    preloads: definition === undefined ? [] : ['/assets/pgp-elements.js'],
    pageMessages: definition === undefined ? undefined : WIZARD_PAGE_MESSAGES,
    skipLinks: definition === undefined ? [] : [{ href: `#${WIZARD_CONTAINER_ID}`, text: t('wizard.skipToPlan') }],
  });
}

function renderChooser(definitions, chosen) {
  return html`
    <nav class="definition-chooser" aria-labelledby="chooser-heading">
      <h2 id="chooser-heading">${t(chosen === undefined ? 'wizard.choose' : 'wizard.chooseOther')}</h2>
      <ul>
        ${definitions.map((definition) => html`
        <li>
          <a href="/?definition=${encodeURIComponent(definition.name)}"${definition === chosen ? html` aria-current="page"` : ''}>${productTitle(definition.model.title)}</a>
          ${CHOOSER_HINT_NAMES.has(definition.name) && html`<p class="hint">${t(`hint.${definition.name}`)}</p>`}
        </li>`)}
      </ul>
    </nav>`;
}

// The page script reads the definition and plan ids from data attributes, so it needs no inline script.
function renderWizard(definition, record) {
  const planId = record?.id;

  return html`
    <div id="${WIZARD_CONTAINER_ID}" class="wizard-container" tabindex="-1">
    <p id="wizard-save-status" class="status-message" role="status"></p>
    <noscript><p class="field-error">${t('wizard.noscript')} <a href="/intake.html">${t('nav.intake')}</a></p></noscript>
    <pgp-wizard id="wizard" definition-src="/schemas/definitions/${definition.fileName}" autosave="${draftKey(definition.name, planId)}"
      data-definition-id="${definition.id}" data-definition-name="${definition.name}"${planId === undefined ? '' : html` data-plan-id="${planId}"`}></pgp-wizard>
    </div>`;
}
