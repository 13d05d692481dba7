import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import type { PgpChangeEvent, PgpInvalidEvent, PgpStepChangeEvent, PgpSubmitEvent } from '../../src/events/index.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { action, completePlan, deepActiveElement, field, GENERAL_URL, goalList, loadJson, picker, root, settle, STIPEND_URL, summaryLinks, wizard } from './wizard-helpers.js';

let general: PlanDefinition;
let stipend: PlanDefinition;

async function press(el: PgpWizard, name: string): Promise<void> {
  action(el, name).click();
  await settle(el);
}

// Next resolves only after the step's validator has loaded, which can take longer than a few
// frames on a busy machine, so wait for the step itself.
async function pressNextTo(el: PgpWizard, step: string): Promise<void> {
  action(el, 'next').click();
  await waitUntil(() => el.step === step, `Next did not reach the ${step} step (still on ${el.step})`, { timeout: 8000 });
  await settle(el);
}

describe('pgp-wizard', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
    stipend = await loadJson(STIPEND_URL);
  });

  afterEach(() => {
    localStorage.clear();
  });

  it('is accessible on the introduction', async () => {
    const el = await wizard(general);

    expect(el.step).to.equal('intro');
    await expect(el).to.be.accessible();
  });

  describe('steps', () => {
    it('starts at the plan type step with skip-intro', async () => {
      const el = await wizard(general, { skipIntro: true });

      expect(el.step).to.equal('types');
      expect(picker(el)).to.exist;
    });

    it('marks the current step in the indicator', async () => {
      const el = await wizard(general);
      await press(el, 'next');

      const current = root(el).querySelector('.steps [aria-current="step"]');
      expect(current?.textContent).to.contain('Plan type');
      const completed = root(el).querySelector('.steps li.completed');
      expect(completed?.textContent).to.contain('(completed)');
    });

    it('moves focus to the step heading on Next', async () => {
      const el = await wizard(general);
      await press(el, 'next');

      expect(deepActiveElement()?.id).to.equal('step-heading');
    });

    it('keeps answers after Back and Next', async () => {
      const el = await wizard(general, { skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      await press(el, 'next');
      field(el, '/fiscalYear').focus();
      await sendKeys({ type: '2024-2025' });
      await press(el, 'back');
      await press(el, 'next');

      expect(field(el, '/fiscalYear').value).to.equal('2024-2025');
      expect(el.plan.fiscalYear).to.equal('2024-2025');
      expect(el.plan.planTypes).to.deep.equal(['SELF_INITIATED']);
    });

    it('does not go to steps not yet reached', async () => {
      const el = await wizard(general);

      expect(el.goTo('review')).to.equal(false);
      expect(el.step).to.equal('intro');
    });
  });

  describe('when a step fails', () => {
    it('focuses the error summary and fires pgp-invalid', async () => {
      const el = await wizard(stipend, { skipIntro: true, plan: { planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] } });
      await pressNextTo(el, 'details');
      const invalid = oneEvent(el, 'pgp-invalid') as Promise<PgpInvalidEvent>;
      action(el, 'next').click();
      const event = await invalid;
      await settle(el);

      expect(event.step).to.equal('details');
      expect(el.step).to.equal('details');
      expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
      expect(root(el).querySelector('.error-summary h3')?.textContent).to.equal('There is a problem');
    });

    it('moves focus to the field from a summary link', async () => {
      const el = await wizard(stipend, { skipIntro: true, plan: { planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] } });
      await pressNextTo(el, 'details');
      await press(el, 'next');
      const link = summaryLinks(el).find((candidate) => candidate.dataset.pointer === '/participant/registryId');
      expect(link, 'a link to the Registry ID').to.exist;

      link!.click();

      expect(deepActiveElement()).to.equal(field(el, '/participant/registryId'));
      expect(field(el, '/participant/registryId').getAttribute('aria-invalid')).to.equal('true');
    });

    it('shows no errors on first render', async () => {
      const el = await wizard(stipend, { skipIntro: true, plan: { planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] } });
      await pressNextTo(el, 'details');

      expect(root(el).querySelectorAll('[part="error"]')).to.have.length(0);
      expect(root(el).querySelector('.error-summary')).to.equal(null);
    });

    it('links a plan type problem to the picker', async () => {
      const el = await wizard(stipend, { skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      await press(el, 'next');

      summaryLinks(el)[0].click();

      expect(deepActiveElement()?.closest('pgp-type-picker') ?? (deepActiveElement()?.getRootNode() as ShadowRoot).host).to.equal(picker(el));
    });
  });

  describe('events', () => {
    it('dispatches pgp-change with the plan after an edit', async () => {
      const el = await wizard(general, { skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      await press(el, 'next');
      const change = oneEvent(el, 'pgp-change') as Promise<PgpChangeEvent>;
      field(el, '/participant/name/first').focus();
      await sendKeys({ type: 'A' });
      const event = await change;

      expect(event.plan.participant).to.deep.equal({ name: { first: 'A' } });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('dispatches pgp-step-change with from and to', async () => {
      const el = await wizard(general);
      const stepChange = oneEvent(el, 'pgp-step-change') as Promise<PgpStepChangeEvent>;
      action(el, 'next').click();
      const event = await stepChange;

      expect([event.from, event.to]).to.deep.equal(['intro', 'types']);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('dispatches nothing when plan is set from script', async () => {
      const el = await wizard(general);
      const seen: string[] = [];
      for (const name of ['pgp-change', 'pgp-draft', 'pgp-step-change', 'input', 'change']) {
        el.addEventListener(name, () => seen.push(name));
      }

      el.plan = completePlan();
      await settle(el);

      expect(seen).to.deep.equal([]);
    });
  });

  describe('opening a plan', () => {
    it('keeps unknown properties through edits', async () => {
      const el = await wizard(general, { skipIntro: true, plan: completePlan() });
      await press(el, 'next');
      field(el, '/participant/name/first').focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'na' });
      await press(el, 'next');
      await settle(el);

      const plan = el.plan as Record<string, any>;
      expect(plan.participant.name.first).to.equal('Anana');
      expect(plan.participant.badge).to.equal('kept');
      expect(plan.hostNote).to.deep.equal({ source: 'registry export', version: 3 });
      expect(goalList(el).value).to.have.length(1);
    });

    it('returns a copy from the plan getter', async () => {
      const el = await wizard(general, { plan: completePlan() });

      (el.plan.participant as Record<string, unknown>).registryId = 'changed';

      expect(el.plan.participant?.registryId).to.equal('100123456');
    });
  });

  describe('submit handshake', () => {
    async function atReview(): Promise<PgpWizard> {
      const el = await wizard(general, { skipIntro: true, plan: completePlan() });
      await press(el, 'next');
      await press(el, 'next');
      await press(el, 'next');
      expect(el.step).to.equal('review');
      return el;
    }

    it('shows saving, then the done step when the page resolves', async () => {
      const el = await atReview();
      let resolveSave: () => void = () => undefined;
      el.addEventListener('pgp-submit', (event: PgpSubmitEvent) => event.waitUntil(new Promise<void>((resolve) => (resolveSave = resolve))));

      action(el, 'submit').click();
      await waitUntil(() => root(el).querySelector('.wizard')?.getAttribute('aria-busy') === 'true');
      await settle(el);

      expect(action(el, 'submit').textContent?.trim()).to.equal('Saving…');
      expect(action(el, 'submit').getAttribute('aria-disabled')).to.equal('true');
      resolveSave();
      await waitUntil(() => el.step === 'done');
      expect(el.plan.hostNote).to.deep.equal({ source: 'registry export', version: 3 });
    });

    it('allows no second submit while saving', async () => {
      const el = await atReview();
      let submits = 0;
      el.addEventListener('pgp-submit', (event: PgpSubmitEvent) => {
        submits += 1;
        event.waitUntil(new Promise(() => undefined));
      });

      await el.submit();
      await el.submit();

      expect(submits).to.equal(1);
    });

    it('shows rejected errors at their fields', async () => {
      const el = await atReview();
      el.addEventListener('pgp-submit', (event: PgpSubmitEvent) =>
        event.waitUntil(Promise.reject({ errors: [{ instancePath: '/participant/registryId', message: 'This Registry ID belongs to another person.' }] })),
      );

      action(el, 'submit').click();
      await waitUntil(() => el.step === 'details');
      await settle(el);

      expect(root(el).querySelector('.error-summary')?.textContent).to.contain('This Registry ID belongs to another person.');
      expect(field(el, '/participant/registryId').getAttribute('aria-invalid')).to.equal('true');
      expect(el.plan.participant?.registryId).to.equal('100123456');
    });

    it('offers Retry after a network failure', async () => {
      const el = await atReview();
      el.addEventListener('pgp-submit', (event: PgpSubmitEvent) => event.waitUntil(Promise.reject(new TypeError('Failed to fetch'))));

      action(el, 'submit').click();
      await waitUntil(() => root(el).querySelector('[data-notice="not-saved"]'));

      expect(root(el).querySelector('[data-notice="not-saved"]')?.textContent).to.contain('Not saved. Check your connection and try again.');
      expect(action(el, 'retry')).to.exist;
      expect(el.step).to.equal('review');
    });

    it('says the plan was handed over when nobody waits', async () => {
      const el = await atReview();
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        await el.submit();
        await settle(el);
        await el.submit();
        await settle(el);
      } finally {
        console.warn = warn;
      }

      expect(root(el).querySelector('[data-notice="handed"]')?.textContent).to.contain('Your plan was handed to this page');
      expect(warnings).to.have.length(1);
    });
  });
});
