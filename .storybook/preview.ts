import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

import customElementsManifest from '../custom-elements.json';

// Each element's docs page builds its attribute, property, event, slot, CSS part and custom
// property tables from the manifest that `npm run manifest` generates from the JSDoc.
setCustomElementsManifest(customElementsManifest);

// The elements take their locale from the nearest `lang`, so each story renders inside an element
// that carries the toolbar's language.
const withLanguage: Decorator = (story, context) => html`<div lang=${String(context.globals.lang ?? 'en')}>${story()}</div>`;

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the story: the lang attribute of the element around it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'zh-Hant', title: '繁體中文 (Traditional Chinese)' },
        ],
      },
    },
  },

  initialGlobals: {
    lang: 'en',
  },

  decorators: [withLanguage],

  parameters: {
    controls: {
      expanded: true,
    },

    // Story tests fail on any axe violation, not only show it in the Accessibility panel.
    a11y: {
      test: 'error',
    },
  },
};

export default preview;
