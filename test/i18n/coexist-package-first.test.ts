// The elements configure @lit/localize first; the page configures its own strings afterwards.
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../../src/elements/pgp-plan-summary/define.js';
import type { PgpPlanSummary } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.js';
import { activeLocale, configureSharedLocalization, localizationOwner } from '../../src/i18n/index.js';
import { untilLocale } from './i18n-helpers.js';

const pageTemplates: Record<string, Record<string, string>> = {
  es: { 'page.greeting': 'Hola desde la página', 'summary.print': 'Imprimir (página)' },
};

function greeting(): string {
  return msg('Hello from the page', { id: 'page.greeting' });
}

function printLabel(summary: PgpPlanSummary): string {
  return summary.shadowRoot!.querySelector('button.print')!.textContent!.trim();
}

describe('a page that configures @lit/localize after the elements', () => {
  let wrapper: HTMLDivElement;
  let summary: PgpPlanSummary;

  // Attached by hand rather than with fixture(), which removes its elements after each test.
  before(async () => {
    wrapper = document.createElement('div');
    wrapper.lang = 'es';
    summary = document.createElement('pgp-plan-summary') as PgpPlanSummary;
    summary.plan = { planTypes: [] };
    wrapper.append(summary);
    document.body.append(wrapper);
    await untilLocale('es');
  });

  after(() => {
    wrapper.remove();
  });

  it('gets the library error from a plain second call', () => {
    expect(localizationOwner()).to.equal('package');

    expect(() =>
      configureLocalization({ sourceLocale: 'en', targetLocales: ['es'], loadLocale: async (locale) => ({ templates: pageTemplates[locale] ?? {} }) }),
    ).to.throw(/only be configured once/);
  });

  it('keeps following lang after that call', async () => {
    wrapper.setAttribute('lang', 'zh-TW');
    await untilLocale('zh-Hant');
    wrapper.setAttribute('lang', 'es');
    await untilLocale('es');

    expect(activeLocale()).to.equal('es');
  });

  it('shares the configuration through configureSharedLocalization', async () => {
    const shared = configureSharedLocalization({ sourceLocale: 'en', targetLocales: ['es'], loadLocale: async (locale) => ({ templates: pageTemplates[locale] ?? {} }) });
    await untilLocale('es');
    await summary.updateComplete;

    expect(shared.getLocale()).to.equal('es');
    expect(greeting()).to.equal('Hola desde la página');
    expect(printLabel(summary)).to.equal('Imprimir (página)');

    await shared.setLocale('en');
    await untilLocale('en');
    await summary.updateComplete;

    expect(greeting()).to.equal('Hello from the page');
    expect(printLabel(summary)).to.equal('Print');
  });

  it('rejects a page locale the elements were not configured with', () => {
    expect(() => configureSharedLocalization({ sourceLocale: 'en', targetLocales: ['vi'], loadLocale: async () => ({ templates: {} }) })).to.throw(/locales vi cannot be added/);
  });

  it('rejects a source locale other than en', () => {
    expect(() => configureSharedLocalization({ sourceLocale: 'es', targetLocales: [], loadLocale: async () => ({ templates: {} }) })).to.throw(/use "en" as the source locale/);
  });
});
