import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pgp-wizard/define.js';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import { activeLocale } from '../../src/i18n/index.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { action, deepActiveElement, field, loadJson, root, settle, STIPEND_URL, summaryLinks } from '../elements/wizard-helpers.js';
import { untilLocale } from './i18n-helpers.js';

// The shipped stipend definition with its own translation of the Registry ID rule, so the test
// sees the message change language whether or not the package's translations are merged yet.
async function translatedStipend(): Promise<PlanDefinition> {
  const definition = await loadJson(STIPEND_URL);
  definition['x-pgp-i18n'] = {
    es: { messages: { 'participant.registryIdRequired': 'Escriba su número de Registry.' } },
    'zh-Hant': { messages: { 'participant.registryIdRequired': '請輸入你的 Registry 編號。' } },
  };
  return definition;
}

function registryIdErrors(el: PgpWizard): string[] {
  const inSummary = summaryLinks(el).filter((link) => link.dataset.pointer === '/participant/registryId').map((link) => link.textContent!.trim());
  const describedBy = field(el, '/participant/registryId').getAttribute('aria-describedby') ?? '';
  const atField = describedBy
    .split(/\s+/)
    .map((id) => root(el).getElementById(id)?.textContent?.trim() ?? '')
    .filter((text) => text !== '' && !text.includes('100123456'));
  return [...inSummary, ...atField];
}

describe('switching lang in the middle of a plan', () => {
  it('keeps input, focus and errors through en, es and zh-Hant', async () => {
    const definition = await translatedStipend();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><pgp-wizard skip-intro .definition=${definition} .plan=${{ planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] }}></pgp-wizard></div>`);
    const el = wrapper.querySelector<PgpWizard>('pgp-wizard')!;
    await settle(el);
    action(el, 'next').click();
    await settle(el);
    action(el, 'next').click();
    await settle(el);
    const fiscalYear = field(el, '/fiscalYear');
    fiscalYear.focus();
    await sendKeys({ type: '2024-2025' });
    await settle(el);

    expect(registryIdErrors(el).length, 'Registry ID errors shown in English').to.be.greaterThan(0);
    const errorCount = summaryLinks(el).length;

    wrapper.setAttribute('lang', 'es');
    await untilLocale('es');
    await settle(el);

    expect(field(el, '/fiscalYear').value).to.equal('2024-2025');
    expect(el.plan.fiscalYear).to.equal('2024-2025');
    expect(deepActiveElement()).to.equal(field(el, '/fiscalYear'));
    expect(summaryLinks(el)).to.have.length(errorCount);
    expect(registryIdErrors(el)).to.include('Escriba su número de Registry.');
    expect(field(el, '/participant/registryId').getAttribute('aria-invalid')).to.equal('true');

    wrapper.setAttribute('lang', 'zh-Hant');
    await untilLocale('zh-Hant');
    await settle(el);

    expect(field(el, '/fiscalYear').value).to.equal('2024-2025');
    expect(deepActiveElement()).to.equal(field(el, '/fiscalYear'));
    expect(summaryLinks(el)).to.have.length(errorCount);
    expect(registryIdErrors(el)).to.include('請輸入你的 Registry 編號。');
    expect(registryIdErrors(el)).not.to.include('Escriba su número de Registry.');

    wrapper.setAttribute('lang', 'en');
    await untilLocale('en');
    await settle(el);

    expect(registryIdErrors(el).some((text) => text.includes('Registry ID'))).to.equal(true);
    expect(deepActiveElement()).to.equal(field(el, '/fiscalYear'));
  });

  it('follows the document lang when no ancestor sets one', async () => {
    const definition = await translatedStipend();
    const el = await fixture<PgpWizard>(html`<pgp-wizard skip-intro .definition=${definition}></pgp-wizard>`);
    await settle(el);

    try {
      document.documentElement.lang = 'es-MX';
      await untilLocale('es');
      expect(activeLocale()).to.equal('es');
    } finally {
      document.documentElement.removeAttribute('lang');
      await untilLocale('en');
    }
  });

  it('lets the element changed last set the page locale', async () => {
    const definition = await translatedStipend();
    const first = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-wizard skip-intro .definition=${definition}></pgp-wizard></div>`);
    const second = await fixture<HTMLDivElement>(html`<div lang="zh-Hant"><pgp-wizard skip-intro .definition=${definition}></pgp-wizard></div>`);
    await untilLocale('zh-Hant');

    first.setAttribute('lang', 'es-US');
    await untilLocale('es');

    second.setAttribute('lang', 'zh-HK');
    await untilLocale('zh-Hant');
    expect(first.getAttribute('lang')).to.equal('es-US');
  });
});
