// Tests for the demo host's wizard page (/), PUT /api/plans/:id, drafts, plan versions and the
// summary page's JSON data block. Needs "npm run build".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../demo/server.js';
import { CONTENT_SECURITY_POLICY } from '../../demo/lib/http.js';

const CTC_NAME = 'ctc-permit-renewal';
const WPLA_NAME = 'workforce-pathways-la-2024-25';
const STIPEND = 'STIPEND_PROGRAM_REQUIREMENT';

let app;
let tempDir;

function completePlan(overrides = {}) {
  return {
    planTypes: [STIPEND],
    fiscalYear: '2024-2025',
    status: 'SUBMITTED_FOR_REVIEW',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
    ...overrides,
  };
}

function sendPlan(method, path, body) {
  return fetch(`${app.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function createDraft(plan = { planTypes: [], status: 'DRAFT' }) {
  const response = await sendPlan('POST', '/api/plans', { definitionId: WPLA_NAME, plan });
  assert.equal(response.status, 201);
  return response.json();
}

async function getText(path) {
  const response = await fetch(`${app.url}${path}`);
  return { response, text: await response.text() };
}

before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-server-wizard-'));
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir: join(tempDir, 'uploads'),
    port: 0,
    distDir: process.env.PGP_DIST_DIR || undefined,
    logger: { info() {}, warn() {}, error() {} },
  });
});

after(async () => {
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('drafts', () => {
  test('incomplete draft is stored by POST', async () => {
    const record = await createDraft({ status: 'DRAFT', participant: { registryId: '12' } });

    assert.equal(record.plan.status, 'DRAFT');
    assert.equal(record.version, 1);
  });

  test('incomplete draft is stored by PUT', async () => {
    const { id } = await createDraft();
    const response = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: { status: 'DRAFT', planTypes: ['SELF_INITIATED'] } });

    assert.equal(response.status, 200);
    const record = await response.json();
    assert.deepEqual(record.plan.planTypes, ['SELF_INITIATED']);
    assert.equal(record.version, 2);
  });

  test('draft with a wrong type gets 422', async () => {
    const { id } = await createDraft();
    const response = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: { status: 'DRAFT', goals: 'none' } });

    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.ok(errors.some((error) => error.instancePath === '/goals' && error.keyword === 'type'), JSON.stringify(errors));
  });

  test('draft shape and size checks still apply', async () => {
    const { id } = await createDraft();
    let deep = { status: 'DRAFT' };
    for (let level = 0; level < 100; level += 1) deep = { status: 'DRAFT', nested: deep };

    assert.equal((await sendPlan('PUT', `/api/plans/${id}`, '{"definitionId":')).status, 400);
    assert.equal((await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: [] })).status, 400);
    assert.equal((await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: deep })).status, 400);
    assert.equal((await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: { status: 'DRAFT', note: 'x'.repeat(1024 * 1024) } })).status, 413);
  });
});

describe('PUT /api/plans/:id', () => {
  test('submitted plan is validated fully', async () => {
    const { id } = await createDraft();
    const response = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan({ participant: { name: { first: 'Ana' } } }) });

    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.ok(errors.some((error) => error.instancePath === '/participant/registryId'), JSON.stringify(errors));
  });

  test('valid plan answers 200 with the record', async () => {
    const { id } = await createDraft();
    const response = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan() });

    assert.equal(response.status, 200);
    const record = await response.json();
    assert.equal(record.id, id);
    assert.equal(record.plan.status, 'SUBMITTED_FOR_REVIEW');
    assert.deepEqual((await (await fetch(`${app.url}/api/plans/${id}`)).json()).plan, completePlan());
  });

  test('unknown id gets 404', async () => {
    const response = await sendPlan('PUT', '/api/plans/no-such-plan', { definitionId: WPLA_NAME, plan: completePlan() });

    assert.equal(response.status, 404);
    assert.match((await response.json()).error, /No plan with id "no-such-plan"/);
  });

  test('another definition gets 409 naming both', async () => {
    const { id, definitionId } = await createDraft();
    const response = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: CTC_NAME, plan: { status: 'DRAFT' } });

    assert.equal(response.status, 409);
    const { error } = await response.json();
    assert.ok(error.includes(definitionId), error);
    assert.ok(error.includes('urn:pgp-elements:definition:ctc-permit-renewal'), error);
  });
});

describe('versions', () => {
  test('every save is listed newest first', async () => {
    const { id } = await createDraft();
    await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: { status: 'DRAFT', planTypes: [STIPEND] } });
    await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan() });

    const versions = await (await fetch(`${app.url}/api/plans/${id}/versions`)).json();
    assert.deepEqual(versions.map((version) => version.number), [3, 2, 1]);
    assert.deepEqual(versions.map((version) => version.status), ['SUBMITTED_FOR_REVIEW', 'DRAFT', 'DRAFT']);
    assert.ok(versions.every((version) => typeof version.savedAt === 'string'));
  });

  test('one version is returned by number', async () => {
    const { id } = await createDraft({ status: 'DRAFT', planTypes: ['SELF_INITIATED'] });
    await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan() });

    const first = await (await fetch(`${app.url}/api/plans/${id}/versions/1`)).json();
    assert.equal(first.number, 1);
    assert.deepEqual(first.plan, { status: 'DRAFT', planTypes: ['SELF_INITIATED'] });
    assert.equal((await fetch(`${app.url}/api/plans/${id}/versions/9`)).status, 404);
    assert.equal((await fetch(`${app.url}/api/plans/${id}/versions/first`)).status, 404);
    assert.equal((await fetch(`${app.url}/api/plans/no-such-plan/versions`)).status, 404);
  });

  test('failing PUT keeps the previous version', async () => {
    const { id } = await createDraft({ status: 'DRAFT', planTypes: [STIPEND] });
    const rejected = await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan({ planTypes: [] }) });

    assert.equal(rejected.status, 422);
    const record = await (await fetch(`${app.url}/api/plans/${id}`)).json();
    assert.deepEqual(record.plan, { status: 'DRAFT', planTypes: [STIPEND] });
    assert.equal(record.version, 1);
    assert.equal((await (await fetch(`${app.url}/api/plans/${id}/versions`)).json()).length, 1);
  });

  test('summary page links each version', async () => {
    const { id } = await createDraft();
    await sendPlan('PUT', `/api/plans/${id}`, { definitionId: WPLA_NAME, plan: completePlan() });
    const { text } = await getText(`/plans/${id}`);

    assert.ok(text.includes(`href="/plans/${id}/versions/2"`));
    assert.ok(text.includes(`href="/plans/${id}/versions/1"`));
    assert.equal((await getText(`/plans/${id}/versions/1`)).response.status, 200);
  });
});

describe('pages', () => {
  test('wizard page holds the element', async () => {
    const { response, text } = await getText(`/?definition=${CTC_NAME}`);

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.match(text, /<pgp-wizard id="wizard" definition-src="\/schemas\/definitions\/ctc-permit-renewal.json" autosave="pgp-draft:ctc-permit-renewal"/);
    assert.match(text, /<script type="module" src="\/wizard-page.js"><\/script>/);
  });

  test('skip link targets the wizard', async () => {
    const { text } = await getText(`/?definition=${CTC_NAME}`);
    const beforeHeader = text.slice(text.indexOf('<body>'), text.indexOf('<header'));
    const main = text.slice(text.indexOf('<main'));
    const skipLinks = beforeHeader.match(/<a [^>]*>[^<]*<\/a>/g) ?? [];

    assert.deepEqual(skipLinks, ['<a class="skip-link" href="#main">Skip to main content</a>', '<a class="skip-link" href="#plan-wizard">Skip to the plan</a>']);
    assert.match(main, /<div id="plan-wizard" class="wizard-container" tabindex="-1">\s*<p id="wizard-save-status"[^>]*><\/p>[\s\S]*<pgp-wizard id="wizard"[\s\S]*<\/pgp-wizard>\s*<\/div>/);
  });

  test('chooser has no plan skip link', async () => {
    const { text } = await getText('/');

    assert.doesNotMatch(text, /#plan-wizard|id="plan-wizard"/);
  });

  test('chooser lists shipped definitions in order', async () => {
    const { text } = await getText('/');
    const order = ['workforce-pathways-la-2024-25', 'ctc-permit-renewal', 'qcc-quality-improvement', 'registry-general']
      .map((name) => text.indexOf(`href="/?definition=${name}"`));

    assert.ok(order.every((index) => index > 0), JSON.stringify(order));
    assert.deepEqual(order, [...order].sort((first, second) => first - second));
    assert.doesNotMatch(text, /<pgp-wizard/);
  });

  test('unknown definition or plan gets 404', async () => {
    assert.equal((await getText('/?definition=no-such-plan')).response.status, 404);
    assert.equal((await getText('/?plan=no-such-plan')).response.status, 404);
  });

  test('saved plan opens with its own draft key', async () => {
    const { id } = await createDraft();
    const { text } = await getText(`/?plan=${id}&definition=${CTC_NAME}`);

    assert.ok(text.includes(`autosave="pgp-draft:${WPLA_NAME}:${id}"`));
    assert.ok(text.includes(`data-plan-id="${id}"`));
  });

  test('pages have no inline script', async () => {
    const { id } = await createDraft();

    for (const path of ['/', `/?definition=${CTC_NAME}`, '/plans', `/plans/${id}`, `/plans/${id}/versions/1`]) {
      const { text } = await getText(path);
      const scripts = text.match(/<script\b[^>]*>/g) ?? [];
      for (const tag of scripts) {
        assert.ok(/\ssrc="\/[^"]+"/.test(tag) || /\stype="application\/json"/.test(tag), `${path}: ${tag}`);
      }
      assert.doesNotMatch(text, /\son[a-z]+=|\sstyle=|<style/, path);
    }
  });

  test('plan list links wizard and summary', async () => {
    await createDraft({ status: 'DRAFT', participant: { name: { first: 'Older', last: 'Ortiz' } } });
    const { id } = await createDraft({ status: 'DRAFT', participant: { name: { first: 'Newer', last: 'Ortiz' } } });
    const { text } = await getText('/plans');

    assert.ok(text.includes(`href="/?plan=${id}"`));
    assert.ok(text.includes(`href="/plans/${id}"`));
    assert.match(text, /<dt>Status<\/dt><dd>Draft<\/dd>/);
    assert.ok(text.indexOf('Newer Ortiz') < text.indexOf('Older Ortiz'), 'newest plan is not first');
  });

  test('JSON data block escapes closing tags', async () => {
    const hostile = '</script><script src="/x.js"></script><!-- <img src=x onerror=alert(1)>';
    const { id } = await createDraft({ status: 'DRAFT', participant: { name: { first: hostile } } });
    const { text } = await getText(`/plans/${id}`);
    const block = /<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(text);

    assert.ok(block, 'no plan-data block');
    assert.doesNotMatch(block[1], /<\/script|<!--|</i);
    assert.equal(JSON.parse(block[1]).participant.name.first, hostile);
    assert.match(text, /<pgp-plan-summary id="plan-summary" hidden definition-src="\/schemas\/definitions\/workforce-pathways-la-2024-25.json">/);
  });
});
