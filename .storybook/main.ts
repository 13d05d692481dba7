import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Storybook's Vite builder (10.6) reads the root vite.config.ts but keeps only `build.target` from
// its `build` section, so the library settings there (`build.lib`, the externals in
// `rolldownOptions`) never reach Storybook.
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],

  // The shipped definitions are served under definitions/, so stories can load them through
  // `definition-src` the way a host page does.
  staticDirs: [{ from: '../schemas/definitions', to: '/definitions' }],

  core: {
    disableTelemetry: true,
  },

  // The web-components renderer (10.6.0) imports lit/directive-helpers.js, which the dev server's
  // dependency scan does not find. Served apart from the pre-bundled lit, it brought a second copy
  // of lit-html into the page ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
