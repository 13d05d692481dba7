#!/usr/bin/env node
/**
 * The reference host: a small registry-like site that embeds the pgp-elements components, stores
 * plans in SQLite and validates each one with the same definitions the components use.
 * Run it with `node demo/server.js`; demo/README.md lists the routes and settings.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPlanFromJson, getPlanAsJson, getPlanVersionAsJson, listPlansAsJson, listPlanVersionsAsJson, updatePlanFromJson } from './lib/api.js';
import { loadDefinitions, loadValidationModule } from './lib/definitions.js';
import { loadProductTranslations } from './lib/product-text.js';
import { createEvidence, prepareUploadDir, sendEvidence } from './lib/evidence.js';
import { acceptsHtml, HttpError, sendHtml, sendJson, sendText, setSecurityHeaders } from './lib/http.js';
import { INTAKE_DEFINITION_NAME } from './lib/intake.js';
import { createJsonLogger } from './lib/log.js';
import { chooseLanguage, currentLanguage, languageCookie, LANGUAGES, t, withLanguage } from './lib/messages.js';
import { renderErrorPage } from './lib/pages.js';
import { showPlanForm } from './lib/plan-form.js';
import { showIntakePage, showPlan, showPlanList, showPlanVersion, submitIntake } from './lib/site.js';
import { showWizardPage } from './lib/new-plan.js';
import { sendStaticFile } from './lib/static.js';
import { openPlanStore } from './lib/store.js';

const DEMO_DIR = dirname(fileURLToPath(import.meta.url));
const REPOSITORY_DIR = resolve(DEMO_DIR, '..');

export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB_PATH = join(DEMO_DIR, 'data', 'plans.sqlite');
export const DEFAULT_UPLOAD_DIR = join(DEMO_DIR, 'uploads');
// The Registry's users are in California, so saved dates are shown in Pacific time by default.
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

const ROUTES = [
  { pattern: /^\/$/, methods: { GET: showWizardPage } },
  { pattern: /^\/plans$/, methods: { GET: showPlanList } },
  { pattern: /^\/intake\.html$/, methods: { GET: showIntakePage } },
  { pattern: /^\/intake$/, methods: { POST: submitIntake }, page: { href: '/intake.html', textKey: 'error.openIntakeForm' } },
  { pattern: /^\/plan\.html$/, methods: { GET: showPlanForm } },
  { pattern: /^\/plans\/([^/]+)$/, methods: { GET: showPlan }, decodeParams: true },
  { pattern: /^\/plans\/([^/]+)\/versions\/([^/]+)$/, methods: { GET: showPlanVersion }, decodeParams: true },
  { pattern: /^\/api\/plans$/, methods: { GET: listPlansAsJson, POST: createPlanFromJson } },
  { pattern: /^\/api\/plans\/([^/]+)$/, methods: { GET: getPlanAsJson, PUT: updatePlanFromJson }, decodeParams: true },
  { pattern: /^\/api\/plans\/([^/]+)\/versions$/, methods: { GET: listPlanVersionsAsJson }, decodeParams: true },
  { pattern: /^\/api\/plans\/([^/]+)\/versions\/([^/]+)$/, methods: { GET: getPlanVersionAsJson }, decodeParams: true },
  { pattern: /^\/api\/evidence$/, methods: { POST: createEvidence } },
  { pattern: /^\/api\/evidence\/([^/]+)$/, methods: { GET: sendEvidence }, decodeParams: true },
  { pattern: /^\/plan-page\.js$/, methods: { GET: (context, req, res) => sendStaticFile(res, DEMO_DIR, 'plan-page.js') } },
  { pattern: /^\/wizard-page\.js$/, methods: { GET: (context, req, res) => sendStaticFile(res, DEMO_DIR, 'wizard-page.js') } },
  { pattern: /^\/summary-page\.js$/, methods: { GET: (context, req, res) => sendStaticFile(res, DEMO_DIR, 'summary-page.js') } },
  { pattern: /^\/demo\.css$/, methods: { GET: (context, req, res) => sendStaticFile(res, DEMO_DIR, 'demo.css') } },
  { pattern: /^\/assets\/(.+)$/, methods: { GET: (context, req, res, url, path) => sendStaticFile(res, join(context.distDir, 'browser'), path) } },
  { pattern: /^\/schemas\/(.+)$/, methods: { GET: (context, req, res, url, path) => sendStaticFile(res, context.schemasDir, path) } },
];

const ERROR_PAGE_STATUSES = [400, 404, 405, 409, 413, 415, 500];

/**
 * Starts the demo server and resolves to `{ server, url, port, store, close() }` once it listens.
 * `close()` stops the server and closes the database, and may be called more than once.
 *
 * Options: `dbPath` (SQLite file, created with its folder), `uploadDir` (folder of evidence files,
 * created when missing), `port` (0 picks a free one), `host`
 * (a loopback address only), `distDir` (the built `dist/` with `validation.js` and `browser/`),
 * `schemasDir`, `timeZone` (for saved dates) and `logger` (`{ info, warn, error }`).
 */
