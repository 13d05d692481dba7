// End-to-end test of the demo pages in Debian Chromium, driven by playwright-core: a saved plan's page
// printed holds only its title and the plan, and the wizard page's "Skip to the plan" link moves focus
// past the chooser to the wizard.
// Needs "npm run build" and Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides the path).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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

// The parts of a plan's page that are for the screen only.
const SCREEN_ONLY = {
  'site header': '.site-header',
  'site navigation': 'nav[aria-label]',
  'language switcher': '.language-switcher',
  'footer': '.site-footer',
  '"Plan saved on" line': '.plan-saved-on',
  'stored JSON': '.stored-json',
  'version history': '.plan-versions',
  '"Open in the wizard" links': '.plan-links',
};

let app;
let tempDir;
let browser;
let planPath;

function checkPrerequisites() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`);
  }
  if (!existsSync(BUNDLE_PATH)) {
    throw new Error(`${BUNDLE_PATH} is missing. Run "npm run build" first.`);
  }
}

async function savePlan() {
  const plan = {
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'SELF_INITIATED'],
    fiscalYear: '2024-2025',
    status: 'SUBMITTED_FOR_REVIEW',
    submittedAt: '2024-09-20T17:03:11.512Z',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
  };
  const response = await fetch(`${app.url}/api/plans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ definitionId: 'workforce-pathways-la-2024-25', plan }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

// Opens the page printed, and returns which screen-only parts are still visible.
async function printedScreenOnlyParts(page) {
  await page.emulateMedia({ media: 'print' });
  const visible = [];

  for (const [name, selector] of Object.entries(SCREEN_ONLY)) {
    const locator = page.locator(selector);
    for (let index = 0; index < await locator.count(); index += 1) {
      if (await locator.nth(index).isVisible()) visible.push(name);
    }
  }
  return visible;
}

async function printedColours(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: getComputedStyle(document.body).backgroundColor };
  });
}

before(async () => {
  checkPrerequisites();
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-e2e-print-'));
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir: join(tempDir, 'uploads'),
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error() {} },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  const id = await savePlan();
  planPath = `/plans/${encodeURIComponent(id)}`;
});

after(async () => {
  await browser?.close();
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('printing a saved plan', () => {
  test('summary printed alone, black on white', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}${planPath}`);
    await page.locator('pgp-plan-summary:not([hidden])').waitFor();
    assert.equal(await page.locator('.plan-versions').count(), 1);

    const visible = await printedScreenOnlyParts(page);

    assert.deepEqual(visible, []);
    assert.equal(await page.getByRole('heading', { level: 1, name: /Ana Reyes/ }).isVisible(), true);
    assert.equal(await page.locator('pgp-plan-summary').isVisible(), true);
    assert.equal(await page.locator('#plan-fallback').isVisible(), false);
    assert.deepEqual(await printedColours(page, 'h1'), { color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await page.close();
  });

  test('server-rendered view printed without scripts', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}${planPath}`);

    const visible = await printedScreenOnlyParts(page);

    assert.deepEqual(visible, []);
    assert.equal(await page.getByRole('heading', { level: 1, name: /Ana Reyes/ }).isVisible(), true);
    assert.equal(await page.locator('#plan-fallback').isVisible(), true);
    assert.match(await page.locator('#plan-fallback').innerText(), /100123456/);
    await context.close();
  });

  test('screen shows the hidden parts', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}${planPath}`);

    for (const [name, selector] of Object.entries(SCREEN_ONLY)) {
      assert.equal(await page.locator(selector).first().isVisible(), true, `${name} is not shown on screen`);
    }
    await page.close();
  });
});

describe('wizard page', () => {
  test('skip link focuses the wizard', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/?definition=ctc-permit-renewal`);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focusedLink = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'plan-wizard');
    await page.keyboard.press('Tab');

    assert.equal(focusedLink, 'Skip to the plan');
    // The next Tab lands inside the wizard, not in the chooser above it.
    assert.equal(await page.evaluate(() => document.activeElement?.closest('#plan-wizard') !== null), true);
    await page.close();
  });
});
