import { html, jsonDataBlock } from './html.js';
import { CATALOG, currentLanguage, currentRequestUrl, LANGUAGE_NAMES, LANGUAGES, t, tHtml } from './messages.js';
import { productTitle } from './product-text.js';
import { renderPlanContents } from './plan-contents.js';

/** The plan statuses in the base plan schema's `status` enum, which have labels in the catalog. */
export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED_FOR_REVIEW', 'RETURNED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'ARCHIVED'];

/** The English labels of those statuses. */
export const PLAN_STATUS_LABELS = Object.fromEntries(PLAN_STATUSES.map((status) => [status, CATALOG.en[`status.${status}`]]));

/** The plan forms, one per shipped definition that has its own page. Labels are catalog keys. */
const PLAN_PAGE_LINKS = [
  { href: '/plan.html?definition=ctc-permit-renewal', label: 'nav.permitRenewal' },
  { href: '/plan.html?definition=qcc-quality-improvement', label: 'nav.qccPlan' },
];

const NAV_LINKS = [
  { href: '/', label: 'nav.newPlan' },
  { href: '/plans', label: 'nav.savedPlans' },
  { href: '/intake.html', label: 'nav.intake' },
  { label: 'nav.planPages', children: PLAN_PAGE_LINKS },
];

/**
 * Wraps page content in the shared layout: header with the site name and navigation, main
 * content, footer. `scripts` lists module script URLs, because pages carry no inline script or style;
 * `preloads` lists modules a page script imports later, so the browser fetches them at once.
 * `skipLinks` (`{ href, text }`) follow "Skip to main content", so they come before the header too.
 */
export function renderLayout({ title, currentPath, content, scripts = [], preloads = [], pageMessages, skipLinks = [] }) {
  const navItems = NAV_LINKS.map((link) => renderNavItem(link, currentPath));
  const siteName = t('site.name');

  return html`<!doctype html>
<html lang="${currentLanguage()}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · ${siteName}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/demo.css">
  ${preloads.map((href) => html`<link rel="modulepreload" href="${href}">`)}
  ${pageMessages !== undefined && jsonDataBlock('page-messages', pickMessages(pageMessages))}
  ${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
  <a class="skip-link" href="#main">${t('layout.skip')}</a>
  ${skipLinks.map((link) => html`<a class="skip-link" href="${link.href}">${link.text}</a>`)}
  <header class="site-header">
    <p class="site-name"><a href="/">${siteName}</a></p>
    ${renderLanguageSwitcher(currentRequestUrl())}
    <nav aria-label="${t('layout.navLabel')}">
      <ul>${navItems}
      </ul>
    </nav>
  </header>
  <main id="main">
${content}
  </main>
  <footer class="site-footer">
    <p>${t('layout.footer')}</p>
  </footer>
</body>
</html>
`;
}

// Each link keeps the page's own path and query, so switching the language keeps the page.
function renderLanguageSwitcher(currentUrl) {
  const language = currentLanguage();

  return html`<nav class="language-switcher" aria-label="${t('layout.languageLabel')}">
      <ul>${LANGUAGES.map((code) => html`<li><a href="${withLanguageParameter(currentUrl, code)}" hreflang="${code}" lang="${code}"${code === language ? html` aria-current="true"` : ''}>${LANGUAGE_NAMES[code]}</a></li>`)}</ul>
    </nav>`;
}

function withLanguageParameter(currentUrl, language) {
  const url = new URL(currentUrl.startsWith('/') ? currentUrl : '/', 'http://localhost');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}

// Page scripts read their text from this block, in the page's language.
function pickMessages(keys) {
  const catalog = CATALOG[currentLanguage()];
  return Object.fromEntries(keys.map((key) => [key, catalog[key] ?? CATALOG.en[key]]));
}

function renderNavItem(link, currentPath) {
  if (link.children === undefined) {
    return html`
        <li>${renderNavLink(link, currentPath)}</li>`;
  }

  return html`
        <li class="nav-group"><span class="nav-group-label">${t(link.label)}:</span>
          <ul>${link.children.map((child) => html`<li>${renderNavLink(child, currentPath)}</li>`)}</ul>
        </li>`;
}

