import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pgp-goal-list/define.js';
import '../../src/elements/pgp-plan-summary/define.js';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import type { PgpPlanSummary } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { control, goalsOf, largePlan, settle, shadow } from '../elements/goal-list-helpers.js';
import { untilLocale } from './i18n-helpers.js';

const GENERAL_URL = '/schemas/definitions/registry-general.json';

describe('numbers and dates in Spanish', () => {
  let general: PlanDefinition;

  before(async () => {
    general = (await (await fetch(GENERAL_URL)).json()) as PlanDefinition;
  });

  it('reads a typed decimal comma in the goal list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-goal-list .definition=${general} .planTypes=${['SELF_INITIATED']} .value=${largePlan(1, 1)}></pgp-goal-list></div>`);
    await untilLocale('es');
    const el = wrapper.querySelector<PgpGoalList>('pgp-goal-list')!;
    await settle(el);

    control(el, 'g0a0', 'credit.amount').select();
    await sendKeys({ type: '2,5' });
    await settle(el);

    expect(goalsOf(el)[0].activities[0].credit.amount).to.equal(2.5);
    expect(control(el, 'g0a0', 'credit.amount').value).to.equal('2,5');
    expect(shadow(el).querySelector('[part="hours"]')?.textContent).to.contain('37,5');
  });

  it('formats summary dates with Intl for the locale', async () => {
    const plan = { planTypes: ['SELF_INITIATED'], goals: [{ id: 'g1', statement: 'Leer', startDate: '2024-09-01' }] };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-plan-summary .definition=${general} .plan=${plan}></pgp-plan-summary></div>`);
    await untilLocale('es');
    const summary = wrapper.querySelector<PgpPlanSummary>('pgp-plan-summary')!;
    await summary.updateComplete;

    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 8, 1));
    expect(summary.shadowRoot!.textContent).to.contain(expected);
    expect(summary.shadowRoot!.textContent).not.to.contain('2024-09-01');
  });
});
