// Runs the Node suites (validation in Node, the reference host, the end-to-end intake), the browser
// suites (Chromium and Firefox ESR through @web/test-runner) and the story tests (every Storybook
// story rendered, played and checked with axe in Chromium through Vitest), and ends with one line
// "N passed, N failed" that counts all three. Expects `npm run build` to have run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const countsDir = mkdtempSync(join(tmpdir(), 'pgp-test-counts-'));

function runSuite(label, command, args) {
  const countsFile = join(countsDir, `${label}.json`);
  console.log(`\n== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PGP_TEST_COUNTS: countsFile },
  });

  if (!existsSync(countsFile)) {
    // A runner that died before reporting still has to show up as a failure in the total.
    console.error(`${label}: the runner exited with ${result.status ?? result.signal} and reported no counts`);
    return { passed: 0, failed: 1, skipped: 0 };
  }

  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const nodeTestFiles = readdirSync('test/node')
  .filter((name) => name.endsWith('.test.js'))
  .sort()
  .map((name) => join('test/node', name));

const suites = [
  runSuite('node', process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-counting-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...nodeTestFiles,
  ]),
  runSuite('browser', process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    'web-test-runner.config.mjs',
  ]),
  runSuite('stories', process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project=storybook',
    '--reporter=default',
    '--reporter=./scripts/vitest-counting-reporter.mjs',
  ]),
];

const total = { passed: 0, failed: 0, skipped: 0 };
for (const counts of suites) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

if (total.skipped > 0) console.log(`${total.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
