// End-to-end test of the plan page (/plan.html) in Debian Chromium, driven by playwright-core: a
// permit renewal plan with a goal, two activities and an uploaded PNG is saved through the page
// script and then shown on /plans/:id.
// Needs "npm run build", Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides the path),
// schemas/definitions/ctc-permit-renewal.json, and <pgp-goal-list> in dist/browser/pgp-elements.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from '../../demo/server.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const DIST_DIR = process.env.PGP_DIST_DIR || fileURLToPath(new URL('../../dist', import.meta.url));
const BUNDLE_PATH = join(DIST_DIR, 'browser', 'pgp-elements.js');
const DEFINITION_NAME = 'ctc-permit-renewal';
const DEFINITION_PATH = fileURLToPath(new URL(`../../schemas/definitions/${DEFINITION_NAME}.json`, import.meta.url));
const CTC = 'CTC_PERMIT_UPGRADE_RENEWAL';
const GOAL_STATEMENT = 'Plan bilingual circle time for my preschool class';
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let app;
let tempDir;
let uploadDir;
let browser;
let page;
let ctcTitle;
const pageProblems = [];

function goalList() {
  return page.locator('pgp-goal-list');
}

function activity(index) {
  return goalList().locator('[part~="activity"]').nth(index);
}

async function storedPlans() {
  return (await fetch(`${app.url}/api/plans`)).json();
}

