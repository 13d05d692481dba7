// End-to-end test of the wizard page (/) in Debian Chromium, driven by playwright-core. It chooses the
// permit renewal plan, fills it in with the keyboard, sees the draft stored on the server, reloads and
// continues, and submits. It then starts a second plan whose submission the server rejects with 422,
// and opens the first plan from /plans and its summary.
// Needs "npm run build", Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides the path), and
// <pgp-wizard> and <pgp-plan-summary> registered by dist/browser/pgp-elements.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const CTC = 'CTC_PERMIT_UPGRADE_RENEWAL';
const GOAL_STATEMENT = 'Plan bilingual circle time for my preschool class';
// Two kinds of activity, because the permit renewal definition requires two categories in a submitted plan.
const ACTIVITIES = [
  { category: 'COLLEGE_COURSE', title: 'ECE 101 Child Growth', amount: '3', unit: 'SEMESTER_UNIT' },
  { category: 'CONFERENCE_WORKSHOP_TRAINING', title: 'Dual language learners workshop series', amount: '60', unit: 'CLOCK_HOUR' },
];

let app;
let tempDir;
let browser;
let page;
let planId;
const pageProblems = [];

function wizard() {
  return page.locator('pgp-wizard');
}

async function storedPlan(id) {
  return (await fetch(`${app.url}/api/plans/${encodeURIComponent(id)}`)).json();
}

function planIdInAddress() {
  return new URL(page.url()).searchParams.get('plan');
}

// The elements this test drives are built alongside the demo; name whichever is missing.
function checkPrerequisites() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`);
  }
  if (!existsSync(BUNDLE_PATH)) {
    throw new Error(`${BUNDLE_PATH} is missing. Run "npm run build" first.`);
  }
  const bundle = readFileSync(BUNDLE_PATH, 'utf8');
  for (const tag of ['pgp-wizard', 'pgp-plan-summary']) {
    if (![`"${tag}"`, `'${tag}'`, `\`${tag}\``].some((literal) => bundle.includes(literal))) {
      throw new Error(`${BUNDLE_PATH} does not register <${tag}>. Import its define module in src/define.ts and run "npm run build".`);
    }
  }
}

