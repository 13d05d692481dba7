import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import type { RawValidationError, StandaloneValidateFunction } from '../../src/validation/types.js';
import { registerValidator } from '../../src/validation/validator.js';
import { click, control, GENERAL_URL, goalList, loadJson, settle, shadow, shownErrors } from './goal-list-helpers.js';

const DEFINITION_ID = 'https://pgp-elements.test/definitions/reading-goal.json';
const STATEMENT_LIMIT = 12;

type PlanData = { goals?: { statement?: string }[] };

/** Goals the validator was called with, one entry per call. */
const validatedGoalCounts: number[] = [];

// Stands for a definition with a rule on each goal (a statement of at most 12 characters) and a
// rule on the list (one goal must be about reading), so both kinds of error can be seen.
const readingGoalValidator: StandaloneValidateFunction = Object.assign(
  (data: unknown): boolean => {
    const goals = (data as PlanData).goals ?? [];
    validatedGoalCounts.push(goals.length);
    const errors: RawValidationError[] = [];
    goals.forEach((goal, index) => {
      const statement = goal.statement ?? '';
      if (statement.length > STATEMENT_LIMIT) {
        errors.push({ instancePath: `/goals/${index}/statement`, schemaPath: '#/$defs/goal/properties/statement/maxLength', keyword: 'maxLength', params: { limit: STATEMENT_LIMIT } });
      }
    });
    if (!goals.some((goal) => (goal.statement ?? '').includes('reading'))) {
      errors.push({ instancePath: '/goals', schemaPath: '#/properties/goals/contains', keyword: 'contains', params: { minContains: 1 } });
    }
    readingGoalValidator.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  },
  { errors: null as RawValidationError[] | null },
);

const threeGoals = () => [
  { id: 'g1', statement: 'More reading' },
  { id: 'g2', statement: 'Art corner' },
  { id: 'g3', statement: 'Music time' },
];

let definition: PlanDefinition;

async function readingGoalList(): Promise<PgpGoalList> {
  const el = await goalList(definition, threeGoals());
  await settle(el);
  return el;
}

// Replaces the text of a goal statement the way a user does: select it all, then type.
async function retype(el: PgpGoalList, goalId: string, text: string): Promise<HTMLTextAreaElement> {
  const field = control<HTMLTextAreaElement>(el, goalId, 'statement');
  field.focus();
  field.select();
  await sendKeys({ type: text });
  return field;
}

describe('pgp-goal-list validation while typing', () => {
  before(async () => {
    definition = { ...(await loadJson(GENERAL_URL)), $id: DEFINITION_ID };
    registerValidator(DEFINITION_ID, readingGoalValidator);
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('validates only the edited goal per keystroke', async () => {
    const el = await readingGoalList();
    validatedGoalCounts.length = 0;

    await retype(el, 'g2', 'Art');
    await settle(el);

    expect(validatedGoalCounts).to.not.be.empty;
    expect(validatedGoalCounts.every((count) => count === 1)).to.be.true;
  });

  it('shows a goal error while typing once the field was left', async () => {
    const el = await readingGoalList();
    const field = control<HTMLTextAreaElement>(el, 'g2', 'statement');
    field.focus();
    field.blur();

    await retype(el, 'g2', 'A much longer statement');
    await settle(el);

    expect(shadow(el).activeElement).to.equal(field);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById(field.getAttribute('aria-describedby')!)?.textContent).to.contain(String(STATEMENT_LIMIT));
  });

  it('reports a list rule broken by typing at once', async () => {
    const el = await readingGoalList();
    expect(el.validity.valid).to.be.true;

    await retype(el, 'g1', 'More art');

    expect(el.validity.valid).to.be.false;
    expect(el.checkValidity()).to.be.false;
  });

  it('validates the whole list when the field is left', async () => {
    const el = await goalList(definition, [{ id: 'g1', statement: 'More art' }, { id: 'g2', statement: 'Music' }]);
    el.reportValidity();
    await settle(el);
    expect(shownErrors(shadow(el).querySelector('[part="totals"]')!)).to.have.length(1);

    await retype(el, 'g1', 'More reading');
    validatedGoalCounts.length = 0;
    control(el, 'g1', 'statement').blur();
    await settle(el);

    expect(validatedGoalCounts).to.include(2);
    expect(shownErrors(shadow(el).querySelector('[part="totals"]')!)).to.be.empty;
  });

  it('blocks a submit attempt made right after typing', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        <pgp-goal-list name="goals" .definition=${definition} .value=${threeGoals()}></pgp-goal-list>
        <button type="submit">Save</button>
      </form>
    `);
    const el = form.querySelector('pgp-goal-list')!;
    await settle(el);
    let submitted = false;
    form.addEventListener('submit', () => {
      submitted = true;
    });

    const invalidEvents: Event[] = [];
    el.addEventListener('invalid', (event) => invalidEvents.push(event));

    await retype(el, 'g1', 'More art');
    await click(form.querySelector('button')!);
    await settle(el);

    expect(submitted).to.be.false;
    expect(invalidEvents).to.have.length(1);
    expect(shownErrors(shadow(el).querySelector('[part="totals"]')!)).to.have.length(1);
  });
});
