// End-to-end test of the Workforce Pathways LA intake in Debian Chromium, driven by playwright-core.
// The picker blocks a plan without the stipend type, and the server's 422 page shows its error inside
// the picker. A corrected intake is then saved and listed.
// Needs "npm run build" and Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides the path).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
const WPLA_FILE = 'workforce-pathways-la-2024-25.json';
const STIPEND = 'STIPEND_PROGRAM_REQUIREMENT';
const OTHER_TYPE = 'SELF_INITIATED';
// The Registry's form and the Workforce Pathways LA instructions call the type by this name.
const STIPEND_LABEL = 'Stipend Program Requirement';

let app;
let tempDir;
let browser;
let page;
let titles;
const pageProblems = [];

function picker() {
  return page.locator('pgp-type-picker');
}

function planTypeBox(id) {
  return picker().getByRole('checkbox', { name: titles.get(id) });
}

async function pickerErrorText() {
  const errors = picker().locator('[part~="error"]');
  await errors.first().waitFor();
  return (await errors.allInnerTexts()).join('\n');
}

// Describes the focused element, following focus into shadow roots: "id" or "host-id > inner-id".
function describeFocus() {
  return page.evaluate(() => {
    const path = [];
    let active = document.activeElement;
    while (active !== null) {
      path.push(active.id || active.tagName.toLowerCase());
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });
}

function parseRgb(cssColor) {
  const channels = /rgba?\((\d+), (\d+), (\d+)/.exec(cssColor);
  assert.ok(channels, `"${cssColor}" is not an rgb() colour`);
  return channels.slice(1, 4).map(Number);
}

// WCAG 2.2 relative luminance and contrast ratio.
function contrastRatio(first, second) {
  const luminance = (rgb) => {
    const [red, green, blue] = rgb.map((channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((left, right) => right - left);
  return (lighter + 0.05) / (darker + 0.05);
}

// Returns the colours of the focus ring drawn around the focused element: its outline and the
// colour of a box-shadow ring, when it has one.
async function focusRingColours(locator) {
  const style = await locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { outlineColor: computed.outlineColor, outlineStyle: computed.outlineStyle, boxShadow: computed.boxShadow };
  });
  assert.notEqual(style.outlineStyle, 'none', 'the focused element has no outline');
  const shadowColour = /^rgba?\([^)]*\)/.exec(style.boxShadow)?.[0];
  return [style.outlineColor, shadowColour].filter((colour) => colour !== undefined).map(parseRgb);
}

async function backgroundOf(selector) {
  return parseRgb(await page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor));
}

async function storedPlans() {
  return (await fetch(`${app.url}/api/plans`)).json();
}

async function readPlanTypeTitles() {
  const { readDefinition } = await import(pathToFileURL(join(DIST_DIR, 'validation.js')).href);
  const definition = await (await fetch(`${app.url}/schemas/definitions/${WPLA_FILE}`)).json();
  return new Map(readDefinition(definition).planTypes.map((option) => [option.id, option.title]));
}

function watchForPageProblems() {
  page.on('console', (message) => {
    const text = message.text();
    // Chromium logs every non-2xx document load as an error, and the intake's 422 response is expected.
    const expected422 = /status of 422/.test(text) && message.location().url.endsWith('/intake');
    if (message.type() === 'error' && !expected422) {
      pageProblems.push(`console error on ${page.url()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => pageProblems.push(`uncaught error on ${page.url()}: ${error.message}`));
}

async function watchForCspViolations(context) {
  await context.exposeBinding('reportCspViolation', (source, description) => {
    pageProblems.push(`CSP violation on ${source.page.url()}: ${description}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
}

before(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`);
  }
  if (!existsSync(join(DIST_DIR, 'browser', 'pgp-elements.js'))) {
    throw new Error(`${join(DIST_DIR, 'browser', 'pgp-elements.js')} is missing. Run "npm run build" first.`);
  }

  tempDir = await mkdtemp(join(tmpdir(), 'pgp-demo-e2e-'));
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error: (message, fields) => pageProblems.push(`server error: ${message} ${fields?.error?.message ?? ''}`) },
  });
  titles = await readPlanTypeTitles();

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await watchForCspViolations(context);
  page = await context.newPage();
  watchForPageProblems();
});

after(async () => {
  await browser?.close();
  await app?.close();
  if (tempDir !== undefined) {
    await rm(tempDir, { recursive: true, force: true });
  }
});

describe('intake in Chromium', { concurrency: false }, () => {
  test('picker renders the plan types', async () => {
    await page.goto(`${app.url}/intake.html`);
    await planTypeBox(STIPEND).waitFor();

    assert.equal(await picker().getByRole('checkbox').count(), titles.size);
    for (const id of titles.keys()) {
      assert.equal(await planTypeBox(id).isChecked(), false, `${id} starts checked`);
    }
  });

  test('picker blocks intake without stipend type', async () => {
    await page.getByLabel('First name').fill('Ana');
    await page.getByLabel('Last name').fill('Reyes');
    await page.getByLabel('Registry ID').fill('100123456');
    await planTypeBox(OTHER_TYPE).check();
    await page.getByRole('button', { name: 'Submit intake' }).click();

    assert.match(await pickerErrorText(), new RegExp(STIPEND_LABEL));
    assert.match(page.url(), /\/intake\.html$/);
    assert.deepEqual(await storedPlans(), []);
  });

  test('server 422 shows in the picker', async () => {
    await page.evaluate(() => {
      document.querySelector('form.intake-form').noValidate = true;
    });
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url() === `${app.url}/intake`),
      page.getByRole('button', { name: 'Submit intake' }).click(),
    ]);
    await page.waitForURL(`${app.url}/intake`);
    await planTypeBox(STIPEND).waitFor();

    assert.equal(response.status(), 422);
    assert.match(await page.getByRole('alert').filter({ hasText: 'Your intake was not saved' }).innerText(), new RegExp(STIPEND_LABEL));
    const serverMessage = await picker().getAttribute('custom-validity');
    const shownErrors = await pickerErrorText();
    assert.ok(serverMessage, 'the 422 page gave the picker no custom-validity message');
    assert.ok(shownErrors.includes(serverMessage), `the picker shows "${shownErrors}", not the server's "${serverMessage}"`);
    assert.match(serverMessage, new RegExp(STIPEND_LABEL));
    assert.equal(await planTypeBox(OTHER_TYPE).isChecked(), true);
    assert.equal(await planTypeBox(STIPEND).isChecked(), false);
    assert.equal(await page.getByLabel('Registry ID').inputValue(), '100123456');
    assert.equal(await page.getByLabel('First name').inputValue(), 'Ana');
    assert.deepEqual(await storedPlans(), []);
  });

  test('summary link focuses the plan types', async () => {
    const link = page.getByRole('alert').getByRole('link', { name: new RegExp(STIPEND_LABEL) });

    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(await describeFocus(), 'plan-types-field');

    await page.keyboard.press('Tab');
    assert.equal(await describeFocus(), 'plan-types > type-0');
  });

  test('Tab goes through every checkbox', async () => {
    await page.getByLabel('Registry ID').focus();
    const stops = [];
    for (let index = 0; index <= titles.size; index += 1) {
      await page.keyboard.press('Tab');
      stops.push(await describeFocus());
    }

    const checkboxStops = Array.from({ length: titles.size }, (unused, index) => `plan-types > type-${index}`);
    assert.deepEqual(stops.slice(0, titles.size), checkboxStops);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Submit intake');
  });

  test('intake with stipend type is saved', async () => {
    await planTypeBox(STIPEND).check();
    await page.getByRole('button', { name: 'Submit intake' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+$/);

    // The page's own status line; <pgp-plan-summary> has a status region of its own.
    const status = await page.locator('main p.status-message[role="status"]').innerText();
    assert.match(status, /Plan saved/);
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Ana Reyes/);

    const plans = await storedPlans();
    assert.equal(plans.length, 1);
    assert.deepEqual([...plans[0].plan.planTypes].sort(), [OTHER_TYPE, STIPEND].sort());
    assert.equal(plans[0].plan.participant.registryId, '100123456');
    assert.ok(page.url().endsWith(`/plans/${plans[0].id}`));
  });

  test('saved plan is listed', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved plans' }).click();
    await page.waitForURL(`${app.url}/plans`);

    const link = page.getByRole('link', { name: 'Ana Reyes', exact: true });
    const [saved] = await storedPlans();
    assert.equal(await link.getAttribute('href'), `/plans/${saved.id}`);
    assert.match(await page.locator('.plan-card').innerText(), new RegExp(titles.get(STIPEND)));
  });

  test('focus rings reach 3:1 contrast', async () => {
    await page.goto(`${app.url}/intake.html`);
    await planTypeBox(STIPEND).waitFor();
    const pageBackground = await backgroundOf('html');
    const headerBackground = await backgroundOf('.site-header');

    // Keyboard focus, because :focus-visible does not match after a mouse click.
    const headerLink = page.locator('.site-header a').first();
    await headerLink.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const headerRing = await focusRingColours(headerLink);
    assert.ok(headerRing.some((colour) => contrastRatio(colour, headerBackground) >= 3), `header ring ${JSON.stringify(headerRing)}`);

    await page.getByLabel('Last name').focus();
    await page.keyboard.press('Tab');
    const inputRing = await focusRingColours(page.getByLabel('Registry ID'));
    assert.ok(inputRing.some((colour) => contrastRatio(colour, pageBackground) >= 3), `input ring ${JSON.stringify(inputRing)}`);
  });

  test('picker ring matches the page', async () => {
    await page.getByLabel('Last name').focus();
    await page.keyboard.press('Tab');
    const pageRing = await focusRingColours(page.getByLabel('Registry ID'));

    await page.keyboard.press('Tab');
    const [pickerRing] = await focusRingColours(planTypeBox(titles.keys().next().value));
    assert.deepEqual(pickerRing, pageRing[0]);
    assert.ok(contrastRatio(pickerRing, await backgroundOf('html')) >= 3);
  });

  test('pages fit a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });

    for (const path of ['/intake.html', '/', '/plans']) {
      await page.goto(`${app.url}${path}`);
      if (path === '/intake.html') {
        await planTypeBox(STIPEND).waitFor();
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 320, `${path} is ${scrollWidth} px wide at a 320 px viewport`);
    }
  });

  test('no console errors or CSP violations', () => {
    assert.deepEqual(pageProblems, []);
  });
});
