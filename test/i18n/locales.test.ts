import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { largePlan } from '../elements/goal-list-helpers.js';
import { completePlan } from '../elements/wizard-helpers.js';
import { untilLocale } from './i18n-helpers.js';

// NOTE: these checks fail for a locale whose generated module in src/i18n/locales/ still holds the
// English text. Set this to false only to run the layout and axe checks without translations.
const EXPECT_TRANSLATIONS = true;

const GENERAL_URL = '/schemas/definitions/registry-general.json';
const LOCALES = ['en', 'es', 'zh-Hant'] as const;
const NARROW_WIDTH = 320;

type Render = (definition: PlanDefinition) => TemplateResult;

const elements: Record<string, Render> = {
  'pgp-type-picker': (definition) => html`<pgp-type-picker name="types" .definition=${definition} .value=${['SELF_INITIATED']}></pgp-type-picker>`,
  'pgp-goal-list': (definition) => html`<pgp-goal-list name="goals" .definition=${definition} .planTypes=${['SELF_INITIATED']} .value=${largePlan(1, 2)}></pgp-goal-list>`,
  'pgp-plan-summary': (definition) => html`<pgp-plan-summary .definition=${definition} .plan=${{ ...completePlan(), goals: largePlan(1, 2) }}></pgp-plan-summary>`,
  'pgp-wizard': (definition) => html`<pgp-wizard .definition=${definition}></pgp-wizard>`,
};

async function settleElement(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function render(tag: string, locale: string, definition: PlanDefinition): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} style="width: ${NARROW_WIDTH}px">${elements[tag](definition)}</div>`);
  await untilLocale(locale);
  const element = wrapper.querySelector<HTMLElement>(tag)!;
  await settleElement(element);
  return element;
}

function shownText(element: HTMLElement): string {
  return (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// Lists every rendered part of the shadow tree whose box reaches past the host's right edge.
function overflowing(element: HTMLElement): string[] {
  const limit = element.getBoundingClientRect().right + 1;
  const tooWide: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const box = node.getBoundingClientRect();
    if (box.width > 1 && box.right > limit) tooWide.push(`<${node.localName} class="${node.className}"> ends at ${Math.round(box.right)}px`);
  }
  if (element.scrollWidth > element.clientWidth + 1) tooWide.push(`the host scrolls: ${element.scrollWidth}px in ${element.clientWidth}px`);
  return tooWide;
}

describe('every element in every locale', () => {
  let definition: PlanDefinition;
  const englishText = new Map<string, string>();

  before(async () => {
    definition = (await (await fetch(GENERAL_URL)).json()) as PlanDefinition;
  });

  for (const locale of LOCALES) {
    for (const tag of Object.keys(elements)) {
      describe(`${tag} in ${locale}`, () => {
        it('is accessible', async () => {
          const element = await render(tag, locale, definition);

          await expect(element).to.be.accessible();
        });

        it(`fits in ${NARROW_WIDTH} px`, async () => {
          const element = await render(tag, locale, definition);

          expect(overflowing(element)).to.deep.equal([]);
        });

        it(locale === 'en' ? 'renders English text' : 'renders translated text', async () => {
          const element = await render(tag, locale, definition);
          const text = shownText(element);
          expect(text).not.to.equal('');

          if (locale === 'en') {
            englishText.set(tag, text);
          } else if (EXPECT_TRANSLATIONS) {
            expect(text, `${tag} still shows the English text in ${locale}`).not.to.equal(englishText.get(tag));
          }
        });
      });
    }
  }
});
