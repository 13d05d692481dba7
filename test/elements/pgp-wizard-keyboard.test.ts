import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import type { PgpSubmitEvent } from '../../src/events/index.js';
import type { Plan, PlanDefinition } from '../../src/plan/types.js';
import { action, completePlan, deepActiveElement, GENERAL_URL, loadJson, root, settle, wizard } from './wizard-helpers.js';

let general: PlanDefinition;

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(matches: (element: Element) => boolean, limit = 60): Promise<Element> {
  for (let count = 0; count < limit; count += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached the element; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

const byAction = (name: string) => (element: Element) => element.getAttribute('data-action') === name;
const byPointer = (pointer: string) => (element: Element) => element.getAttribute('data-pointer') === pointer && element.localName !== 'a';

async function pressButton(el: PgpWizard, name: string): Promise<void> {
  await tabTo(byAction(name));
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('pgp-wizard', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
  });

  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('completes a whole plan with the keyboard alone', async () => {
    const el = await wizard(general);
    let submitted: Plan | undefined;
    el.addEventListener('pgp-submit', (event: PgpSubmitEvent) => {
      submitted = event.plan;
      event.waitUntil(Promise.resolve());
    });

    await pressButton(el, 'next');
    expect(el.step).to.equal('types');
    await tabTo((element) => element.getAttribute('data-id') === 'SELF_INITIATED');
    await sendKeys({ press: ' ' });
    await pressButton(el, 'next');

    expect(el.step).to.equal('details');
    await tabTo(byPointer('/fiscalYear'));
    await sendKeys({ type: '2024-2025' });
    await tabTo(byPointer('/participant/name/first'));
    await sendKeys({ type: 'Ana' });
    await pressButton(el, 'next');

    expect(el.step).to.equal('goals');
    await tabTo((element) => element.getAttribute('data-action') === 'add-goal');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ type: 'Finish the infant care course' });
    await pressButton(el, 'next');

    expect(el.step).to.equal('review');
    await pressButton(el, 'submit');
    await waitUntil(() => el.step === 'done');

    expect(submitted?.planTypes).to.deep.equal(['SELF_INITIATED']);
    expect(submitted?.fiscalYear).to.equal('2024-2025');
    expect(submitted?.participant?.name?.first).to.equal('Ana');
    expect(submitted?.goals?.[0]?.statement).to.equal('Finish the infant care course');
  });

  for (const width of [320, 1280]) {
    describe(`accessibility at ${width} px`, () => {
      beforeEach(async () => {
        await setViewport({ width, height: 800 });
      });

      it('is accessible on every step', async () => {
        const el = await wizard(general, { plan: completePlan() });
        el.addEventListener('pgp-submit', (event: PgpSubmitEvent) => event.waitUntil(Promise.resolve()));

        for (const step of ['intro', 'types', 'details', 'goals', 'review']) {
          expect(el.step).to.equal(step);
          await expect(el).to.be.accessible();
          expect(root(el).querySelector('.wizard')!.scrollWidth, `no sideways scrolling on ${step}`).to.be.at.most(width);
          if (step !== 'review') {
            action(el, 'next').click();
            await settle(el);
          }
        }
        await el.submit();
        await waitUntil(() => el.step === 'done');
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it('is accessible with an error summary', async () => {
        const el = await wizard(general, { skipIntro: true, plan: { planTypes: ['SELF_INITIATED'], fiscalYear: '2024' } });
        action(el, 'next').click();
        await settle(el);
        action(el, 'next').click();
        await settle(el);

        expect(root(el).querySelector('.error-summary')).to.exist;
        await expect(el).to.be.accessible();
      });
    });
  }
});
