import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';

// Story tests: every story in stories/ renders in Debian's Chromium, runs its `play` function and
// is checked with axe (the a11y addon's `test: 'error'` in .storybook/preview.ts). Playwright
// drives the browser the system package installed; it never downloads one.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Turns `forced-colors: active` emulation on or off for the page the stories render in. */
const emulateForcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  if (context.provider.name !== 'playwright') {
    throw new Error(`emulateForcedColors needs the playwright provider, not ${context.provider.name}.`);
  }
  await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { emulateForcedColors },
          },
        },
      },
    ],
  },
});