export async function createServer(options = {}) {
  const config = resolveOptions(options);
  const { logger } = config;

  const validation = await loadValidationModule(config.distDir);
  await loadProductTranslations(join(config.schemasDir, '..', 'xliff'));
  const definitions = await loadDefinitions(join(config.schemasDir, 'definitions'), validation.readDefinition);
  if (definitions.find(INTAKE_DEFINITION_NAME) === undefined) {
    throw new Error(`The intake needs schemas/definitions/${INTAKE_DEFINITION_NAME}.json, which is missing from ${config.schemasDir}.`);
  }

  const removedUploads = await prepareUploadDir(config.uploadDir);
  if (removedUploads > 0) {
    logger.warn('removed incomplete uploads', { uploadDir: config.uploadDir, count: removedUploads });
  }

  const store = openPlanStore(config.dbPath);
  const context = { ...config, store, definitions, validation, formatDate: createDateFormatter(config.timeZone) };
  const server = http.createServer((req, res) => handleRequest(context, req, res));

  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    store.close();
    throw new Error(`Could not listen on ${config.host}:${config.port} (${error.message}). Set PORT to a free port.`, { cause: error });
  }

  const { port } = server.address();
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info('server started', { url, dbPath: config.dbPath, uploadDir: config.uploadDir, definitions: definitions.all.map((definition) => definition.id) });

  let closing;
  function close() {
    closing ??= new Promise((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    }).then(() => {
      store.close();
      logger.info('server stopped', { url });
    });
    return closing;
  }

  return { server, url, port, store, close };
}

function resolveOptions(options) {
  const host = options.host ?? DEFAULT_HOST;
  if (!LOOPBACK_HOSTS.includes(host)) {
    throw new Error(`The demo server listens on loopback addresses only (${LOOPBACK_HOSTS.join(', ')}), not "${host}": it has no sign-in, so anyone who reaches it could read every plan.`);
  }

  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${port}". Use a whole number from 0 to 65535.`);
  }

  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`Unknown time zone "${timeZone}". Use an IANA name such as America/Los_Angeles.`);
  }

  return {
    host,
    port,
    timeZone,
    dbPath: options.dbPath ?? DEFAULT_DB_PATH,
    uploadDir: options.uploadDir ?? DEFAULT_UPLOAD_DIR,
    distDir: options.distDir ?? join(REPOSITORY_DIR, 'dist'),
    schemasDir: options.schemasDir ?? join(REPOSITORY_DIR, 'schemas'),
    logger: options.logger ?? createJsonLogger(),
  };
}

// Dates are formatted in the language of the request being handled.
function createDateFormatter(timeZone) {
  const formats = new Map(LANGUAGES.map((language) => [language, new Intl.DateTimeFormat(language, {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone,
  })]));
  return (isoDate) => formats.get(currentLanguage()).format(new Date(isoDate));
}

function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

function handleRequest(context, req, res) {
  const searchParams = new URLSearchParams((req.url ?? '').split('?').slice(1).join('?'));
  const { language, fromQuery } = chooseLanguage(searchParams, req.headers.cookie, req.headers['accept-language']);
  if (fromQuery) {
    res.setHeader('Set-Cookie', languageCookie(language));
  }
  res.setHeader('Vary', 'Cookie, Accept-Language');

  return withLanguage(language, () => handleRequestInLanguage(context, req, res), req.url);
}