// Presses Tab until `target` (a locator inside the wizard) has focus, as a keyboard user would.
async function tabTo(target, description) {
  for (let presses = 0; presses < 150; presses += 1) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${description} in the wizard.`);
}

async function pressButton(name) {
  await tabTo(wizard().getByRole('button', { name }), `the button "${name}"`);
  await page.keyboard.press('Enter');
}

async function pressNext(expectedHeading) {
  await pressButton('Next');
  await wizard().getByRole('heading', { name: expectedHeading }).waitFor();
}

// Focuses a text field and types into it key by key.
async function typeInto(field, text) {
  await field.focus();
  await page.keyboard.type(text);
}

function detailsGroup(legend) {
  return wizard().getByRole('group', { name: legend });
}

function goalList() {
  return wizard().locator('pgp-goal-list');
}

// Resolves to the record of the first plan save the server accepts whose plan passes `check`.
// Start waiting before the step that causes the save, so its response cannot be missed.
function planSaved(check) {
  return page.waitForResponse(async (response) => {
    const method = response.request().method();
    if (!['POST', 'PUT'].includes(method) || !/^\/api\/plans(\/[^/]+)?$/.test(new URL(response.url()).pathname) || !response.ok()) {
      return false;
    }
    return check((await response.json()).plan);
  }).then((response) => response.json());
}

before(async () => {
  checkPrerequisites();

  tempDir = await mkdtemp(join(tmpdir(), 'pgp-wizard-e2e-'));
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir: join(tempDir, 'uploads'),
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error: (message, fields) => pageProblems.push(`server error: ${message} ${fields?.error?.message ?? ''}`) },
  });

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageProblems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every non-2xx fetch as an error, and one test expects the server's 422 for a plan.
    const expected422 = /status of 422/.test(message.text()) && /\/api\/plans\/[^/]+$/.test(message.location().url);
    if (message.type() === 'error' && !expected422) pageProblems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('wizard page in Chromium', { concurrency: false }, () => {
  let draftVersion;

  test('chooser opens the CTC wizard', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Child Development Permit Professional Growth Plan' }).click();
    await page.waitForURL(/definition=ctc-permit-renewal/);

    const defined = await page.evaluate(() => Promise.race([
      customElements.whenDefined('pgp-wizard').then(() => true),
      new Promise((resolve) => { setTimeout(() => resolve(false), 5000); }),
    ]));
    assert.equal(defined, true, 'the page never defined <pgp-wizard>');
  });

  test('keyboard reaches the details step', async () => {
    await wizard().getByRole('heading', { name: 'About Professional Growth Plans' }).waitFor();
    await pressNext('Plan type');

    const ctcBox = wizard().getByRole('checkbox', { name: /Child Development Permit/ });
    if (!(await ctcBox.isChecked())) {
      await ctcBox.focus();
      await page.keyboard.press('Space');
    }
    assert.equal(await ctcBox.isChecked(), true);
    await pressNext('Plan details');
  });

  test('draft is saved to the server', async () => {
    const saved = planSaved((plan) => plan.ctc?.permit?.issueDate === '2022-08-01' && plan.participant?.registryId === '100123456');

    const participant = detailsGroup('About you');
    await typeInto(participant.getByLabel('Registry ID'), '100123456');
    await typeInto(participant.getByLabel('First name'), 'Ana');
    await typeInto(participant.getByLabel('Last name'), 'Reyes');
    const advisor = detailsGroup('Your professional growth advisor');
    await typeInto(advisor.getByLabel('First name'), 'Marta');
    await typeInto(advisor.getByLabel('Last name'), 'Lee');
    const permit = detailsGroup('Your Child Development Permit');
    await permit.getByLabel('Permit level').selectOption('TEACHER');
    await typeInto(permit.getByLabel('Document number'), 'CDP123456');
    await permit.getByLabel('Issue date').fill('2022-08-01');

    const record = await saved;
    planId = planIdInAddress();
    assert.ok(planId, `the address ${page.url()} does not name the saved plan`);
    assert.equal(record.id, planId);
    await page.locator('#wizard-save-status').filter({ hasText: /^Draft saved at / }).waitFor();

    const stored = await storedPlan(planId);
    assert.equal(stored.plan.status, 'DRAFT');
    assert.deepEqual(stored.plan.planTypes, [CTC]);
    assert.deepEqual(stored.plan.participant, { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } });
  });

  test('goal and activities are added', async () => {
    await pressNext('Goals and activities');
    const saved = planSaved((plan) => plan.goals?.[0]?.activities?.[1]?.credit?.unitType === 'CLOCK_HOUR');

    await tabTo(goalList().getByRole('button', { name: /^add( a)? goal/i }).first(), 'the goal list\'s Add goal button');
    await page.keyboard.press('Enter');
    await typeInto(goalList().getByLabel('Goal', { exact: true }), GOAL_STATEMENT);
    for (const [index, values] of ACTIVITIES.entries()) {
      await tabTo(goalList().getByRole('button', { name: /^add activity/i }).first(), 'the goal\'s Add activity button');
      await page.keyboard.press('Enter');
      const row = goalList().locator('[part~="activity"]').nth(index);
      await row.getByLabel('Category').selectOption(values.category);
      await typeInto(row.getByLabel('Title'), values.title);
      await row.getByLabel('Status').selectOption('PLANNED');
      await typeInto(row.getByLabel('Amount'), values.amount);
      await row.getByLabel('Unit').selectOption(values.unit);
    }

    const record = await saved;
    assert.equal(record.plan.status, 'DRAFT');
    assert.equal(record.plan.goals[0].statement, GOAL_STATEMENT);
    assert.deepEqual(record.plan.goals[0].activities.map((activity) => activity.type), ACTIVITIES.map((values) => values.category));
    draftVersion = record.version;
    assert.ok(draftVersion >= 2, `the draft was saved only ${draftVersion} time(s)`);
  });

  test('reload continues the plan', async () => {
    await page.reload();
    await page.evaluate(() => customElements.whenDefined('pgp-wizard'));
    assert.equal(planIdInAddress(), planId);
    await page.waitForFunction(() => document.getElementById('wizard').plan?.goals?.length === 1);
    assert.equal(await wizard().locator('[data-notice]').count(), 0, 'the wizard offered a local draft that the server already has');

    await pressNext('Plan type');
    assert.equal(await wizard().getByRole('checkbox', { name: /Child Development Permit/ }).isChecked(), true);
    await pressNext('Plan details');
    assert.equal(await detailsGroup('About you').getByLabel('First name').inputValue(), 'Ana');
    await pressNext('Goals and activities');
    assert.equal(await goalList().getByLabel('Goal', { exact: true }).inputValue(), GOAL_STATEMENT);
    await pressNext('Review and submit');
  });

  test('submit saves the plan', async () => {
    await pressButton('Submit plan');

    const outcome = await Promise.race([
      wizard().getByRole('heading', { name: 'Plan saved' }).waitFor().then(() => 'saved'),
      wizard().locator('[part~="error-summary"]').waitFor().then(async () => `errors: ${await wizard().locator('[part~="error-summary"]').innerText()}`),
      wizard().locator('[data-notice="not-saved"]').waitFor().then(() => 'not saved'),
    ]);
    assert.equal(outcome, 'saved');
    await page.locator('#wizard-save-status').filter({ hasText: 'Plan submitted for review.' }).waitFor();

    const record = await storedPlan(planId);
    assert.equal(record.plan.status, 'SUBMITTED_FOR_REVIEW');
    assert.ok(record.version > draftVersion, `version ${record.version} is not newer than the draft's ${draftVersion}`);
    const versions = await (await fetch(`${app.url}/api/plans/${planId}/versions`)).json();
    assert.equal(versions[0].number, record.version);
    assert.equal(versions[0].status, 'SUBMITTED_FOR_REVIEW');
    assert.equal(versions[1].status, 'DRAFT');
  });

  test('new plan after submit gets its own record', async () => {
    await pressButton('Start a new plan');
    await wizard().getByRole('heading', { name: 'About Professional Growth Plans' }).waitFor();
    assert.equal(planIdInAddress(), null);
    assert.equal(new URL(page.url()).searchParams.get('definition'), 'ctc-permit-renewal');

    const saved = planSaved((plan) => plan.planTypes?.includes(CTC));
    await pressNext('Plan type');
    const ctcBox = wizard().getByRole('checkbox', { name: /Child Development Permit/ });
    if (!(await ctcBox.isChecked())) {
      await ctcBox.focus();
      await page.keyboard.press('Space');
    }
    await pressNext('Plan details');

    const record = await saved;
    assert.notEqual(record.id, planId);
    assert.equal(record.version, 1);
    assert.equal(record.plan.status, 'DRAFT');
    assert.equal(record.plan.participant, undefined);
    await page.waitForURL((url) => url.searchParams.get('plan') === record.id);
    assert.equal((await storedPlan(planId)).plan.status, 'SUBMITTED_FOR_REVIEW');
  });

  test('one category stops at goals', async () => {
    const advisor = detailsGroup('Your professional growth advisor');
    await typeInto(advisor.getByLabel('First name'), 'Marta');
    await typeInto(advisor.getByLabel('Last name'), 'Lee');
    await detailsGroup('Your Child Development Permit').getByLabel('Issue date').fill('2022-08-01');
    await pressNext('Goals and activities');
    await tabTo(goalList().getByRole('button', { name: /^add( a)? goal/i }).first(), 'the goal list\'s Add goal button');
    await page.keyboard.press('Enter');
    await typeInto(goalList().getByLabel('Goal', { exact: true }), GOAL_STATEMENT);
    await tabTo(goalList().getByRole('button', { name: /^add activity/i }).first(), 'the goal\'s Add activity button');
    await page.keyboard.press('Enter');
    await goalList().locator('[part~="activity"]').first().getByLabel('Category').selectOption(ACTIVITIES[0].category);
    const submittedSaves = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && (request.postData() ?? '').includes('SUBMITTED_FOR_REVIEW')) submittedSaves.push(request.url());
    });

    // One activity category is not enough for a submitted permit renewal plan, and the wizard checks
    // Next against the rules of a submitted plan, so the step stops before anything is submitted.
    await pressButton('Next');
    const errorSummary = wizard().locator('[part~="error-summary"]');
    await errorSummary.waitFor();
    assert.match(await errorSummary.innerText(), /1 of the 2 categories/);
    await wizard().getByRole('heading', { name: 'Goals and activities' }).waitFor();
    assert.equal(await goalList().getByLabel('Goal', { exact: true }).inputValue(), GOAL_STATEMENT);

    await page.waitForURL(/[?&]plan=/);
    await page.waitForFunction(() => document.getElementById('wizard-save-status')?.textContent?.trim());
    assert.deepEqual(submittedSaves, []);
    assert.equal((await storedPlan(planIdInAddress())).plan.status, 'DRAFT');
  });

  test('saved plans list opens the summary', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved plans' }).click();
    await page.waitForURL(`${app.url}/plans`);
    assert.equal(await page.getByRole('link', { name: 'Open in the wizard (Ana Reyes)' }).getAttribute('href'), `/?plan=${planId}`);

    await page.getByRole('link', { name: 'View summary (Ana Reyes)' }).click();
    await page.waitForURL(`${app.url}/plans/${planId}`);
    const summary = page.locator('pgp-plan-summary:not([hidden])');
    await summary.getByText(GOAL_STATEMENT).waitFor();
    assert.equal(await page.locator('#plan-fallback').isHidden(), true);
    const summaryText = await summary.evaluate((element) => element.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(summaryText, /Ana Reyes/);
    assert.match(summaryText, /Marta Lee/);
    assert.match(summaryText, /Dual language learners workshop series/);
  });

  test('every wizard and version page loads', async () => {
    const paths = [
      ...['workforce-pathways-la-2024-25', 'qcc-quality-improvement', 'registry-general'].map((name) => `/?definition=${name}`),
      `/?plan=${planId}`,
      `/plans/${planId}/versions/1`,
    ];

    for (const path of paths) {
      await page.goto(`${app.url}${path}`);
      if (path.startsWith('/?')) {
        await wizard().getByRole('heading', { name: 'About Professional Growth Plans' }).waitFor();
      } else {
        await page.getByRole('heading', { level: 1, name: /^Version 1 of the plan for / }).waitFor();
      }
    }
  });

  test('no console errors or CSP violations', () => {
    assert.deepEqual(pageProblems, []);
  });
});
