import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pgp-plan-summary/define.js';
import '../../src/elements/pgp-type-picker/define.js';
import type { PgpPlanSummary } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.js';
import type { PgpTypePicker } from '../../src/elements/pgp-type-picker/pgp-type-picker.js';
import { ensureLocalization } from '../../src/i18n/index.js';
import { DefinitionError, readDefinition } from '../../src/plan/definition.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { errorMessage, type PlanError } from '../../src/validation/index.js';
import { recordWarnings, untilLocale } from './i18n-helpers.js';

const STIPEND_URL = '/schemas/definitions/workforce-pathways-la-2024-25.json';
const ENGLISH_TITLE = 'County Stipend Plan';
const SPANISH_TITLE = 'Plan del estipendio del condado';

// A host's copy of the stipend definition under its own $id, with its own rule message.
async function countyDefinition(): Promise<PlanDefinition> {
  const definition = (await (await fetch(STIPEND_URL)).json()) as Record<string, unknown>;
  definition.$id = 'https://county.example/definitions/stipend-intake';
  definition.title = ENGLISH_TITLE;
  const rule = (definition.allOf as Array<Record<string, unknown>>).find((branch) => branch['x-pgp-message'] === 'stipend.planTypeRequired')!;
  rule['x-pgp-message'] = 'county.stipendType';
  definition['x-pgp-messages'] = { 'county.stipendType': 'The county stipend needs the type {planType}.' };
  definition['x-pgp-i18n'] = {
    es: { title: SPANISH_TITLE, messages: { 'county.stipendType': 'El estipendio del condado pide el tipo {planType}.' } },
    'zh-Hant': { title: '縣津貼計劃' },
  };
  return definition as PlanDefinition;
}

function countyError(): PlanError {
  return {
    instancePath: '/planTypes',
    keyword: 'contains',
    params: { planType: 'NOT_A_BUILT_IN_TYPE' },
    messageKey: 'county.stipendType',
    schemaPath: '#/allOf/1/properties/planTypes/contains',
  };
}

async function switchTo(locale: string): Promise<void> {
  await ensureLocalization().setLocale(locale);
  await untilLocale(locale);
}

describe('x-pgp-i18n in a host definition', () => {
  afterEach(async () => {
    await switchTo('en');
  });

  it('gives the title for the active locale', async () => {
    const model = readDefinition(await countyDefinition());
    expect(model.title).to.equal(ENGLISH_TITLE);

    await switchTo('es');
    expect(model.title).to.equal(SPANISH_TITLE);

    await switchTo('zh-Hant');
    expect(model.title).to.equal('縣津貼計劃');
  });

  it('gives rule messages with their params', async () => {
    const model = readDefinition(await countyDefinition());
    expect(errorMessage(countyError(), model)).to.equal('The county stipend needs the type NOT_A_BUILT_IN_TYPE.');

    await switchTo('es');
    expect(errorMessage(countyError(), model)).to.equal('El estipendio del condado pide el tipo NOT_A_BUILT_IN_TYPE.');

    // zh-Hant has no text for this key, so the English x-pgp-messages text applies.
    await switchTo('zh-Hant');
    expect(errorMessage(countyError(), model)).to.equal('The county stipend needs the type NOT_A_BUILT_IN_TYPE.');
  });

  it('shows the title and message in the picker', async () => {
    const definition = await countyDefinition();

    await recordWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><form><pgp-type-picker name="types" .definition=${definition} .value=${['SELF_INITIATED']}></pgp-type-picker></form></div>`);
      await untilLocale('es');
      const picker = wrapper.querySelector<PgpTypePicker>('pgp-type-picker')!;
      picker.reportValidity();
      await picker.updateComplete;

      const requiredBy = picker.shadowRoot!.querySelector('.required-by')!.textContent!;
      expect(requiredBy).to.contain(SPANISH_TITLE);
      const errors = [...picker.shadowRoot!.querySelectorAll('[part="error"]')].map((node) => node.textContent!.trim());
      expect(errors.some((text) => text.startsWith('El estipendio del condado pide el tipo'))).to.equal(true, errors.join(' | '));
    });
  });

  it('shows the title in the summary', async () => {
    const definition = await countyDefinition();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-plan-summary .definition=${definition} .plan=${{ planTypes: ['SELF_INITIATED'] }}></pgp-plan-summary></div>`);
    await untilLocale('es');
    const summary = wrapper.querySelector<PgpPlanSummary>('pgp-plan-summary')!;
    await summary.updateComplete;

    expect(summary.shadowRoot!.textContent).to.contain(SPANISH_TITLE);
    expect(summary.shadowRoot!.textContent).not.to.contain(ENGLISH_TITLE);
  });

  describe('when the annotation is wrong', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['an unknown locale', { fr: { title: 'Plan' } }, /"fr" is not a locale/],
      ['a regional code', { 'es-MX': { title: 'Plan' } }, /use "es"/],
      ['an unknown member', { es: { label: 'Plan' } }, /unknown member "label"/],
      ['a title that is not text', { es: { title: 3 } }, /"es.title" must be text/],
      ['a message that is not text', { es: { messages: { key: 1 } } }, /"es.messages" must map/],
      ['a list', [], /not an object keyed by locale/],
    ];

    for (const [name, value, expected] of cases) {
      it(`rejects ${name}`, async () => {
        const definition = (await countyDefinition()) as Record<string, unknown>;
        definition['x-pgp-i18n'] = value;

        expect(() => readDefinition(definition)).to.throw(DefinitionError, expected);
      });
    }

    it('rejects it below the root', async () => {
      const definition = (await countyDefinition()) as Record<string, unknown>;
      definition.properties = { extra: { 'x-pgp-i18n': { es: { title: 'Plan' } } } };

      expect(() => readDefinition(definition)).to.throw(DefinitionError, /Move it to the definition's root/);
    });
  });
});
