import { html, jsonDataBlock } from './html.js';
import { renderPlanContents } from './plan-contents.js';

/** The language of every page, also used to format dates. */
export const PAGE_LANGUAGE = 'en';

const SITE_NAME = 'Registry demo';

/** Labels of the plan statuses in the base plan schema's `status` enum. */
export const PLAN_STATUS_LABELS = {
  DRAFT: 'Draft',
  SUBMITTED_FOR_REVIEW: 'Submitted for review',
  RETURNED: 'Returned for changes',
  APPROVED: 'Approved',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  VERIFIED: 'Verified',
  ARCHIVED: 'Archived',
};

/** The plan forms, one per shipped definition that has its own page. */
const PLAN_PAGE_LINKS = [
  { href: '/plan.html?definition=ctc-permit-renewal', label: 'Permit renewal' },
  { href: '/plan.html?definition=qcc-quality-improvement', label: 'QCC plan' },
];

const NAV_LINKS = [
  { href: '/', label: 'New plan' },
  { href: '/plans', label: 'Saved plans' },
  { href: '/intake.html', label: 'Workforce Pathways LA intake' },
  { label: 'CTC/QCC plan page', children: PLAN_PAGE_LINKS },
];

/**
 * Wraps page content in the shared layout: header with the site name and navigation, main
 * content, footer. `scripts` lists module script URLs, because pages carry no inline script or style;
 * `preloads` lists modules a page script imports later, so the browser fetches them at once.
 */
export function renderLayout({ title, currentPath, content, scripts = [], preloads = [] }) {
  const navItems = NAV_LINKS.map((link) => renderNavItem(link, currentPath));

  return html`<!doctype html>
<html lang="${PAGE_LANGUAGE}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · ${SITE_NAME}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/demo.css">
  ${preloads.map((href) => html`<link rel="modulepreload" href="${href}">`)}
  ${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <p class="site-name"><a href="/">${SITE_NAME}</a></p>
    <nav aria-label="Main">
      <ul>${navItems}
      </ul>
    </nav>
  </header>
  <main id="main">
${content}
  </main>
  <footer class="site-footer">
    <p>A demonstration host for the pgp-elements web components. It is not the CA ECE Workforce Registry, and plans saved here stay on this computer.</p>
  </footer>
</body>
</html>
`;
}

function renderNavItem(link, currentPath) {
  if (link.children === undefined) {
    return html`
        <li>${renderNavLink(link, currentPath)}</li>`;
  }

  return html`
        <li class="nav-group"><span class="nav-group-label">${link.label}:</span>
          <ul>${link.children.map((child) => html`<li>${renderNavLink(child, currentPath)}</li>`)}</ul>
        </li>`;
}

function renderNavLink(link, currentPath) {
  return html`<a href="${link.href}"${link.href === currentPath ? html` aria-current="page"` : ''}>${link.label}</a>`;
}

/** Renders the list of saved plans, newest first, or an empty state linking to the new plan page and the intake. */
export function renderPlanListPage({ records, totalCount, definitions, formatDate }) {
  const content = records.length === 0
    ? html`
    <h1>Saved plans</h1>
    <p>No plans have been saved yet. <a href="/">Start a new plan</a>, or <a href="/intake.html">start a Workforce Pathways LA intake</a>.</p>`
    : html`
    <h1>Saved plans</h1>
    <p>${describeListCount(records.length, totalCount)}</p>
    <ol class="plan-list">
      ${records.map((record) => renderPlanListItem(record, definitions, formatDate))}
    </ol>`;

  return renderLayout({ title: 'Saved plans', currentPath: '/plans', content });
}

function describeListCount(shownCount, totalCount) {
  if (shownCount < totalCount) {
    return `Showing the ${shownCount} newest of ${totalCount} saved plans.`;
  }
  return totalCount === 1 ? '1 saved plan.' : `${totalCount} saved plans, newest first.`;
}

function renderPlanListItem(record, definitions, formatDate) {
  const participant = describeParticipant(record.plan);
  const summaryHref = `/plans/${encodeURIComponent(record.id)}`;
  const savedAt = record.updatedAt ?? record.createdAt;

  return html`
      <li class="plan-card">
        <h2><a href="${summaryHref}">${participant.name}</a></h2>
        <dl>
          <dt>Status</dt><dd>${describeStatus(record.plan.status)}</dd>
          <dt>Registry ID</dt><dd>${participant.registryId}</dd>
          <dt>Plan types</dt><dd>${planTypeTitles(record, definitions).join(', ') || 'None'}</dd>
          <dt>Fiscal year</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
          <dt>Saved</dt><dd><time datetime="${savedAt}">${formatDate(savedAt)}</time></dd>
        </dl>
        <p class="plan-actions">
          <a href="/?plan=${encodeURIComponent(record.id)}">Open in the wizard<span class="visually-hidden"> (${participant.name})</span></a>
          <a href="${summaryHref}">View summary<span class="visually-hidden"> (${participant.name})</span></a>
        </p>
      </li>`;
}

/**
 * Renders one saved plan: `<pgp-plan-summary>` fed by the plan in a JSON data block, the
 * server-rendered read-only view it replaces when scripts run, the stored JSON and the version history.
 */
