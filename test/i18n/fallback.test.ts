import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pgp-type-picker/define.js';
import type { PgpTypePicker } from '../../src/elements/pgp-type-picker/pgp-type-picker.js';
import { matchLocale, resolveLocale } from '../../src/i18n/index.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { recordWarnings, untilLocale } from './i18n-helpers.js';

const GENERAL_URL = '/schemas/definitions/registry-general.json';

describe('locale matching', () => {
  const cases: Array<[string, string | null]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['es_US', 'es'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['yue-HK', 'zh-Hant'],
    ['zh', null],
    ['zh-CN', null],
    ['zh-Hans', null],
    ['zh-Hans-HK', null],
    ['fr', null],
    ['xx-YY', null],
    ['not a tag', null],
  ];

  for (const [tag, expected] of cases) {
    it(`maps ${tag} to ${expected ?? 'nothing'}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }

  it('treats an empty lang as English without a warning', async () => {
    const warnings = await recordWarnings(async () => {
      expect(resolveLocale('')).to.equal('en');
      expect(resolveLocale(null)).to.equal('en');
    });

    expect(warnings).to.deep.equal([]);
  });

  it('warns once for Simplified Chinese, naming it', async () => {
    const warnings = await recordWarnings(async () => {
      expect(resolveLocale('zh-CN')).to.equal('en');
      expect(resolveLocale('zh-CN')).to.equal('en');
    });

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="zh-CN"');
    expect(warnings[0]).to.contain('Simplified Chinese is not shipped');
  });
});

describe('unsupported lang on an element', () => {
  let general: PlanDefinition;

  before(async () => {
    general = (await (await fetch(GENERAL_URL)).json()) as PlanDefinition;
  });

  it('renders English with one warning per locale', async () => {
    const warnings = await recordWarnings(async () => {
      const first = await fixture<HTMLDivElement>(html`<div lang="fr"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      await fixture(html`<div lang="fr"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      await fixture(html`<div lang="xx-YY"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      await untilLocale('en');

      const picker = first.querySelector<PgpTypePicker>('pgp-type-picker')!;
      await picker.updateComplete;
      expect(picker.shadowRoot!.textContent).to.contain('Individual, self-initiated');
    });

    expect(warnings.filter((text) => text.includes('lang="fr"'))).to.have.length(1);
    expect(warnings.filter((text) => text.includes('lang="xx-YY"'))).to.have.length(1);
    expect(warnings).to.have.length(2);
  });

  it('falls back to English after a supported locale', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
    await untilLocale('es');

    const warnings = await recordWarnings(async () => {
      wrapper.setAttribute('lang', 'de-AT');
      await untilLocale('en');
    });

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="de-AT"');
  });
});
