// Measures the time from pressing Submit in <pgp-wizard> to the saved state, against the reference
// host on localhost: the wizard validates the plan, dispatches pgp-submit, the demo page PUTs the
// plan, the server re-validates and stores it with its version, and the wizard shows the done step.
// A report, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { createServer } from '../demo/server.js';

const RUNS = Number(process.env.PGP_BENCH_SUBMIT_RUNS ?? 15);

const plan = {
  planTypes: ['SELF_INITIATED'],
  fiscalYear: '2024-2025',
  status: 'DRAFT',
  participant: { name: { first: 'Ana', last: 'Reyes' }, registryId: '100123456' },
  goals: [{ id: 'goal-1', statement: 'Learn more about observing children at play', status: 'IN_PROGRESS', activities: [] }],
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const scratch = mkdtempSync(join(tmpdir(), 'pgp-bench-submit-'));
const quietLogger = { info() {}, warn() {}, error: (...args) => console.error(...args) };
const app = await createServer({ dbPath: join(scratch, 'plans.sqlite'), uploadDir: join(scratch, 'uploads'), port: 0, logger: quietLogger });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  const created = await fetch(`${app.url}/api/plans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ definitionId: 'registry-general', plan }),
  });
  if (created.status !== 201) throw new Error(`the reference host did not store the benchmark plan: HTTP ${created.status} ${await created.text()}`);
  const { id } = await created.json();

  const durations = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${app.url}/?plan=${encodeURIComponent(id)}`);
    await page.waitForFunction(() => document.querySelector('pgp-wizard')?.plan?.participant?.registryId === '100123456');

    const duration = await page.evaluate(async () => {
      const wizard = document.querySelector('pgp-wizard');
      const reachedDone = new Promise((resolve) => {
        wizard.addEventListener('pgp-step-change', (event) => {
          if (event.to === 'done') resolve();
        });
      });
      const start = performance.now();
      await wizard.submit();
      await reachedDone;
      await wizard.updateComplete;
      document.documentElement.getBoundingClientRect();
      return performance.now() - start;
    });
    durations.push(duration);
    await page.close();
  }

  console.log('Submit to saved state, <pgp-wizard> on the reference host over localhost, headless Chromium\n');
  console.log(`median ${median(durations).toFixed(1)} ms, fastest ${Math.min(...durations).toFixed(1)} ms, slowest ${Math.max(...durations).toFixed(1)} ms, ${RUNS} runs`);
} finally {
  await browser.close();
  await app.close();
  rmSync(scratch, { recursive: true, force: true });
}
