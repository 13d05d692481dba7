// The page configures @lit/localize for its own strings before any element needs a locale.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../../src/elements/pgp-plan-summary/define.js';
import type { PgpPlanSummary } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.js';
import { loadPackageTemplates, localizationOwner } from '../../src/i18n/index.js';
import { recordWarnings, untilLocale } from './i18n-helpers.js';

const pageTemplates: Record<string, Record<string, string>> = {
  es: { 'page.greeting': 'Hola desde la página', 'summary.print': 'Imprimir (página)' },
  'zh-Hant': { 'page.greeting': '頁面問候' },
};

const page = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es', 'zh-Hant'],
  loadLocale: async (locale) => ({ templates: { ...(await loadPackageTemplates(locale)), ...pageTemplates[locale] } }),
});

function greeting(): string {
  return msg('Hello from the page', { id: 'page.greeting' });
}

function printLabel(summary: PgpPlanSummary): string {
  return summary.shadowRoot!.querySelector('button.print')!.textContent!.trim();
}

describe('a page that configured @lit/localize first', () => {
  it('keeps its configuration and drives the elements', async () => {
    let summary!: PgpPlanSummary;
    const warnings = await recordWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hant"><pgp-plan-summary .plan=${{ planTypes: [] }}></pgp-plan-summary></div>`);
      summary = wrapper.querySelector<PgpPlanSummary>('pgp-plan-summary')!;
      await summary.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    });

    expect(localizationOwner()).to.equal('page');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('the page configured @lit/localize itself');
    expect(page.getLocale()).to.equal('en');

    await page.setLocale('es');
    await untilLocale('es');
    await summary.updateComplete;

    expect(greeting()).to.equal('Hola desde la página');
    expect(printLabel(summary)).to.equal('Imprimir (página)');
  });

  it('ignores lang once the page owns the locale', async () => {
    await page.setLocale('es');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><pgp-plan-summary .plan=${{ planTypes: [] }}></pgp-plan-summary></div>`);
    await new Promise((resolve) => setTimeout(resolve));
    wrapper.setAttribute('lang', 'zh-Hant');
    await new Promise((resolve) => setTimeout(resolve));

    expect(page.getLocale()).to.equal('es');
  });

  it('still rejects a second configureLocalization call', () => {
    expect(() => configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: async () => ({ templates: {} }) })).to.throw(/only be configured once/);
    expect(greeting()).to.equal('Hola desde la página');
  });
});