// The parts this test drives are built alongside the demo; name whichever is missing.
function checkPrerequisites() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`);
  }
  if (!existsSync(BUNDLE_PATH)) {
    throw new Error(`${BUNDLE_PATH} is missing. Run "npm run build" first.`);
  }
  if (!existsSync(DEFINITION_PATH)) {
    throw new Error(`The plan definition ${DEFINITION_PATH} is missing, so /plan.html?definition=${DEFINITION_NAME} answers 404. Add the CTC permit renewal definition.`);
  }
  if (!readFileSync(BUNDLE_PATH, 'utf8').includes('pgp-goal-list')) {
    throw new Error(`${BUNDLE_PATH} does not register <pgp-goal-list>. Add the goal list element to the browser bundle and run "npm run build".`);
  }
}

function watchForPageProblems(context) {
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`uncaught error on ${page.url()}: ${error.message}`));
  return context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
}

before(async () => {
  checkPrerequisites();

  tempDir = await mkdtemp(join(tmpdir(), 'pgp-plan-e2e-'));
  uploadDir = join(tempDir, 'uploads');
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir,
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error: (message, fields) => pageProblems.push(`server error: ${message} ${fields?.error?.message ?? ''}`) },
  });

  const { readDefinition } = await import(pathToFileURL(join(DIST_DIR, 'validation.js')).href);
  ctcTitle = readDefinition(JSON.parse(readFileSync(DEFINITION_PATH, 'utf8'))).planTypes.find((option) => option.id === CTC)?.title;
  assert.ok(ctcTitle, `${DEFINITION_PATH} does not offer the plan type ${CTC}.`);

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  page = await context.newPage();
  await watchForPageProblems(context);
});

after(async () => {
  await browser?.close();
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('plan page in Chromium', { concurrency: false }, () => {
  test('elements render', async () => {
    await page.goto(`${app.url}/plan.html?definition=${DEFINITION_NAME}`);
    const defined = await page.evaluate(() => Promise.race([
      customElements.whenDefined('pgp-goal-list').then(() => true),
      new Promise((resolve) => { setTimeout(() => resolve(false), 5000); }),
    ]));

    assert.equal(defined, true, 'the page never defined <pgp-goal-list>');
    await page.locator('pgp-type-picker').getByRole('checkbox', { name: ctcTitle }).waitFor();
    await page.getByLabel('Permit issue date').waitFor();
  });

  test('fills plan details', async () => {
    const ctcBox = page.locator('pgp-type-picker').getByRole('checkbox', { name: ctcTitle });
    if (!(await ctcBox.isChecked())) await ctcBox.check();

    await page.getByLabel('First name', { exact: true }).fill('Ana');
    await page.getByLabel('Last name', { exact: true }).fill('Reyes');
    await page.getByLabel('Registry ID').fill('100123456');
    await page.getByLabel('Advisor\'s first name').fill('Marta');
    await page.getByLabel('Advisor\'s last name').fill('Lee');
    await page.getByLabel('Permit level').selectOption('TEACHER');
    await page.getByLabel('Permit document number').fill('CDP123456');
    await page.getByLabel('Permit issue date').fill('2022-08-01');

    assert.equal(await goalList().getAttribute('plan-types'), CTC);
  });

  test('adds goal and activities', async () => {
    await goalList().getByRole('button', { name: /^add( a)? goal/i }).first().click();
    await goalList().getByLabel('Goal', { exact: true }).fill(GOAL_STATEMENT);

    const activities = [
      { category: 'COLLEGE_COURSE', title: 'ECE 101 Child Growth', amount: '3', unit: 'SEMESTER_UNIT' },
      { category: 'CONFERENCE_WORKSHOP_TRAINING', title: 'Dual language learners workshop series', amount: '60', unit: 'CLOCK_HOUR' },
    ];
    for (const [index, values] of activities.entries()) {
      await goalList().getByRole('button', { name: /^add activity/i }).first().click();
      const row = activity(index);
      await row.getByLabel('Category').selectOption(values.category);
      await row.getByLabel('Title').fill(values.title);
      await row.getByLabel('Status').selectOption('PLANNED');
      await row.getByLabel('Amount').fill(values.amount);
      await row.getByLabel('Unit').selectOption(values.unit);
    }

    assert.equal(await activity(1).getByLabel('Title').inputValue(), 'Dual language learners workshop series');
  });

  test('uploads PNG evidence', async () => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url() === `${app.url}/api/evidence`),
      activity(0).locator('input[type="file"]').setInputFiles({ name: 'sign-in sheet.png', mimeType: 'image/png', buffer: PNG_BYTES }),
    ]);
    const reference = await response.json();

    assert.equal(response.status(), 201, JSON.stringify(reference));
    assert.equal(reference.fileName, 'sign-in sheet.png');
    await activity(0).getByText('sign-in sheet.png').first().waitFor();
    assert.deepEqual(await readdir(uploadDir), [`${reference.id}.png`]);
  });

  test('submit shows saved message', async () => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url() === `${app.url}/api/plans`),
      page.getByRole('button', { name: 'Submit plan' }).click(),
    ]);
    const body = await response.json();

    assert.equal(response.status(), 201, `the plan was not saved: ${JSON.stringify(body.errors ?? body)}`);
    const status = page.getByRole('status').filter({ hasText: 'Your plan was saved' });
    await status.waitFor();
    assert.equal(await status.getByRole('link').getAttribute('href'), `/plans/${body.id}`);
  });

  test('stored plan has goals', async () => {
    const [record] = await storedPlans();
    const [goal] = record.plan.goals;

    assert.deepEqual(record.plan.planTypes, [CTC]);
    assert.equal(record.plan.status, 'SUBMITTED_FOR_REVIEW');
    assert.deepEqual(record.plan.participant, { name: { first: 'Ana', last: 'Reyes' }, registryId: '100123456' });
    assert.deepEqual(record.plan.advisor.name, { first: 'Marta', last: 'Lee' });
    assert.deepEqual(record.plan.ctc.permit, { level: 'TEACHER', documentNumber: 'CDP123456', issueDate: '2022-08-01' });
    assert.equal(record.plan.ctc.cycleStart, '2022-08-01');
    assert.equal(goal.statement, GOAL_STATEMENT);
    assert.equal(goal.activities.length, 2);
    assert.equal(goal.activities[0].evidence[0].fileName, 'sign-in sheet.png');
  });

  test('plan page shows goal', async () => {
    await page.getByRole('status').getByRole('link', { name: 'Open the saved plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+$/);

    // The page shows <pgp-plan-summary> in place of its server-rendered view once scripts run.
    const summary = page.locator('pgp-plan-summary:not([hidden])');
    await summary.getByText(GOAL_STATEMENT).waitFor();
    assert.equal(await page.locator('#plan-fallback').isHidden(), true);
    const evidenceLink = summary.getByRole('link', { name: /^sign-in sheet\.png\b/ });
    const response = await fetch(`${app.url}${await evidenceLink.getAttribute('href')}`);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(PNG_BYTES), 'the linked file differs from the uploaded one');
  });

  test('no console errors or CSP violations', () => {
    assert.deepEqual(pageProblems, []);
  });
});
