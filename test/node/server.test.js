// Tests for the demo host's server (demo/server.js): JSON API, intake form, pages and headers.
// Needs the built dist/validation.js ("npm run build"); PGP_DIST_DIR points at another build.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createServer } from '../../demo/server.js';
import { PLAN_STATUS_LABELS, renderPlanPage } from '../../demo/lib/pages.js';
import { MAX_PLAN_DEPTH } from '../../demo/lib/validate.js';

const STIPEND = 'STIPEND_PROGRAM_REQUIREMENT';
const WPLA = 'workforce-pathways-la-2024-25';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let app;
let tempDir;
let logEntries;

function createCollectingLogger() {
  const record = (level) => (message, fields = {}) => logEntries.push({ level, message, ...fields });
  return { info: record('info'), warn: record('warn'), error: record('error') };
}

function validPlan(overrides = {}) {
  return {
    planTypes: [STIPEND, 'SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
    ...overrides,
  };
}

function postPlan(body, contentType = 'application/json') {
  return fetch(`${app.url}/api/plans`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function intakeForm(fields = {}) {
  const form = new URLSearchParams({
    fiscalYear: '2024-2025',
    definition: WPLA,
    firstName: 'Ana',
    lastName: 'Reyes',
    registryId: '100123456',
  });
  for (const [name, value] of Object.entries(fields)) {
    form.delete(name);
    for (const entry of [value].flat()) form.append(name, entry);
  }
  return form;
}

function postIntake(form) {
  return fetch(`${app.url}/intake`, { method: 'POST', body: form, redirect: 'manual' });
}

// fetch() and a URL given to http.request() resolve ".." and "%2e%2e", so the path is passed on
// its own and sent exactly as written.
function rawRequest(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: app.port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('aborted', () => reject(new Error(`the response to ${method} ${path} was cut off`)));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function storedCount() {
  const response = await fetch(`${app.url}/api/plans`);
  return (await response.json()).length;
}

before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-demo-server-'));
});

after(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

beforeEach(async (context) => {
  logEntries = [];
  app = await createServer({
    dbPath: join(tempDir, `${context.name.replace(/\W+/g, '-')}-${Date.now()}.sqlite`),
    port: 0,
    distDir: process.env.PGP_DIST_DIR || undefined,
    logger: createCollectingLogger(),
  });
});

afterEach(async () => {
  await app.close();
});

describe('JSON API', { concurrency: false }, () => {
  test('POST stores a valid plan', async () => {
    const response = await postPlan({ definitionId: WPLA, plan: validPlan() });
    const record = await response.json();

    assert.equal(response.status, 201);
    assert.equal(response.headers.get('location'), `/api/plans/${record.id}`);
    assert.match(record.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(record.plan, validPlan());
    assert.match(record.definitionId, /workforce-pathways-la/);
    assert.ok(!Number.isNaN(Date.parse(record.createdAt)));
  });

  test('GET by id returns the stored record', async () => {
    const created = await (await postPlan({ definitionId: WPLA, plan: validPlan() })).json();
    const response = await fetch(`${app.url}/api/plans/${created.id}`);

    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), created);
  });

  test('GET list is newest first', async () => {
    const first = await (await postPlan({ definitionId: WPLA, plan: validPlan({ title: 'first' }) })).json();
    const second = await (await postPlan({ definitionId: WPLA, plan: validPlan({ title: 'second' }) })).json();
    const list = await (await fetch(`${app.url}/api/plans`)).json();

    assert.deepEqual(list.map((record) => record.id), [second.id, first.id]);
  });

  test('GET list honours and checks limit', async () => {
    await postPlan({ definitionId: WPLA, plan: validPlan() });
    await postPlan({ definitionId: WPLA, plan: validPlan() });

    const limited = await (await fetch(`${app.url}/api/plans?limit=1`)).json();
    const invalid = await fetch(`${app.url}/api/plans?limit=zero`);

    assert.equal(limited.length, 1);
    assert.equal(invalid.status, 400);
    assert.match((await invalid.json()).error, /limit "zero"/);
  });

  test('unknown plan properties are kept', async () => {
    const plan = validPlan({ hostReference: { system: 'county-crm', value: 42 }, notes: ['a', 'b'] });
    const created = await (await postPlan({ definitionId: WPLA, plan })).json();
    const fetched = await (await fetch(`${app.url}/api/plans/${created.id}`)).json();

    assert.deepEqual(fetched.plan, plan);
  });

  test('plan stored as JSON text in SQLite', async () => {
    const dbPath = join(tempDir, 'direct.sqlite');
    await app.close();
    app = await createServer({ dbPath, port: 0, distDir: process.env.PGP_DIST_DIR || undefined, logger: createCollectingLogger() });
    const created = await (await postPlan({ definitionId: WPLA, plan: validPlan() })).json();
    await app.close();

    const db = new Database(dbPath, { readonly: true });
    const row = db.prepare('SELECT id, definition_id, plan_json, created_at FROM plans').get();
    db.close();

    assert.equal(row.id, created.id);
    assert.equal(row.definition_id, created.definitionId);
    assert.deepEqual(JSON.parse(row.plan_json), validPlan());
    assert.equal(row.created_at, created.createdAt);
  });

  test('definition found by $id too', async () => {
    const first = await (await postPlan({ definitionId: WPLA, plan: validPlan() })).json();
    const response = await postPlan({ definitionId: first.definitionId, plan: validPlan() });

    assert.equal(response.status, 201);
  });

  test('plan without stipend type gets 422', async () => {
    const response = await postPlan({ definitionId: WPLA, plan: validPlan({ planTypes: ['SELF_INITIATED'] }) });
    const body = await response.json();
    const stipendError = body.errors.find((error) => error.instancePath === '/planTypes');

    assert.equal(response.status, 422);
    assert.ok(stipendError, `expected an error at /planTypes, got ${JSON.stringify(body.errors)}`);
    assert.equal(typeof stipendError.keyword, 'string');
    assert.ok(stipendError.message.length > 0);
    assert.deepEqual(Object.keys(stipendError).sort(), ['instancePath', 'keyword', 'message']);
    assert.equal(await storedCount(), 0);
  });

  test('missing Registry ID reported at its pointer', async () => {
    const response = await postPlan({ definitionId: WPLA, plan: validPlan({ participant: { name: { first: 'Ana' } } }) });
    const body = await response.json();

    assert.equal(response.status, 422);
    assert.ok(body.errors.some((error) => error.instancePath === '/participant/registryId' && error.keyword === 'required'));
    assert.equal(await storedCount(), 0);
  });

  test('invalid Registry ID reported at its pointer', async () => {
    const response = await postPlan({ definitionId: WPLA, plan: validPlan({ participant: { registryId: '200123456' } }) });
    const body = await response.json();

    assert.equal(response.status, 422);
    assert.ok(body.errors.some((error) => error.instancePath === '/participant/registryId' && error.keyword === 'pattern'));
  });

  test('unknown definition is named', async () => {
    const response = await postPlan({ definitionId: 'no-such-program', plan: validPlan() });
    const body = await response.json();

    assert.equal(response.status, 400);
    assert.match(body.error, /"no-such-program"/);
    assert.match(body.error, /workforce-pathways-la-2024-25/);
    assert.equal(await storedCount(), 0);
  });

  test('envelope problems get 400', async () => {
    const cases = [
      [[1, 2], /JSON object/],
      [{ plan: validPlan() }, /no "definitionId"/],
      [{ definitionId: WPLA }, /"plan" must be a JSON object/],
      [{ definitionId: WPLA, plan: [] }, /"plan" must be a JSON object/],
      [{ definitionId: WPLA, plan: validPlan(), extra: true }, /Unknown property "extra"/],
    ];

    for (const [body, expected] of cases) {
      const response = await postPlan(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match((await response.json()).error, expected);
    }
    assert.equal(await storedCount(), 0);
  });

  test('malformed JSON gets 400', async () => {
    const response = await postPlan('{"definitionId": "workforce-pathways-la-2024-25", "plan": {');
    const body = await response.json();

    assert.equal(response.status, 400);
    assert.match(body.error, /not valid JSON/);
  });

  test('deeply nested plan gets 400', async () => {
    const nested = '['.repeat(1000) + ']'.repeat(1000);
    const body = `{"definitionId": "${WPLA}", "plan": {"planTypes": ["${STIPEND}"], "x": ${nested}}}`;
    const response = await postPlan(body);

    assert.equal(response.status, 400);
    assert.match((await response.json()).error, new RegExp(`limit of ${MAX_PLAN_DEPTH} levels`));
    assert.equal(logEntries.filter((entry) => entry.level === 'error').length, 0);
    assert.equal(await storedCount(), 0);
  });

  test('nesting limit counts the plan as level 1', async () => {
    // The plan is level 1, so `x` contains the remaining levels as arrays inside one another.
    const nestedArrays = (levels) => '['.repeat(levels) + ']'.repeat(levels);
    const planWithDepth = (depth) => `{"definitionId": "${WPLA}", "plan": {"planTypes": ["${STIPEND}"], "fiscalYear": "2024-2025",`
      + ` "participant": {"registryId": "100123456"}, "x": ${nestedArrays(depth - 1)}}}`;

    const atLimit = await postPlan(planWithDepth(MAX_PLAN_DEPTH));
    const pastLimit = await postPlan(planWithDepth(MAX_PLAN_DEPTH + 1));

    assert.equal(atLimit.status, 201);
    assert.equal(pastLimit.status, 400);
  });

  test('invalid UTF-8 body gets 400', async () => {
    const prefix = Buffer.from(`{"definitionId": "${WPLA}", "plan": {"planTypes": ["${STIPEND}"], "fiscalYear": "2024-2025", "participant": {"registryId": "100123456"}, "note": "`);
    const body = Buffer.concat([prefix, Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]);
    const response = await fetch(`${app.url}/api/plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /not valid UTF-8/);
    assert.equal(await storedCount(), 0);
  });

  test('UTF-8 byte order mark is accepted', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ definitionId: WPLA, plan: validPlan() }))]);
    const response = await fetch(`${app.url}/api/plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

    assert.equal(response.status, 201);
    assert.deepEqual((await response.json()).plan, validPlan());
  });

  test('non-string definitionId names its type', async () => {
    const cases = [
      [5, /must be a string, but the request body has a number \(5\)/],
      [true, /must be a string, but the request body has a boolean \(true\)/],
      [null, /must be a string, but the request body has null/],
      [['x'], /must be a string, but the request body has an array/],
      ['', /"definitionId" is an empty string/],
    ];

    for (const [definitionId, expected] of cases) {
      const response = await postPlan({ definitionId, plan: validPlan() });
      const { error } = await response.json();
      assert.equal(response.status, 400, JSON.stringify(definitionId));
      assert.match(error, expected);
      assert.doesNotMatch(error, /has no "definitionId"/);
    }
  });

  test('oversized declared body gets 413 early', async () => {
    const response = await new Promise((resolve, reject) => {
      const req = http.request(`${app.url}/api/plans`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(5 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      // Only 64 KiB of the declared 5 MiB is sent, so the response must come without the rest.
      req.write(Buffer.alloc(64 * 1024, 0x20));
    });

    assert.equal(response.status, 413);
    assert.equal(response.headers.connection, 'close');
    assert.match(JSON.parse(response.body).error, /larger than the limit of 1048576 bytes/);
  });

  test('oversized chunked body gets 413', async () => {
    const oversized = JSON.stringify({ definitionId: WPLA, plan: validPlan({ notes: 'x'.repeat(1024 * 1024) }) });
    const response = await rawRequest('/api/plans', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: oversized,
    }).catch((error) => ({ status: `connection error ${error.code}` }));

    assert.equal(response.status, 413);
    assert.equal(app.store.count(), 0);
  });

  test('wrong content type gets 415', async () => {
    const response = await postPlan(JSON.stringify({ definitionId: WPLA, plan: validPlan() }), 'text/plain');

    assert.equal(response.status, 415);
    assert.match((await response.json()).error, /application\/json/);
    assert.equal(await storedCount(), 0);
  });

  test('non-UTF-8 charset gets 415', async () => {
    const response = await postPlan(JSON.stringify({ definitionId: WPLA, plan: validPlan() }), 'application/json; charset=latin1');

    assert.equal(response.status, 415);
  });

  test('unknown plan id gets 404 JSON', async () => {
    const response = await fetch(`${app.url}/api/plans/does-not-exist`);

    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type'), /application\/json/);
    assert.match((await response.json()).error, /"does-not-exist"/);
  });

  test('unknown API route gets 404 JSON', async () => {
    const response = await fetch(`${app.url}/api/nothing`);

    assert.equal(response.status, 404);
    assert.ok((await response.json()).error);
  });

  test('wrong method gets 405 with Allow', async () => {
    const onList = await fetch(`${app.url}/api/plans`, { method: 'DELETE' });
    const onPlan = await fetch(`${app.url}/api/plans/some-id`, { method: 'DELETE' });
    const onPlanList = await fetch(`${app.url}/plans`, { method: 'POST', body: '{}' });
    const onIntake = await fetch(`${app.url}/intake`);

    assert.equal(onList.status, 405);
    assert.equal(onList.headers.get('allow'), 'GET, POST, HEAD');
    assert.equal(onPlan.status, 405);
    assert.equal(onPlan.headers.get('allow'), 'GET, PUT, HEAD');
    assert.equal(onPlanList.status, 405);
    assert.equal(onPlanList.headers.get('allow'), 'GET, HEAD');
    assert.equal(onIntake.status, 405);
    assert.equal(onIntake.headers.get('allow'), 'POST');
  });

  test('GET /intake links to the form', async () => {
    const asHtml = await fetch(`${app.url}/intake`, { headers: { Accept: 'text/html' } });
    const asText = await fetch(`${app.url}/intake`, { headers: { Accept: 'application/json' } });
    const textBody = await asText.text();

    assert.equal(asHtml.status, 405);
    assert.match(await asHtml.text(), /<a href="\/intake.html">Open the Workforce Pathways LA intake form<\/a>/);
    assert.equal(asText.status, 405);
    assert.match(asText.headers.get('content-type'), /^text\/plain/);
    assert.match(textBody, /\/intake\.html/);
  });

  test('rejected request logged with its id', async () => {
    const response = await postPlan('{', 'application/json');
    const requestId = response.headers.get('x-request-id');
    const entry = logEntries.find((logEntry) => logEntry.requestId === requestId);

    assert.ok(requestId);
    assert.equal(entry?.level, 'warn');
    assert.equal(entry?.status, 400);
  });
});

describe('rejected plans are logged', { concurrency: false }, () => {
  const REJECTED_REGISTRY_ID = '200987654';

  function rejectionEntries(requestId) {
    return logEntries.filter((entry) => entry.requestId === requestId);
  }

  // One warn line with the pointers and keywords, and nothing the participant typed.
  function assertRejectionLogged(response, { method, path }) {
    const requestId = response.headers.get('x-request-id');
    const entries = rejectionEntries(requestId);

    assert.equal(response.status, 422);
    assert.equal(entries.length, 1, JSON.stringify(logEntries));
    assert.equal(entries[0].level, 'warn');
    assert.equal(entries[0].method, method);
    assert.equal(entries[0].path, path);
    assert.equal(entries[0].status, 422);
    assert.ok(entries[0].errors.some((error) => error.instancePath === '/participant/registryId' && error.keyword === 'pattern'), JSON.stringify(entries[0].errors));
    assert.ok(entries[0].errors.every((error) => Object.keys(error).sort().join() === 'instancePath,keyword'));
    assert.doesNotMatch(JSON.stringify(entries), new RegExp(`${REJECTED_REGISTRY_ID}|Reyes`));
  }

  test('POST /api/plans', async () => {
    const response = await postPlan({ definitionId: WPLA, plan: validPlan({ participant: { registryId: REJECTED_REGISTRY_ID, name: { last: 'Reyes' } } }) });

    assertRejectionLogged(response, { method: 'POST', path: '/api/plans' });
  });

  test('PUT /api/plans/:id', async () => {
    const created = await (await postPlan({ definitionId: WPLA, plan: validPlan() })).json();
    const response = await fetch(`${app.url}/api/plans/${created.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ definitionId: WPLA, plan: validPlan({ participant: { registryId: REJECTED_REGISTRY_ID, name: { last: 'Reyes' } } }) }),
    });

    assertRejectionLogged(response, { method: 'PUT', path: `/api/plans/${created.id}` });
  });

  test('POST /intake', async () => {
    const response = await postIntake(intakeForm({ planTypes: [STIPEND], registryId: REJECTED_REGISTRY_ID }));

    assertRejectionLogged(response, { method: 'POST', path: '/intake' });
  });
});

describe('intake form', { concurrency: false }, () => {
  test('valid intake redirects to saved plan', async () => {
    const response = await postIntake(intakeForm({ planTypes: [STIPEND, 'CTC_PERMIT_UPGRADE_RENEWAL'] }));
    const location = response.headers.get('location');
    const [stored] = app.store.listNewest(10);

    assert.equal(response.status, 303);
    assert.equal(location, `/plans/${stored.id}`);
    assert.deepEqual(stored.plan.planTypes, [STIPEND, 'CTC_PERMIT_UPGRADE_RENEWAL']);
    assert.equal(stored.plan.fiscalYear, '2024-2025');
    assert.equal(stored.plan.status, 'SUBMITTED_FOR_REVIEW');
    assert.deepEqual(stored.plan.participant, { name: { first: 'Ana', last: 'Reyes' }, registryId: '100123456' });

    const page = await (await fetch(`${app.url}${location}`)).text();
    assert.match(page, /Plan saved/);
    assert.match(page, /Ana Reyes/);
    assert.match(page, /href="\/"/);
  });

  test('intake without stipend type gets 422', async () => {
    const response = await postIntake(intakeForm({ planTypes: ['SELF_INITIATED', 'QCC_QUALITY_IMPROVEMENT_PLAN'], registryId: '100987654' }));
    const page = await response.text();
    const picker = page.match(/<pgp-type-picker[^>]*>/)?.[0] ?? '';

    assert.equal(response.status, 422);
    assert.match(page, /role="alert"/);
    assert.match(page, /<a href="#plan-types-field">[^<]+<\/a>/);
    assert.match(picker, /value="SELF_INITIATED QCC_QUALITY_IMPROVEMENT_PLAN"/);
    assert.match(picker, /custom-validity="[^"]+"/);
    assert.match(page, /id="registry-id"[^>]* value="100987654"/);
    assert.match(page, /id="first-name"[^>]* value="Ana"/);
    assert.equal(app.store.count(), 0);
  });

  test('422 page names the missing plan type', async () => {
    const planTypeTitles = await fetchPlanTypeTitles();
    const page = await (await postIntake(intakeForm({ planTypes: 'SELF_INITIATED' }))).text();
    const customValidity = page.match(/custom-validity="([^"]*)"/)?.[1] ?? '';

    assert.ok(customValidity.includes(planTypeTitles.get(STIPEND)), `custom-validity "${customValidity}" does not name the stipend type`);
  });

  test('invalid text fields marked invalid', async () => {
    const response = await postIntake(intakeForm({ lastName: '  ', registryId: '12345', planTypes: STIPEND }));
    const page = await response.text();

    assert.equal(response.status, 422);
    assert.match(page, /<input id="last-name"[^>]* aria-describedby="last-name-error" aria-invalid="true">/);
    assert.match(page, /<input id="registry-id"[^>]* aria-describedby="registry-id-hint registry-id-error" aria-invalid="true">/);
    assert.match(page, /<p class="field-error" id="last-name-error">/);
    assert.match(page, /<a href="#last-name">/);
    assert.match(page, /<a href="#registry-id">/);
    assert.doesNotMatch(page, /<input id="first-name"[^>]*aria-invalid/);
    assert.equal(app.store.count(), 0);
  });

  test('summary follows the page order', async () => {
    const page = await (await postIntake(intakeForm({ firstName: '', registryId: '', planTypes: 'SELF_INITIATED' }))).text();
    const linkTargets = [...page.matchAll(/<li><a href="#([a-z-]+)">/g)].map((match) => match[1]);

    assert.deepEqual([...new Set(linkTargets)], ['first-name', 'registry-id', 'plan-types-field']);
  });

  test('hostile name is escaped', async () => {
    const rejected = await (await postIntake(intakeForm({ firstName: HOSTILE_NAME, planTypes: 'SELF_INITIATED' }))).text();
    assert.ok(!rejected.includes(HOSTILE_NAME));
    assert.ok(rejected.includes('value="&lt;img src=x onerror=alert(1)&gt;"'));

    const saved = await postIntake(intakeForm({ firstName: HOSTILE_NAME, planTypes: STIPEND }));
    const planPage = await (await fetch(`${app.url}${saved.headers.get('location')}`)).text();
    const listPage = await (await fetch(`${app.url}/plans`)).text();

    for (const page of [planPage, listPage]) {
      assert.ok(!page.includes('<img'), 'a raw <img> tag reached the page');
      assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt; Reyes'));
    }
  });

  test('plan type with a space kept out of value', async () => {
    const response = await postIntake(intakeForm({ planTypes: ['SELF INITIATED', STIPEND] }));
    const page = await response.text();
    const picker = page.match(/<pgp-type-picker[^>]*>/)?.[0] ?? '';
    const summary = page.match(/<div class="error-summary"[^]*?<\/div>/)?.[0] ?? '';

    assert.equal(response.status, 422);
    assert.match(picker, new RegExp(`value="${STIPEND}"`));
    assert.match(summary, /<a href="#plan-types-field">&quot;SELF INITIATED&quot; is not a plan type this form offers\./);
    assert.match(picker, /custom-validity="&quot;SELF INITIATED&quot; is not a plan type/);
    assert.equal(app.store.count(), 0);
  });

  test('invalid UTF-8 in form gets 400', async () => {
    const rawBytes = Buffer.concat([Buffer.from(intakeForm({ planTypes: STIPEND }).toString() + '&notes='), Buffer.from([0xff])]);
    const cases = [rawBytes, Buffer.from(intakeForm({ planTypes: STIPEND, firstName: 'Ana' }).toString().replace('firstName=Ana', 'firstName=An%FF'))];

    for (const body of cases) {
      const response = await fetch(`${app.url}/intake`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body, redirect: 'manual',
      });
      assert.equal(response.status, 400);
      assert.match(await response.text(), /not valid (percent-encoded )?UTF-8/);
    }
    assert.equal(app.store.count(), 0);
  });

  test('form from another definition gets 400', async () => {
    const response = await postIntake(intakeForm({ definition: 'registry-general', planTypes: STIPEND }));

    assert.equal(response.status, 400);
    assert.match(await response.text(), /registry-general/);
    assert.equal(app.store.count(), 0);
  });

  test('JSON body to the form gets 415', async () => {
    const response = await fetch(`${app.url}/intake`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
    });

    assert.equal(response.status, 415);
    assert.match(response.headers.get('content-type'), /text\/html/);
  });
});

describe('pages and files', { concurrency: false }, () => {
  test('HTML pages carry the CSP', async () => {
    const expected = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    for (const path of ['/', '/plans', '/intake.html', '/plans/missing', '/nowhere']) {
      const response = await fetch(`${app.url}${path}`);
      assert.equal(response.headers.get('content-security-policy'), expected, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(response.headers.get('content-type'), /^text\/html/, path);
    }
  });

  test('pages have no inline script or style', async () => {
    await postIntake(intakeForm({ planTypes: STIPEND }));
    const id = app.store.listNewest(1)[0].id;

    // The one kind of script element allowed without src is a JSON data block, which browsers never run.
    const dataBlock = /^<script type="application\/json" id="[a-z-]+">$/;
    for (const path of ['/', `/?definition=${WPLA}`, `/?plan=${id}`, '/intake.html', '/plans', `/plans/${id}`, `/plans/${id}/versions/1`]) {
      const page = await (await fetch(`${app.url}${path}`)).text();
      const inlineScripts = (page.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).filter((tag) => !dataBlock.test(tag));
      assert.deepEqual(inlineScripts, [], path);
      const dataBlockCount = (page.match(/<script type="application\/json"/g) ?? []).length;
      assert.equal((page.match(/<script type="application\/json" id="[a-z-]+">[^<]*<\/script>/g) ?? []).length, dataBlockCount, `${path}: a data block contains "<"`);
      assert.doesNotMatch(page, /\sstyle=/, path);
      assert.doesNotMatch(page, /<style/, path);
      assert.doesNotMatch(page, /\son[a-z]+=/, path);
    }
  });

  test('intake page holds the plain form', async () => {
    const page = await (await fetch(`${app.url}/intake.html`)).text();

    assert.match(page, /<form class="intake-form" method="post" action="\/intake">/);
    assert.match(page, /<input type="hidden" name="fiscalYear" value="2024-2025">/);
    assert.match(page, /<input type="hidden" name="definition" value="workforce-pathways-la-2024-25">/);
    assert.match(page, /<label for="registry-id">Registry ID<\/label>/);
    assert.match(page, /id="registry-id-hint">9 digits, starts with 100</);
    assert.match(page, /pattern="100\[0-9\]\{6\}"/);
    assert.match(page, /<pgp-type-picker id="plan-types" name="planTypes" required definition-src="\/schemas\/definitions\/workforce-pathways-la-2024-25.json"><\/pgp-type-picker>/);
    assert.match(page, /<script type="module" src="\/assets\/pgp-elements.js"><\/script>/);
    assert.doesNotMatch(page, /role="alert"/);
  });

  test('empty list links to the intake', async () => {
    const page = await (await fetch(`${app.url}/plans`)).text();

    assert.match(page, /No plans have been saved yet/);
    assert.match(page, /<a href="\/intake.html">/);
    assert.match(page, /<a href="\/">Start a new plan<\/a>/);
  });

  test('list shows plans with type titles', async () => {
    const planTypeTitles = await fetchPlanTypeTitles();
    await postIntake(intakeForm({ firstName: 'Older', planTypes: STIPEND }));
    await postIntake(intakeForm({ firstName: 'Newer', planTypes: [STIPEND, 'SELF_INITIATED'] }));
    const [newest] = app.store.listNewest(1);
    const page = await (await fetch(`${app.url}/plans`)).text();

    assert.ok(page.indexOf('Newer Reyes') < page.indexOf('Older Reyes'), 'newest plan is not first');
    assert.ok(page.includes(`href="/plans/${newest.id}"`));
    assert.ok(page.includes(`${escapeText(planTypeTitles.get(STIPEND))}, ${escapeText(planTypeTitles.get('SELF_INITIATED'))}`));
    assert.match(page, /<time datetime="[^"]+">[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  });

  test('missing plan page gets 404', async () => {
    const response = await fetch(`${app.url}/plans/no-such-plan`);

    assert.equal(response.status, 404);
    const page = await response.text();
    assert.match(page, /no saved plan with the id &quot;no-such-plan&quot;/);
    assert.match(page, /does not delete plans/);
    assert.doesNotMatch(page, /removed/);
  });

  test('404 names the requested path', async () => {
    const response = await rawRequest('/assets/%2e%2e/package.json');

    assert.equal(response.status, 404);
    assert.match(response.body, /Nothing is served at \/assets\/%2e%2e\/package.json\./);
  });

  test('404 path is escaped', async () => {
    const response = await rawRequest('/nothing/%3Cb%3E<i>');

    assert.equal(response.status, 404);
    assert.ok(response.body.includes('/nothing/%3Cb%3E&lt;i&gt;'));
    assert.ok(!response.body.includes('<i>'));
  });

  test('plan page shows status label', async () => {
    const saved = await postIntake(intakeForm({ planTypes: STIPEND }));
    const page = await (await fetch(`${app.url}${saved.headers.get('location')}`)).text();

    assert.match(page, /<dt>Status<\/dt><dd>Submitted for review<\/dd>/);
  });

  test('every schema status has a label', async () => {
    const schema = await (await fetch(`${app.url}/schemas/plan.schema.json`)).json();
    const statuses = schema.properties.status.enum;
    const definitions = { find: () => undefined };

    assert.ok(statuses.length > 0);
    for (const status of statuses) {
      const record = { id: 'p1', definitionId: 'none', createdAt: '2024-09-20T17:03:11.512Z', plan: { status } };
      const page = String(renderPlanPage({ record, definitions, formatDate: (isoDate) => isoDate }));
      const shown = page.match(/<dt>Status<\/dt><dd>([^<]*)<\/dd>/)?.[1];
      assert.ok(PLAN_STATUS_LABELS[status], `no label for ${status}`);
      assert.equal(shown, PLAN_STATUS_LABELS[status], status);
    }
  });

  test('static files have content types', async () => {
    const cases = [
      ['/demo.css', /^text\/css/],
      [`/schemas/definitions/${WPLA}.json`, /^application\/json/],
      ['/schemas/plan.schema.json', /^application\/json/],
    ];

    for (const [path, contentType] of cases) {
      const response = await fetch(`${app.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), contentType, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  test('path traversal is rejected', async () => {
    const paths = [
      '/schemas/../package.json',
      '/schemas/..%2Fpackage.json',
      '/schemas/definitions/..%2F..%2Fpackage.json',
      '/schemas/%2e%2e/package.json',
      '/schemas/definitions%2F..%2F..%2Fpackage.json',
      '/assets/..%2F..%2Fpackage.json',
      '/assets/%2E%2E%5C..%5Cpackage.json',
      '/schemas/plan.schema.json%00.css',
    ];

    for (const path of paths) {
      const response = await rawRequest(path);
      assert.ok([400, 404].includes(response.status), `${path} answered ${response.status}`);
      assert.doesNotMatch(response.body, /"devDependencies"/, path);
    }
  });
});

async function fetchPlanTypeTitles() {
  const distDir = process.env.PGP_DIST_DIR || fileURLToPath(new URL('../../dist', import.meta.url));
  const { readDefinition } = await import(pathToFileURL(join(distDir, 'validation.js')).href);
  const definition = await (await fetch(`${app.url}/schemas/definitions/${WPLA}.json`)).json();
  return new Map(readDefinition(definition).planTypes.map((option) => [option.id, option.title]));
}

function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
