// Tests for the demo host's plan form (/plan.html) and for goals on the saved plan page
// (/plans/:id). The server reads the shipped definitions plus one test definition that requires the
// CTC plan type, from a temporary schemas folder. Needs "npm run build".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../demo/server.js';
import { CONTENT_SECURITY_POLICY } from '../../demo/lib/http.js';
import { currentFiscalYear } from '../../demo/lib/plan-form.js';

const DIST_DIR = process.env.PGP_DIST_DIR || fileURLToPath(new URL('../../dist', import.meta.url));
const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas', import.meta.url));
const CTC = 'CTC_PERMIT_UPGRADE_RENEWAL';
const QCC = 'QCC_QUALITY_IMPROVEMENT_PLAN';
const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const CTC_TEST_DEFINITION = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:pgp-elements:test:ctc-only',
  title: 'Permit renewal test plan',
  allOf: [
    { $ref: 'urn:pgp-elements:plan' },
    {
      type: 'object',
      properties: { planTypes: { items: { enum: [CTC, 'SELF_INITIATED'] }, contains: { const: CTC } } },
    },
  ],
};

let app;
let tempDir;

async function getPage(path) {
  const response = await fetch(`${app.url}${path}`);
  return { response, text: await response.text() };
}

function attributeOf(tag, name) {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function tagsNamed(page, name) {
  return page.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
}

before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-plan-page-'));
  const schemasDir = join(tempDir, 'schemas');
  await cp(SCHEMAS_DIR, schemasDir, { recursive: true });
  await writeFile(join(schemasDir, 'definitions', 'ctc-test.json'), JSON.stringify(CTC_TEST_DEFINITION));

  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir: join(tempDir, 'uploads'),
    schemasDir,
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error() {} },
  });
});

