// Measures the first render of a plan with 100 goals of 5 activities each (every goal expanded),
// up to the first frame that shows it, and the time per keystroke typed into the last goal, in
// headless Chromium: with <pgp-goal-list>, and with a control page of plain inputs holding the
// same plan. Pages alternate within one run, so machine noise hits all of them; the difference is
// what the library costs. The goal list lets the browser skip goals far from the viewport
// (`content-visibility: auto`), so the control page is also measured with that property, and the
// second difference shows what the library costs apart from it. A report, not a test.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const RENDER_RUNS = Number(process.env.PGP_BENCH_RENDER_RUNS ?? 7);
const KEYSTROKES = Number(process.env.PGP_BENCH_KEYSTROKES ?? 60);
const budgets = { firstRenderOverControlMs: 100, keystrokeOverControlMs: 2 };

const root = resolve('.');
const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

function startStaticServer() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const allowed = ['/bench/', '/dist/', '/schemas/'].some((prefix) => path.startsWith(prefix));
    if (!allowed) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const pages = {
  'goal-list': 'goal-list.html',
  'plain-inputs': 'plain-inputs.html',
  'plain-inputs-skipping': 'plain-inputs.html?content-visibility',
};

async function openPage(browser, baseUrl, name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
  await page.goto(`${baseUrl}/bench/pages/${pages[name]}`);
  await page.waitForFunction(() => typeof window.renderBenchmark === 'function');
  return page;
}

async function measureFirstRender(browser, baseUrl, name) {
  const page = await openPage(browser, baseUrl, name);
  const duration = await page.evaluate(() => window.renderBenchmark());
  await page.close();
  return duration;
}

async function measureKeystrokes(browser, baseUrl, name) {
  const page = await openPage(browser, baseUrl, name);
  await page.evaluate(() => window.renderBenchmark());
  if (name === 'goal-list') await page.evaluate(() => window.settledGoalList());

  const field = await page.evaluateHandle(() => window.lastStatementField());
  if (!(await field.evaluate((element) => element !== null))) throw new Error(`${name}: the last goal's statement field was not found`);
  await field.evaluate((element) => {
    element.scrollIntoView();
    element.focus();
  });
  await page.evaluate(() => {
    window.keystrokeDurations.length = 0;
  });

  // Each key waits for the previous one's measurement. Keys sent back to back queue up, and the
  // probe's timer then runs only after the following keys' input events, so it would time them too.
  for (let index = 0; index < KEYSTROKES; index += 1) {
    await page.keyboard.press(index % 10 === 9 ? 'Space' : 'a');
    await page.waitForFunction((count) => window.keystrokeDurations.length >= count, index + 1, { polling: 'raf' });
  }
  const durations = await page.evaluate(() => window.keystrokeDurations);
  await page.close();
  return durations;
}

const server = await startStaticServer();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function reportLine(label, measured, control, digits, budget) {
  const cost = median(measured) - median(control);
  const verdict = budget === undefined ? '' : `   budget ${budget}   ${cost <= budget ? 'within budget' : 'OVER BUDGET'}`;
  return `${label.padEnd(16)}control ${median(control).toFixed(digits).padStart(7)}   goal list ${median(measured).toFixed(digits).padStart(7)}   cost ${cost.toFixed(digits).padStart(7)}${verdict}`;
}

try {
  const renders = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 0; run < RENDER_RUNS; run += 1) {
    for (const name of Object.keys(renders)) renders[name].push(await measureFirstRender(browser, baseUrl, name));
  }

  const keystrokes = {};
  for (const name of ['plain-inputs', 'plain-inputs-skipping', 'goal-list']) keystrokes[name] = await measureKeystrokes(browser, baseUrl, name);

  console.log('100 goals x 5 activities, every goal expanded, headless Chromium (medians, ms)\n');
  console.log('Against plain inputs (the budgets):');
  console.log(reportLine('first render', renders['goal-list'], renders['plain-inputs'], 1, budgets.firstRenderOverControlMs));
  console.log(reportLine('per keystroke', keystrokes['goal-list'], keystrokes['plain-inputs'], 2, budgets.keystrokeOverControlMs));
  console.log('\nAgainst plain inputs that also skip off-screen goals (content-visibility: auto):');
  console.log(reportLine('first render', renders['goal-list'], renders['plain-inputs-skipping'], 1));
  console.log(reportLine('per keystroke', keystrokes['goal-list'], keystrokes['plain-inputs-skipping'], 2));
  console.log(`\n${RENDER_RUNS} first renders per page, ${KEYSTROKES} keystrokes per page.`);
} finally {
  await browser.close();
  server.close();
}