function renderNavLink(link, currentPath) {
  return html`<a href="${link.href}"${link.href === currentPath ? html` aria-current="page"` : ''}>${t(link.label)}</a>`;
}

/** Renders the list of saved plans, newest first, or an empty state linking to the new plan page and the intake. */
export function renderPlanListPage({ records, totalCount, definitions, formatDate }) {
  const content = records.length === 0
    ? html`
    <h1>${t('list.title')}</h1>
    <p>${t('list.empty')} <a href="/">${t('list.startPlan')}</a> ${t('list.or')} <a href="/intake.html">${t('list.startIntake')}</a>.</p>`
    : html`
    <h1>${t('list.title')}</h1>
    <p>${describeListCount(records.length, totalCount)}</p>
    <ol class="plan-list">
      ${records.map((record) => renderPlanListItem(record, definitions, formatDate))}
    </ol>`;

  return renderLayout({ title: t('list.title'), currentPath: '/plans', content });
}

function describeListCount(shownCount, totalCount) {
  if (shownCount < totalCount) {
    return t('list.someShown', { shown: shownCount, total: totalCount });
  }
  return totalCount === 1 ? t('list.one') : t('list.all', { total: totalCount });
}

function renderPlanListItem(record, definitions, formatDate) {
  const participant = describeParticipant(record.plan);
  const summaryHref = `/plans/${encodeURIComponent(record.id)}`;
  const savedAt = record.updatedAt ?? record.createdAt;

  return html`
      <li class="plan-card">
        <h2><a href="${summaryHref}">${participant.name}</a></h2>
        <dl>
          <dt>${t('field.status')}</dt><dd>${describeStatus(record.plan.status)}</dd>
          <dt>${t('field.registryId')}</dt><dd>${participant.registryId}</dd>
          <dt>${t('field.planTypes')}</dt><dd>${planTypeTitles(record, definitions).join(', ') || t('value.none')}</dd>
          <dt>${t('field.fiscalYear')}</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
          <dt>${t('field.saved')}</dt><dd>${renderTime(savedAt, formatDate)}</dd>
        </dl>
        <p class="plan-actions">
          <a href="/?plan=${encodeURIComponent(record.id)}">${t('list.openInWizard')}<span class="visually-hidden"> (${participant.name})</span></a>
          <a href="${summaryHref}">${t('list.viewSummary')}<span class="visually-hidden"> (${participant.name})</span></a>
        </p>
      </li>`;
}

function renderTime(isoDate, formatDate) {
  return html`<time datetime="${isoDate}">${formatDate(isoDate)}</time>`;
}

/**
 * Renders one saved plan: `<pgp-plan-summary>` fed by the plan in a JSON data block, the
 * server-rendered read-only view it replaces when scripts run, the stored JSON and the version history.
 */
export function renderPlanPage({ record, definitions, formatDate, versions = [] }) {
  const participant = describeParticipant(record.plan);
  const definition = definitions.find(record.definitionId);
  const savedAt = record.updatedAt ?? record.createdAt;
  const title = t('plan.title', { name: participant.name });

  const content = html`
    <h1>${title}</h1>
    <p class="status-message plan-saved-on" role="status">${tHtml('plan.savedOn', { date: renderTime(savedAt, formatDate) })}</p>
    ${definition !== undefined && html`<pgp-plan-summary id="plan-summary" hidden definition-src="/schemas/definitions/${definition.fileName}"></pgp-plan-summary>
    ${jsonDataBlock('plan-data', record.plan)}`}
    <div id="plan-fallback">
    ${renderPlanDetails(record, definitions)}
    ${renderPlanContents(record.plan, definition?.source)}
    </div>
    ${renderStoredJson(record.plan)}
    ${renderVersionList(record.id, versions, formatDate)}
    <p class="plan-links"><a href="/?plan=${encodeURIComponent(record.id)}">${t('list.openInWizard')}</a> · <a href="/plans">${t('plan.backToList')}</a> · <a href="/">${t('list.startPlan')}</a></p>`;

  return renderLayout({
    title,
    currentPath: '',
    content,
    scripts: definition === undefined ? [] : ['/assets/pgp-elements.js', '/summary-page.js'],
  });
}

function renderStoredJson(plan) {
  return html`<details class="stored-json">
      <summary>${t('plan.storedJson')}</summary>
      <pre><code>${JSON.stringify(plan, null, 2)}</code></pre>
    </details>`;
}