export function renderPlanPage({ record, definitions, formatDate, versions = [] }) {
  const participant = describeParticipant(record.plan);
  const definition = definitions.find(record.definitionId);
  const savedAt = record.updatedAt ?? record.createdAt;

  const content = html`
    <h1>Plan for ${participant.name}</h1>
    <p class="status-message" role="status">Plan saved on <time datetime="${savedAt}">${formatDate(savedAt)}</time>.</p>
    ${definition !== undefined && html`<pgp-plan-summary id="plan-summary" hidden definition-src="/schemas/definitions/${definition.fileName}"></pgp-plan-summary>
    ${jsonDataBlock('plan-data', record.plan)}`}
    <div id="plan-fallback">
    ${renderPlanDetails(record, definitions)}
    ${renderPlanContents(record.plan, definition?.source)}
    </div>
    <details class="stored-json">
      <summary>Stored JSON</summary>
      <pre><code>${JSON.stringify(record.plan, null, 2)}</code></pre>
    </details>
    ${renderVersionList(record.id, versions, formatDate)}
    <p><a href="/?plan=${encodeURIComponent(record.id)}">Open in the wizard</a> · <a href="/plans">Back to saved plans</a> · <a href="/">Start a new plan</a></p>`;

  return renderLayout({
    title: `Plan for ${participant.name}`,
    currentPath: '',
    content,
    scripts: definition === undefined ? [] : ['/assets/pgp-elements.js', '/summary-page.js'],
  });
}

/** Renders one earlier version of a saved plan, read-only. */
export function renderPlanVersionPage({ record, version, definitions, formatDate }) {
  const participant = describeParticipant(version.plan);
  const definition = definitions.find(record.definitionId);
  const planHref = `/plans/${encodeURIComponent(record.id)}`;
  const title = `Version ${version.number} of the plan for ${participant.name}`;

  const content = html`
    <h1>${title}</h1>
    <p>Saved on <time datetime="${version.savedAt}">${formatDate(version.savedAt)}</time> as ${describeStatus(version.status)}. ${version.number === record.version ? 'This is the current version.' : html`The plan has changed since; <a href="${planHref}">open the current version</a>.`}</p>
    ${renderPlanDetails({ ...record, plan: version.plan }, definitions)}
    ${renderPlanContents(version.plan, definition?.source)}
    <details class="stored-json">
      <summary>Stored JSON</summary>
      <pre><code>${JSON.stringify(version.plan, null, 2)}</code></pre>
    </details>
    <p><a href="${planHref}">Back to the plan</a> · <a href="/plans">Back to saved plans</a></p>`;

  return renderLayout({ title, currentPath: '', content });
}

function renderPlanDetails(record, definitions) {
  const participant = describeParticipant(record.plan);
  const titles = planTypeTitles(record, definitions);

  return html`<dl class="plan-details">
      <dt>Participant</dt><dd>${participant.name}</dd>
      <dt>Registry ID</dt><dd>${participant.registryId}</dd>
      <dt>Plan types</dt><dd>${titles.length === 0 ? 'None' : html`<ul>${titles.map((title) => html`<li>${title}</li>`)}</ul>`}</dd>
      <dt>Fiscal year</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
      <dt>Status</dt><dd>${describeStatus(record.plan.status)}</dd>
      <dt>Checked against</dt><dd>${definitions.find(record.definitionId)?.model.title ?? record.definitionId}</dd>
      <dt>Plan ID</dt><dd><code>${record.id}</code></dd>
    </dl>`;
}

function renderVersionList(planId, versions, formatDate) {
  return versions.length > 0 && html`
    <section class="plan-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Version history</h2>
      <ul class="version-list">
        ${versions.map((version) => html`<li><a href="/plans/${encodeURIComponent(planId)}/versions/${version.number}">Version ${version.number}</a>: ${describeStatus(version.status)}, saved <time datetime="${version.savedAt}">${formatDate(version.savedAt)}</time></li>`)}
      </ul>
    </section>`;
}

/**
 * Renders an error page (404, 405, 413, 415, 500 ...) with a message saying what to do, and a link
 * to `link.href` when one is given.
 */
export function renderErrorPage({ title, message, link }) {
  const content = html`
    <h1>${title}</h1>
    <p>${message}</p>
    ${link !== undefined && html`<p><a href="${link.href}">${link.text}</a></p>`}
    <p><a href="/plans">Go to the saved plans</a></p>`;

  return renderLayout({ title, currentPath: '', content });
}

/** Returns the display name and Registry ID of a plan's participant, with readable fallbacks. */
export function describeParticipant(plan) {
  const participant = isObject(plan.participant) ? plan.participant : {};
  const name = isObject(participant.name) ? participant.name : {};
  const parts = [name.first, name.last].filter((part) => typeof part === 'string' && part.trim() !== '');

  return {
    name: parts.length === 0 ? 'Unnamed participant' : parts.join(' '),
    registryId: textOrNone(participant.registryId),
  };
}

/** Returns the titles of a record's plan types from its definition. An id the definition lacks is returned as is. */
export function planTypeTitles(record, definitions) {
  const offered = definitions.find(record.definitionId)?.model.planTypes ?? [];
  const planTypes = Array.isArray(record.plan.planTypes) ? record.plan.planTypes : [];

  return planTypes.map((id) => offered.find((option) => option.id === id)?.title ?? String(id));
}

/** Returns the label of a plan status. A definition may add statuses of its own, so one without a label is shown as stored. */
export function describeStatus(status) {
  return Object.hasOwn(PLAN_STATUS_LABELS, status) ? PLAN_STATUS_LABELS[status] : textOrNone(status);
}

function textOrNone(value) {
  return typeof value === 'string' && value !== '' ? value : 'Not given';
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