async function handleRequestInLanguage(context, req, res) {
  res.requestId = randomUUID();
  res.setHeader('X-Request-Id', res.requestId);
  setSecurityHeaders(res);

  // The path as requested, before URL parsing resolves `%2e%2e` and `..`, so messages name what
  // the client asked for.
  const path = (req.url ?? '/').split('?')[0];

  try {
    const url = new URL(`http://localhost${req.url}`);
    const { route, params } = matchRoute(url.pathname, path);
    const handler = route.methods[req.method] ?? (req.method === 'HEAD' ? route.methods.GET : undefined);

    if (handler === undefined) {
      throw methodNotAllowed(route, req.method, path);
    }

    await handler(context, req, res, url, ...params);
  } catch (error) {
    sendError(context, req, res, path, error);
  }
}

function matchRoute(pathname, requestedPath) {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (match !== null) {
      const params = match.slice(1);
      return { route, params: route.decodeParams ? params.map(decodePathSegment) : params };
    }
  }

  throw new HttpError(404, t('error.nothingServed', { path: requestedPath }));
}

// A route with a `page` only receives that page's submissions, so a GET is pointed at the page.
function methodNotAllowed(route, method, requestedPath) {
  const allowed = allowedMethods(route);
  const headers = { Allow: allowed };

  if (route.page !== undefined) {
    const action = t(route.page.textKey);
    const message = t('error.formOnly', { method, path: requestedPath, allowed, action, href: route.page.href });
    return new HttpError(405, message, headers, { link: { href: route.page.href, text: action } });
  }
  return new HttpError(405, t('error.methodNotAllowed', { method, path: requestedPath, allowed }), headers);
}

function decodePathSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `The path segment "${segment}" is not valid percent-encoding.`);
  }
}

function allowedMethods(route) {
  const methods = Object.keys(route.methods);
  return (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', ');
}

function sendError(context, req, res, path, error) {
  const { logger } = context;
  const status = error instanceof HttpError ? error.status : 500;
  const fields = { requestId: res.requestId, method: req.method, path, status };

  if (status === 500) {
    logger.error('request failed', { ...fields, error });
  } else {
    logger.warn('request rejected', { ...fields, reason: error.message });
  }

  if (res.headersSent) {
    res.destroy();
    return;
  }

  const serverFailedMessage = `The server could not complete the request. Try again; if it keeps failing, report request id ${res.requestId}.`;
  const message = status === 500 ? serverFailedMessage : error.message;
  // After a 413 the rest of the body is never read, so the connection cannot be reused.
  const headers = { ...(error.headers ?? {}), ...(status === 413 ? { Connection: 'close' } : {}) };

  if (path.startsWith('/api/')) {
    sendJson(res, status, { error: message }, headers);
  } else if (acceptsHtml(req)) {
    const title = t(ERROR_PAGE_STATUSES.includes(status) ? `error.${status}` : 'error.other');
    const pageMessage = status === 500 ? t('error.serverFailed', { id: res.requestId }) : message;
    sendHtml(res, status, renderErrorPage({ title, message: pageMessage, link: error.link }), headers);
  } else {
    sendText(res, status, message, headers);
  }
}

function parsePortVariable(text) {
  if (text === undefined || text === '') {
    return undefined;
  }
  if (!/^[0-9]+$/.test(text)) {
    throw new Error(`Invalid PORT "${text}". Use a whole number from 0 to 65535.`);
  }
  return Number(text);
}

async function main() {
  const logger = createJsonLogger();
  let app;

  try {
    app = await createServer({
      port: parsePortVariable(process.env.PORT),
      dbPath: process.env.PGP_DB_PATH || undefined,
      uploadDir: process.env.PGP_UPLOAD_DIR || undefined,
      distDir: process.env.PGP_DIST_DIR || undefined,
      timeZone: process.env.PGP_TIME_ZONE || undefined,
      logger,
    });
  } catch (error) {
    logger.error('server failed to start', { error });
    process.exitCode = 1;
    return;
  }

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      logger.info('stopping', { signal });
      app.close().catch((error) => {
        logger.error('server failed to stop cleanly', { error });
        process.exitCode = 1;
      });
    });
  }
}

const startedDirectly = process.argv[1] !== undefined
  && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;

if (startedDirectly) {
  await main();
}