/** Renders one earlier version of a saved plan, read-only. */
export function renderPlanVersionPage({ record, version, definitions, formatDate }) {
  const participant = describeParticipant(version.plan);
  const definition = definitions.find(record.definitionId);
  const planHref = `/plans/${encodeURIComponent(record.id)}`;
  const title = t('version.title', { number: version.number, name: participant.name });
  const savedAs = tHtml('version.savedAs', { date: renderTime(version.savedAt, formatDate), status: describeStatus(version.status) });
  const currency = version.number === record.version
    ? t('version.current')
    : html`${t('version.changed')} <a href="${planHref}">${t('version.openCurrent')}</a>.`;

  const content = html`
    <h1>${title}</h1>
    <p>${savedAs} ${currency}</p>
    ${renderPlanDetails({ ...record, plan: version.plan }, definitions)}
    ${renderPlanContents(version.plan, definition?.source)}
    ${renderStoredJson(version.plan)}
    <p><a href="${planHref}">${t('plan.backToPlan')}</a> · <a href="/plans">${t('plan.backToList')}</a></p>`;

  return renderLayout({ title, currentPath: '', content });
}

function renderPlanDetails(record, definitions) {
  const participant = describeParticipant(record.plan);
  const titles = planTypeTitles(record, definitions);

  return html`<dl class="plan-details">
      <dt>${t('field.participant')}</dt><dd>${participant.name}</dd>
      <dt>${t('field.registryId')}</dt><dd>${participant.registryId}</dd>
      <dt>${t('field.planTypes')}</dt><dd>${titles.length === 0 ? t('value.none') : html`<ul>${titles.map((title) => html`<li>${title}</li>`)}</ul>`}</dd>
      <dt>${t('field.fiscalYear')}</dt><dd>${textOrNone(record.plan.fiscalYear)}</dd>
      <dt>${t('field.status')}</dt><dd>${describeStatus(record.plan.status)}</dd>
      <dt>${t('field.checkedAgainst')}</dt><dd>${productTitle(definitions.find(record.definitionId)?.model.title ?? record.definitionId)}</dd>
      <dt>${t('field.planId')}</dt><dd><code>${record.id}</code></dd>
    </dl>`;
}

function renderVersionList(planId, versions, formatDate) {
  const renderItem = (version) => html`<li><a href="/plans/${encodeURIComponent(planId)}/versions/${version.number}">${t('plan.versionItem', { number: version.number })}</a>: ${tHtml('plan.versionSaved', { status: describeStatus(version.status), date: renderTime(version.savedAt, formatDate) })}</li>`;

  return versions.length > 0 && html`
    <section class="plan-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">${t('plan.versions')}</h2>
      <ul class="version-list">
        ${versions.map(renderItem)}
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
    <p><a href="/plans">${t('error.goToList')}</a></p>`;

  return renderLayout({ title, currentPath: '', content });
}

/** Returns the display name and Registry ID of a plan's participant, with readable fallbacks. */
export function describeParticipant(plan) {
  const participant = isObject(plan.participant) ? plan.participant : {};
  const name = isObject(participant.name) ? participant.name : {};
  const parts = [name.first, name.last].filter((part) => typeof part === 'string' && part.trim() !== '');

  return {
    name: parts.length === 0 ? t('value.unnamed') : parts.join(' '),
    registryId: textOrNone(participant.registryId),
  };
}

/** Returns the titles of a record's plan types from its definition. An id the definition lacks is returned as is. */
export function planTypeTitles(record, definitions) {
  const offered = definitions.find(record.definitionId)?.model.planTypes ?? [];
  const planTypes = Array.isArray(record.plan.planTypes) ? record.plan.planTypes : [];

  return planTypes.map((id) => productTitle(offered.find((option) => option.id === id)?.title ?? String(id)));
}

/** Returns the label of a plan status. A definition may add statuses of its own, so one without a label is shown as stored. */
export function describeStatus(status) {
  return PLAN_STATUSES.includes(status) ? t(`status.${status}`) : textOrNone(status);
}

function textOrNone(value) {
  return typeof value === 'string' && value !== '' ? value : t('value.notGiven');
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
