import { expect } from '@open-wc/testing';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import type { Plan, PlanDefinition } from '../../src/plan/types.js';
import { action, loadJson, root, settle, wizard } from './wizard-helpers.js';

const CTC_URL = '/schemas/definitions/ctc-permit-renewal.json';

const CATEGORY_MESSAGE = 'Your activities cover 1 of the 2 categories needed.';

let ctc: PlanDefinition;

async function press(el: PgpWizard, name: string): Promise<void> {
  action(el, name).click();
  await settle(el);
}

function summaryText(el: PgpWizard): string {
  return root(el).querySelector('.error-summary')?.textContent ?? '';
}

/** Builds a permit renewal plan with every detail filled in and one goal with these activity kinds. */
function renewalPlan(activityTypes: string[], status?: string): Plan {
  return {
    planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
    fiscalYear: '2024-2025',
    ...(status ? { status } : {}),
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
    advisor: { name: { first: 'Mei', last: 'Chen' } },
    ctc: { permit: { level: 'TEACHER', documentNumber: '220012345', issueDate: '2022-07-01' } },
    goals: [
      {
        id: 'g1',
        statement: 'Renew my Teacher permit',
        status: 'IN_PROGRESS',
        activities: activityTypes.map((type, index) => ({ id: `a${index + 1}`, type, title: `Activity ${index + 1}`, status: 'PLANNED' })),
      },
    ],
  };
}

/** Opens the plan at the plan type step and goes on to the goals step. */
async function atGoals(plan: Plan): Promise<PgpWizard> {
  const el = await wizard(ctc, { skipIntro: true, plan });
  await press(el, 'next');
  if (el.step === 'details') {
    await press(el, 'next');
  }
  expect(el.step, summaryText(el)).to.equal('goals');
  return el;
}

describe('pgp-wizard submit-time rules', () => {
  before(async () => {
    ctc = await loadJson(CTC_URL);
  });

  afterEach(() => {
    localStorage.clear();
  });

  it('Next reports the category rule', async () => {
    const el = await atGoals(renewalPlan(['COLLEGE_COURSE', 'COLLEGE_COURSE']));

    await press(el, 'next');

    expect(el.step).to.equal('goals');
    expect(summaryText(el)).to.contain(CATEGORY_MESSAGE);
    const link = root(el).querySelector<HTMLAnchorElement>('.error-summary a');
    expect(link?.dataset.pointer ?? link?.getAttribute('href')).to.contain('goals');
  });

  it('Next passes with two categories', async () => {
    const el = await atGoals(renewalPlan(['COLLEGE_COURSE', 'CONFERENCE_WORKSHOP_TRAINING']));

    await press(el, 'next');

    expect(el.step).to.equal('review');
    expect(summaryText(el)).to.equal('');
  });

  it('keeps the status of a draft', async () => {
    const el = await atGoals(renewalPlan(['COLLEGE_COURSE']));

    await press(el, 'next');

    expect(el.step).to.equal('goals');
    expect(el.plan.status).to.equal(undefined);
  });

  it('Submit shows the category rule on goals', async () => {
    const el = await wizard(ctc, { skipIntro: true });
    el.openDraft({ plan: renewalPlan(['COLLEGE_COURSE'], 'DRAFT'), step: 'review', savedAt: '2025-01-01T10:00:00Z' });
    await settle(el);

    await el.submit();
    await settle(el);

    expect(el.step).to.equal('goals');
    expect(summaryText(el)).to.contain(CATEGORY_MESSAGE);
    expect(el.plan.status).to.equal('DRAFT');
  });

  it('keeps the hours rule when completed', async () => {
    const el = await atGoals(renewalPlan(['COLLEGE_COURSE', 'CONFERENCE_WORKSHOP_TRAINING'], 'COMPLETED'));

    await press(el, 'next');

    expect(el.step).to.equal('goals');
    expect(summaryText(el)).to.contain('it needs 105');
    expect(summaryText(el)).not.to.contain('categories needed');
  });
});