after(async () => {
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('GET /plan.html', () => {
  test('sends CSP and no inline script', async () => {
    const { response, text } = await getPage('/plan.html?definition=registry-general');

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    // JSON data blocks carry the page script's messages; the browser never runs them.
    const scripts = tagsNamed(text, 'script').filter((tag) => attributeOf(tag, 'type') !== 'application/json');
    assert.deepEqual(scripts.map((tag) => attributeOf(tag, 'src')), ['/assets/pgp-elements.js', '/plan-page.js']);
    for (const tag of scripts) {
      assert.equal(attributeOf(tag, 'type'), 'module', `${tag} is not a module script`);
    }
    const withoutDataBlocks = text.replace(/<script type="application\/json" id="[\w-]+">[^<]*<\/script>/g, '');
    assert.doesNotMatch(withoutDataBlocks, /<script\b[^>]*>[^<]+<\/script>/, 'a script element has inline content');
    assert.doesNotMatch(text, /\son[a-z]+=/i, 'the page has an inline event handler');
    assert.doesNotMatch(text, /\sstyle=|<style\b/i, 'the page has inline style');
  });

  test('page script is served', async () => {
    const response = await fetch(`${app.url}/plan-page.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/javascript/);
    assert.match(await response.text(), /pgp-evidence-request/);
  });

  test('form holds both elements', async () => {
    const { text } = await getPage('/plan.html?definition=registry-general');
    const [picker] = tagsNamed(text, 'pgp-type-picker');
    const [goalList] = tagsNamed(text, 'pgp-goal-list');
    const formStart = text.indexOf('<form');
    const formEnd = text.indexOf('</form>');

    assert.equal(attributeOf(picker, 'name'), 'planTypes');
    assert.equal(attributeOf(picker, 'definition-src'), '/schemas/definitions/registry-general.json');
    assert.equal(attributeOf(goalList, 'name'), 'goals');
    assert.equal(attributeOf(goalList, 'definition-src'), '/schemas/definitions/registry-general.json');
    assert.ok(formStart < text.indexOf('<pgp-type-picker'), 'the picker is not inside the form');
    assert.ok(text.indexOf('<pgp-goal-list') < formEnd, 'the goal list is not inside the form');
    assert.equal(attributeOf(tagsNamed(text, 'form')[0], 'data-definition-id'), 'urn:pgp-elements:definition:registry-general:2024-1');
  });

  test('every input has a label', async () => {
    const { text } = await getPage('/plan.html?definition=registry-general');
    const controls = [...tagsNamed(text, 'input'), ...tagsNamed(text, 'select')].filter((tag) => attributeOf(tag, 'type') !== 'hidden');

    assert.ok(controls.length >= 10, `only ${controls.length} inputs`);
    for (const control of controls) {
      const id = attributeOf(control, 'id');
      assert.ok(text.includes(`<label for="${id}">`), `input #${id} has no label`);
      assert.ok(attributeOf(control, 'data-pointer')?.startsWith('/'), `input #${id} has no data-pointer`);
    }
  });

  test('detail inputs fill plan pointers', async () => {
    const { text } = await getPage('/plan.html?definition=registry-general');
    const pointerOf = (id) => attributeOf(tagsNamed(text, '(?:input|select)').find((tag) => attributeOf(tag, 'id') === id), 'data-pointer');

    assert.equal(pointerOf('participant-first-name'), '/participant/name/first');
    assert.equal(pointerOf('participant-registry-id'), '/participant/registryId');
    assert.equal(pointerOf('fiscal-year'), '/fiscalYear');
    assert.equal(pointerOf('advisor-last-name'), '/advisor/name/last');
    assert.equal(pointerOf('permit-level'), '/ctc/permit/level');
    assert.equal(pointerOf('permit-document-number'), '/ctc/permit/documentNumber');
    assert.equal(pointerOf('permit-issue-date'), '/ctc/permit/issueDate /ctc/cycleStart');
    assert.equal(pointerOf('qcc-site-name'), '/qcc/siteName');
    assert.equal(pointerOf('qcc-coach-name'), '/qcc/coachName');
  });

  test('optional sections start hidden', async () => {
    const { text } = await getPage('/plan.html?definition=registry-general');
    const sections = tagsNamed(text, 'fieldset').filter((tag) => tag.includes('plan-section'));

    assert.deepEqual(sections.map((tag) => attributeOf(tag, 'data-plan-type')), [CTC, QCC]);
    for (const section of sections) {
      assert.match(section, /\shidden>/, `${section} is not hidden`);
    }
  });

  test('required type section is shown', async () => {
    const { text } = await getPage('/plan.html?definition=ctc-test');
    const sections = tagsNamed(text, 'fieldset').filter((tag) => tag.includes('plan-section'));

    assert.equal(sections.length, 1, 'the QCC section is shown for a definition that does not offer QCC');
    assert.equal(attributeOf(sections[0], 'data-plan-type'), CTC);
    assert.equal(attributeOf(sections[0], 'data-required-by-definition'), 'true');
    assert.doesNotMatch(sections[0], /\shidden/);
  });

  test('fiscal year from definition', async () => {
    const { text } = await getPage('/plan.html?definition=workforce-pathways-la-2024-25');
    const input = tagsNamed(text, 'input').find((tag) => attributeOf(tag, 'id') === 'fiscal-year');
    assert.equal(attributeOf(input, 'value'), '2024-2025');
  });

  test('fiscal year runs July to June', () => {
    assert.equal(currentFiscalYear(new Date('2024-07-01T12:00:00Z'), 'America/Los_Angeles'), '2024-2025');
    assert.equal(currentFiscalYear(new Date('2024-07-01T05:00:00Z'), 'America/Los_Angeles'), '2023-2024');
    assert.equal(currentFiscalYear(new Date('2025-06-30T12:00:00Z'), 'America/Los_Angeles'), '2024-2025');
  });

  test('explains that it needs JavaScript', async () => {
    const { text } = await getPage('/plan.html?definition=registry-general');
    assert.match(text, /<noscript>[^<]*<p[^>]*>[^<]*needs JavaScript[^<]*<\/p><\/noscript>/);
  });

  test('default is permit renewal', async () => {
    const byDefault = await getPage('/plan.html');
    const named = await getPage('/plan.html?definition=ctc-permit-renewal');

    assert.equal(byDefault.response.status, named.response.status);
    assert.equal(/<h1>([^<]*)<\/h1>/.exec(byDefault.text)[1], /<h1>([^<]*)<\/h1>/.exec(named.text)[1]);
  });

  test('404 names unknown definition', async () => {
    const { response, text } = await getPage('/plan.html?definition=no-such-plan');

    assert.equal(response.status, 404);
    assert.match(text, /no plan definition named &quot;no-such-plan&quot;/);
    assert.match(text, /registry-general/);
  });

  test('navigation links new plans', async () => {
    const { text } = await getPage('/');
    assert.match(text, /New plan/);
    assert.ok(text.includes('href="/plan.html?definition=ctc-permit-renewal"'), 'no link to the permit renewal plan');
    assert.ok(text.includes('href="/plan.html?definition=qcc-quality-improvement"'), 'no link to the QCC plan');
  });
});

describe('saved plan with goals', () => {
  let record;
  let evidence;

  before(async () => {
    const uploadResponse = await fetch(`${app.url}/api/evidence`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', 'X-File-Name': encodeURIComponent('sign-in sheet.png') },
      body: PNG_BYTES,
    });
    evidence = await uploadResponse.json();

    const plan = {
      planTypes: [CTC],
      fiscalYear: '2024-2025',
      participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
      advisor: { name: { first: 'Marta', last: 'Lee' } },
      ctc: { permit: { level: 'TEACHER', documentNumber: 'ABC123', issueDate: '2022-08-01' }, cycleStart: '2022-08-01' },
      goals: [{
        id: 'g-1',
        statement: 'Lead circle time in Spanish and English',
        status: 'IN_PROGRESS',
        evidence: [{ id: 'e-bad', fileName: 'script.pdf', url: 'javascript:alert(1)' }],
        activities: [
          {
            id: 'a-1', type: 'COLLEGE_COURSE', title: 'ECE 101 Child Growth', status: 'COMPLETED',
            credit: { unitType: 'SEMESTER_UNIT', amount: 3 }, evidence: [evidence],
          },
          { id: 'a-2', type: 'CONFERENCE_WORKSHOP_TRAINING', title: HOSTILE_TEXT, status: 'PLANNED', credit: { unitType: 'CLOCK_HOUR', amount: 6 } },
        ],
      }],
    };
    const response = await fetch(`${app.url}/api/plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ definitionId: 'ctc-test', plan }),
    });
    assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
    record = await response.json();
  });

  test('shows goals and activities', async () => {
    const { response, text } = await getPage(`/plans/${record.id}`);

    assert.equal(response.status, 200);
    assert.match(text, /<h2 id="goals-heading">Goals<\/h2>/);
    assert.match(text, /<h3>Lead circle time in Spanish and English<\/h3>/);
    assert.match(text, /ECE 101 Child Growth/);
    assert.match(text, /College or university course/);
    assert.match(text, /3 semester units/);
  });

  test('links uploaded evidence', async () => {
    const { text } = await getPage(`/plans/${record.id}`);
    assert.ok(text.includes(`<a href="/api/evidence/${evidence.id}">sign-in sheet.png</a>`), 'no link to the uploaded file');
  });

  test('unsafe evidence url is text', async () => {
    const { text } = await getPage(`/plans/${record.id}`);
    assert.ok(text.includes('script.pdf'), 'the file name is missing');
    assert.doesNotMatch(text, /href="javascript:/);
  });

  test('escapes plan text', async () => {
    const { text } = await getPage(`/plans/${record.id}`);
    assert.ok(!text.includes(HOSTILE_TEXT), 'the activity title is rendered as HTML');
    assert.ok(text.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the activity title is missing');
  });

  test('totals clock hours', async () => {
    const { text } = await getPage(`/plans/${record.id}`);
    assert.match(text, /Clock hours: 45 completed of 51 planned\./);
  });

  test('shows permit and advisor', async () => {
    const { text } = await getPage(`/plans/${record.id}`);
    assert.match(text, /<dt>Advisor<\/dt><dd>Marta Lee<\/dd>/);
    assert.match(text, /<dt>Permit level<\/dt><dd>Teacher<\/dd>/);
    assert.match(text, /<dt>Renewal cycle starts<\/dt><dd>2022-08-01<\/dd>/);
  });

  test('plan without goals has none', async () => {
    const response = await fetch(`${app.url}/api/plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ definitionId: 'registry-general', plan: { planTypes: ['SELF_INITIATED'], participant: { registryId: '100123456' } } }),
    });
    const { id } = await response.json();
    const { text } = await getPage(`/plans/${id}`);

    assert.doesNotMatch(text, /goals-heading/);
  });
});
