import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

import { countingReporter } from './scripts/counting-reporter.mjs';

// The test pages run their own inline bootstrap script, so 'unsafe-inline' stays; 'unsafe-eval' is
// left out on purpose, so any `eval` or `new Function` in the code under test fails the run.
const testPagePolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws:",
].join('; ');

const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browserNames = (process.env.PGP_TEST_BROWSERS ?? 'chromium,firefox').split(',');

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags },
    }),
  firefox: () =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240_000,
  browsers: browserNames.map((name) => {
    const launcher = launchers[name.trim()]();
    // NOTE: the launcher drives Firefox through puppeteer-core but names itself "Chrome" in reports
    // unless told otherwise.
    launcher.name = name.trim() === 'firefox' ? 'Firefox ESR' : 'Chromium';
    return launcher;
  }),
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [
    function contentSecurityPolicy(context, next) {
      context.set('Content-Security-Policy', testPagePolicy);
      return next();
    },
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
