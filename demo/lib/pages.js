import { html } from './html.js';
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
const NEW_PLAN_LINKS = [
  { href: '/plan.html?definition=ctc-permit-renewal', label: 'Permit renewal' },
  { href: '/plan.html?definition=qcc-quality-improvement', label: 'QCC plan' },
];

const NAV_LINKS = [
  { href: '/', label: 'Saved plans' },
  { href: '/intake.html', label: 'Workforce Pathways LA intake' },
  { label: 'New plan', children: NEW_PLAN_LINKS },
];

/**
 * Wraps page content in the shared layout: header with the site name and navigation, main
 * content, footer. `scripts` lists module script URLs, because pages carry no inline script or style.
 */
export function renderLayout({ title, currentPath, content, scripts = [] }) {
  const navItems = NAV_LINKS.map((link) => renderNavItem(link, currentPath));

  return html`<!doctype html>
<html lang="${PAGE_LANGUAGE}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · ${SITE_NAME}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/demo.css">
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

/** Renders the list of saved plans, newest first, or an empty state linking to the intake. */
export function renderPlanListPage({ records, totalCount, definitions, formatDate }) {
  const content = records.length === 0
    ? html`
    <h1>Saved plans</h1>
    <p>No plans have been saved yet. <a href="/intake.html">Start a Workforce Pathways LA intake</a> to save the first one.</p>`
    : html`
    <h1>Saved plans</h1>
    <p>${describeListCount(records.length, totalCount)}</p>
    <ol class="plan-list">
      ${records.map((record) => renderPlanListItem(record, definitions, formatDate))}
    </ol>`;

  return renderLayout({ title: 'Saved plans', currentPath: '/', content });
}

function describeListCount(shownCount, totalCount) {
  if (shownCount < totalCount) {
    return `Showing the ${shownCount} newest of ${totalCount} saved plans.`;
  }
  return totalCount === 1 ? '1 saved plan.' : `${totalCount} saved plans, newest first.`;
}

function renderPlanListItem(record, definitions, formatDate) {
  const participant = describeParticipant(record.plan);

  return html`
      <li class="plan-card">
        <h2><a href="/plans/${encodeURIComponent(record.id)}">${participant.name}</a></h2>
        <dl>
          <dt>Registry ID</dt><dd>${participant.registryId}</dd>
          <dt>Plan types</dt><dd>${planTypeTitles(record, definitions).join(', ') || 'None'}</dd>
          <dt>Fiscal year</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
          <dt>Saved</dt><dd><time datetime="${record.createdAt}">${formatDate(record.createdAt)}</time></dd>
        </dl>
      </li>`;
}

/** Renders one saved plan read-only, with the JSON that was stored. */
export function renderPlanPage({ record, definitions, formatDate }) {
  const participant = describeParticipant(record.plan);
  const definition = definitions.find(record.definitionId);
  const titles = planTypeTitles(record, definitions);

  const content = html`
    <h1>Plan for ${participant.name}</h1>
    <p class="status-message" role="status">Plan saved on <time datetime="${record.createdAt}">${formatDate(record.createdAt)}</time>.</p>
    <dl class="plan-details">
      <dt>Participant</dt><dd>${participant.name}</dd>
      <dt>Registry ID</dt><dd>${participant.registryId}</dd>
      <dt>Plan types</dt><dd>${titles.length === 0 ? 'None' : html`<ul>${titles.map((title) => html`<li>${title}</li>`)}</ul>`}</dd>
      <dt>Fiscal year</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
      <dt>Status</dt><dd>${describeStatus(record.plan.status)}</dd>
      <dt>Checked against</dt><dd>${definition?.model.title ?? record.definitionId}</dd>
      <dt>Plan ID</dt><dd><code>${record.id}</code></dd>
    </dl>
    ${renderPlanContents(record.plan, definition?.source)}
    <details class="stored-json">
      <summary>Stored JSON</summary>
      <pre><code>${JSON.stringify(record.plan, null, 2)}</code></pre>
    </details>
    <p><a href="/">Back to saved plans</a> · <a href="/intake.html">Start another intake</a> · <a href="/plan.html">Start a new plan</a></p>`;

  return renderLayout({ title: `Plan for ${participant.name}`, currentPath: '', content });
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
    <p><a href="/">Go to the saved plans</a></p>`;

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

// A definition may add statuses of its own, so a status without a label is shown as stored.
function describeStatus(status) {
  return Object.hasOwn(PLAN_STATUS_LABELS, status) ? PLAN_STATUS_LABELS[status] : textOrNone(status);
}

function textOrNone(value) {
  return typeof value === 'string' && value !== '' ? value : 'Not given';
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
