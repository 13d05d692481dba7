import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { button, click, control, GENERAL_URL, goalItems, goalList, goalsOf, largePlan, loadJson, pick, settle, shadow, shownErrors } from './goal-list-helpers.js';

let general: PlanDefinition;

const twoGoals = () => [
  { id: 'g1', statement: 'Improve child observation', status: 'IN_PROGRESS', note: 'kept' },
  { id: 'g2', statement: 'Finish the infant care course', status: 'NOT_STARTED' },
];

describe('pgp-goal-list', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible when empty', async () => {
    const el = await goalList(general);

    await expect(el).to.be.accessible();
  });

  describe('accessibility in each state', () => {
    it('is accessible with goals and activities', async () => {
      const el = await goalList(general, largePlan(2, 2), ['QCC_QUALITY_IMPROVEMENT_PLAN']);

      await expect(el).to.be.accessible();
    });

    it('is accessible with errors shown', async () => {
      const el = await goalList(general, [{ id: 'g1', startDate: '2024-13-45' }]);
      await validatorLoaded(el);
      el.reportValidity();
      await settle(el);

      expect(shownErrors(shadow(el))).to.not.be.empty;
      await expect(el).to.be.accessible();
    });

    it('is accessible when readonly', async () => {
      const el = await goalList(general, largePlan(1, 1));
      el.readonly = true;
      await settle(el);

      await expect(el).to.be.accessible();
    });

    it('is accessible when disabled', async () => {
      const el = await goalList(general, largePlan(1, 1));
      el.disabled = true;
      await settle(el);

      await expect(el).to.be.accessible();
    });

    it('is accessible with a definition error', async () => {
      const el = await fixture<PgpGoalList>(html`<pgp-goal-list></pgp-goal-list>`);
      await settle(el);

      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('editing fields', () => {
    it('stores typed text at the goal statement', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: 'Read to children' });

      expect(goalsOf(el)[0].statement).to.equal('Read to children');
    });

    it('stores a date as YYYY-MM-DD', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      pick(control(el, 'g1', 'targetDate'), '2025-06-30');

      expect(goalsOf(el)[0].targetDate).to.equal('2025-06-30');
    });

    it('stores a chosen status', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      pick(control<HTMLSelectElement>(el, 'g1', 'status'), 'PARTIALLY_MET');

      expect(goalsOf(el)[0].status).to.equal('PARTIALLY_MET');
    });

    it('labels status options in words', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      const options = [...control<HTMLSelectElement>(el, 'g1', 'status').options].map((option) => option.textContent);

      expect(options).to.include('In progress');
    });

    it('stores activity fields at their pointer', async () => {
      const el = await goalList(general, largePlan(2, 2));

      control(el, 'g1a1', 'title').focus();
      await sendKeys({ type: '!' });
      pick(control<HTMLSelectElement>(el, 'g1a1', 'credit.unitType'), 'QUARTER_UNIT');

      expect(goalsOf(el)[1].activities[1].title).to.equal('Course 2!');
      expect(goalsOf(el)[1].activities[1].credit.unitType).to.equal('QUARTER_UNIT');
      expect(goalsOf(el)[0].activities[1].title).to.equal('Course 2');
    });

    it('keeps unknown properties', async () => {
      const el = await goalList(general, twoGoals());

      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: '.' });

      expect(goalsOf(el)[0].note).to.equal('kept');
    });

    it('marks a goal met with today as completion date', async () => {
      const el = await goalList(general, [{ id: 'g1', status: 'IN_PROGRESS' }]);

      control(el, 'g1', 'done').focus();
      await sendKeys({ press: ' ' });
      await settle(el);

      expect(goalsOf(el)[0].status).to.equal('MET');
      expect(goalsOf(el)[0].completedDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(control(el, 'g1', 'completedDate').value).to.equal(goalsOf(el)[0].completedDate);
    });

    it('marks an activity done as completed', async () => {
      const el = await goalList(general, largePlan(1, 1));

      control(el, 'g0a0', 'done').focus();
      await sendKeys({ press: ' ' });

      expect(goalsOf(el)[0].activities[0].status).to.equal('COMPLETED');
    });

    it('edits the SMART parts when QCC is selected', async () => {
      const el = await goalList(general, [{ id: 'g1' }], ['QCC_QUALITY_IMPROVEMENT_PLAN']);

      control(el, 'g1', 'smart.measurable').focus();
      await sendKeys({ type: 'Two DRDPs' });

      expect(goalsOf(el)[0].smart).to.deep.equal({ measurable: 'Two DRDPs' });
    });

    it('adds an action step and marks it done', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      await click(button(el, 'Add action step to goal 1'));
      await settle(el);
      await sendKeys({ type: 'Call the college' });
      const stepId = goalsOf(el)[0].actionSteps[0].id as string;
      control(el, stepId, 'done').focus();
      await sendKeys({ press: ' ' });

      expect(goalsOf(el)[0].actionSteps[0]).to.include({ text: 'Call the college', done: true });
    });
  });

  describe('numbers', () => {
    it('reads a decimal comma and point alike', async () => {
      const el = await goalList(general, largePlan(1, 2));

      control(el, 'g0a0', 'credit.amount').select();
      await sendKeys({ type: '1,5' });
      control(el, 'g0a1', 'credit.amount').select();
      await sendKeys({ type: '1.5' });

      expect(goalsOf(el)[0].activities[0].credit.amount).to.equal(1.5);
      expect(goalsOf(el)[0].activities[1].credit.amount).to.equal(1.5);
      expect(control(el, 'g0a0', 'credit.amount').value).to.equal('1,5');
    });

    it('shows the clock hours next to the credit', async () => {
      const el = await goalList(general, largePlan(1, 1));

      expect(shadow(el).querySelector('[part="hours"]')?.textContent).to.contain('= 45 clock hours');
    });

    it('flags an ambiguous number and keeps the stored one', async () => {
      const el = await goalList(general, largePlan(1, 1));
      const amount = control(el, 'g0a0', 'credit.amount');

      amount.select();
      await sendKeys({ type: '1,500' });
      await sendKeys({ press: 'Tab' });
      await settle(el);

      expect(goalsOf(el)[0].activities[0].credit.amount).to.equal(3);
      expect(amount.value).to.equal('1,500');
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).getElementById(amount.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).to.contain('1500 or 1.5');
      expect(el.validity.valid).to.be.false;
    });
  });

  describe('adding, removing and moving', () => {
    it('adds a goal by keyboard and focuses its first field', async () => {
      const el = await goalList(general, twoGoals());

      button(el, 'Add goal').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(goalsOf(el)).to.have.length(3);
      expect(shadow(el).activeElement).to.equal(control(el, goalsOf(el)[2].id, 'statement'));
    });

    it('removes the right goal and focuses the next', async () => {
      const el = await goalList(general, [...twoGoals(), { id: 'g3', statement: 'Third' }]);

      button(el, 'Remove goal 2: Finish the infant care course').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(goalsOf(el).map((goal) => goal.id)).to.deep.equal(['g1', 'g3']);
      expect(shadow(el).activeElement?.id).to.equal('heading-g3');
    });

    it('focuses the Add button after removing the last goal', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      button(el, 'Remove goal 1').focus();
      await sendKeys({ press: ' ' });
      await settle(el);

      expect(shadow(el).activeElement?.getAttribute('data-action')).to.equal('add-goal');
    });

    it('moves a goal down and keeps focus on the button', async () => {
      const el = await goalList(general, twoGoals());
      const moveDown = button(el, 'Move down goal 1: Improve child observation');

      moveDown.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(goalsOf(el).map((goal) => goal.id)).to.deep.equal(['g2', 'g1']);
      expect(shadow(el).activeElement).to.equal(moveDown);
      expect(moveDown.getAttribute('aria-disabled')).to.equal('true');
    });

    it('announces a removal', async () => {
      const el = await goalList(general, twoGoals());

      await click(button(el, 'Remove goal 1: Improve child observation'));
      await settle(el);

      expect(shadow(el).querySelector('.visually-hidden[role="status"]')?.textContent).to.contain('Goal 1: Improve child observation removed.');
    });

    it('moves an activity up', async () => {
      const el = await goalList(general, largePlan(1, 3));

      await click(button(el, 'Move up activity 3 of goal 1: Course 3'));
      await settle(el);

      expect(goalsOf(el)[0].activities.map((activity: { id: string }) => activity.id)).to.deep.equal(['g0a0', 'g0a2', 'g0a1']);
    });

    it('removes an activity and focuses the next heading', async () => {
      const el = await goalList(general, largePlan(1, 3));

      await click(button(el, 'Remove activity 2 of goal 1: Course 2'));
      await settle(el);

      expect(goalsOf(el)[0].activities.map((activity: { id: string }) => activity.id)).to.deep.equal(['g0a0', 'g0a2']);
      expect(shadow(el).activeElement?.id).to.equal('heading-g0a2');
    });

    it('keeps typed text and errors out of the next row', async () => {
      const el = await goalList(general, [{ id: 'g1', startDate: '2024-13-45' }, { id: 'g2' }]);
      await validatorLoaded(el);
      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: 'First' });
      el.reportValidity();
      await settle(el);

      await click(button(el, 'Remove goal 1: First'));
      await settle(el);

      expect(control<HTMLTextAreaElement>(el, 'g2', 'statement').value).to.equal('');
      expect(control(el, 'g2', 'startDate').hasAttribute('aria-invalid')).to.be.false;
      expect(shownErrors(goalItems(el)[0])).to.be.empty;
    });
  });

  describe('plan types', () => {
    it('hides the QCC fields for a self-initiated plan', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      expect(shadow(el).querySelector('[data-field="qccFocusArea"]')).to.not.exist;
    });

    it('shows the QCC fields when QCC is selected', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);

      el.planTypes = ['SELF_INITIATED', 'QCC_QUALITY_IMPROVEMENT_PLAN'];
      await settle(el);

      expect(shadow(el).querySelector('[data-field="qccFocusArea"]')).to.exist;
      expect(shadow(el).querySelector('[data-field="smart.specific"]')).to.exist;
    });

    it('reads plan types from the attribute', async () => {
      const el = await fixture<PgpGoalList>(html`<pgp-goal-list plan-types="CTC_PERMIT_UPGRADE_RENEWAL" .definition=${general} .value=${[{ id: 'g1' }]}></pgp-goal-list>`);
      await settle(el);

      expect(el.planTypes).to.deep.equal(['CTC_PERMIT_UPGRADE_RENEWAL']);
      expect(shadow(el).querySelector('[data-field="permitTarget"]')).to.exist;
    });

    it('plans 6- and 12-month follow-ups from the start date', async () => {
      const el = await goalList(general, [{ id: 'g1' }], ['QCC_QUALITY_IMPROVEMENT_PLAN']);

      pick(control(el, 'g1', 'startDate'), '2024-08-31');

      expect(goalsOf(el)[0].followUps.map((followUp: { checkpoint: string; dueDate: string }) => [followUp.checkpoint, followUp.dueDate])).to.deep.equal([
        ['MONTH_6', '2025-02-28'],
        ['MONTH_12', '2025-08-31'],
      ]);
    });
  });

  describe('collapsing', () => {
    it('collapses a goal to a summary', async () => {
      const el = await goalList(general, twoGoals());
      const disclosure = shadow(el).getElementById('heading-g1')!;

      await click(disclosure);
      await settle(el);

      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).getElementById(disclosure.getAttribute('aria-controls')!)!.hidden).to.be.true;
      expect(goalItems(el)[0].querySelector('[part="summary"]')?.textContent).to.contain('Improve child observation');
    });

    it('collapses and expands all goals', async () => {
      const el = await goalList(general, twoGoals());

      await click(button(el, 'Collapse all'));
      await settle(el);
      const collapsed = goalItems(el).map((goal) => goal.querySelector('.disclosure')!.getAttribute('aria-expanded'));
      await click(button(el, 'Expand all'));
      await settle(el);

      expect(collapsed).to.deep.equal(['false', 'false']);
      expect(goalItems(el).map((goal) => goal.querySelector('.disclosure')!.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
    });

    it('expands a collapsed goal with an error on report', async () => {
      const el = await goalList(general, [{ id: 'g1', startDate: '2024-13-45' }]);
      await validatorLoaded(el);
      await click(shadow(el).getElementById('heading-g1')!);
      await settle(el);

      el.reportValidity();
      await settle(el);

      expect(shadow(el).getElementById('heading-g1')!.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(control(el, 'g1', 'startDate'));
    });
  });

  describe('errors', () => {
    it('shows no error on first render', async () => {
      const el = await goalList(general, [{ id: 'g1', startDate: '2024-13-45' }]);

      expect(shownErrors(shadow(el))).to.be.empty;
    });

    it('shows an error at the field once it is left', async () => {
      const el = await goalList(general, [{ id: 'g1', startDate: '2024-13-45' }]);
      await validatorLoaded(el);

      // Tab would move between the parts of the date inside the input, so focus moves by script.
      control(el, 'g1', 'startDate').focus();
      control(el, 'g1', 'statement').focus();
      await settle(el);

      const field = control(el, 'g1', 'startDate');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).getElementById(field.getAttribute('aria-describedby')!)?.textContent).to.contain('Start date');
    });

    it('reports valueMissing when required and empty', async () => {
      const el = await goalList(general);
      el.required = true;

      expect(el.validity.valueMissing).to.be.true;
    });
  });

  describe('totals', () => {
    it('adds completed and planned clock hours', async () => {
      const plan = largePlan(2, 2);
      (plan[0].activities as Record<string, unknown>[])[0].status = 'COMPLETED';
      (plan[1].activities as Record<string, unknown>[])[1].status = 'CANCELLED';
      const el = await goalList(general, plan);

      const totals = shadow(el).querySelector('[part="totals"]')!.textContent ?? '';
      expect(totals).to.contain('Completed: 45 clock hours');
      expect(totals).to.contain('Planned: 135 clock hours');
      expect(totals).to.contain('Goals: 2');
    });

    it('updates the totals as the user types', async () => {
      const el = await goalList(general, largePlan(1, 1));

      control(el, 'g0a0', 'credit.amount').select();
      await sendKeys({ type: '2' });
      await settle(el);

      expect(shadow(el).querySelector('[part="totals"]')!.textContent).to.contain('Planned: 30 clock hours');
    });
  });

  describe('events', () => {
    it('fires input and change on a user edit', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      const seen: string[] = [];
      el.addEventListener('input', (event) => seen.push(`${event.type}:${event.composed}`));
      el.addEventListener('change', (event) => seen.push(`${event.type}:${event.composed}`));

      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Tab' });

      expect(seen).to.deep.equal(['input:true', 'change:true']);
    });

    it('fires nothing when script sets properties', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      const fired: string[] = [];
      for (const type of ['input', 'change', 'pgp-definition-error']) {
        el.addEventListener(type, () => fired.push(type));
      }

      el.value = twoGoals();
      el.planTypes = ['QCC_QUALITY_IMPROVEMENT_PLAN'];
      el.readonly = true;
      el.required = true;
      await settle(el);

      expect(fired).to.deep.equal([]);
    });

    it('fires input and change when a goal is added', async () => {
      const el = await goalList(general);
      const inputEvent = oneEvent(el, 'input');
      const changeEvent = oneEvent(el, 'change');

      await click(button(el, 'Add goal'));

      expect((await inputEvent).bubbles).to.be.true;
      expect((await changeEvent).bubbles).to.be.true;
    });
  });

  describe('a large plan', () => {
    it('renders 100 goals of 5 activities', async () => {
      const el = await goalList(general, largePlan(100, 5));

      expect(goalItems(el)).to.have.length(100);
      expect(shadow(el).querySelectorAll('li.activity')).to.have.length(500);
    });

    it('edits the last goal of 100', async () => {
      const el = await goalList(general, largePlan(100, 5));

      control(el, 'g99a4', 'title').focus();
      await sendKeys({ type: 'x' });

      expect(goalsOf(el)[99].activities[4].title).to.equal('Course 5x');
      expect(goalsOf(el)[98]).to.equal(largePlanGoal(el, 98));
    });

    it('scrolls the first invalid field into view on report', async () => {
      const plan = largePlan(30, 5);
      plan[24].startDate = '2024-13-45';
      const el = await goalList(general, plan);
      await validatorLoaded(el);

      el.reportValidity();
      await settle(el);
      await nextFrame();

      const field = control(el, 'g24', 'startDate');
      const rect = field.getBoundingClientRect();
      expect(shadow(el).activeElement).to.equal(field);
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(window.innerHeight);
    });
  });

  describe('layout', () => {
    async function narrowList(fontSize: string): Promise<HTMLDivElement> {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 320px; font-size: ${fontSize}; overflow: auto">
          <pgp-goal-list .definition=${general} .planTypes=${['QCC_QUALITY_IMPROVEMENT_PLAN', 'CTC_PERMIT_UPGRADE_RENEWAL']} .value=${largePlan(2, 2)}></pgp-goal-list>
        </div>
      `);
      await settle(container.querySelector('pgp-goal-list')!);
      return container;
    }

    it('fits 320 px without horizontal scrolling', async () => {
      const container = await narrowList('16px');

      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    });

    it('fits 320 px at double font size', async () => {
      const container = await narrowList('32px');

      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    });
  });
});

// The goals validator loads after the first render; a plan with an error is invalid once it has.
async function validatorLoaded(el: PgpGoalList): Promise<void> {
  await waitUntil(() => !el.validity.valid, 'the goals validator did not report the invalid date');
  await settle(el);
}

// The goal object as it was before the edit, to show an edit elsewhere did not copy it.
function largePlanGoal(el: PgpGoalList, index: number): unknown {
  return (el.value as unknown[])[index];
}
