import { expect } from '@open-wc/testing';
import { readDefinition } from '../../src/plan/definition.js';
import { creditHours, readGoalListSettings } from '../../src/plan/goal-list.js';
import { baseFieldLabel } from '../../src/validation/field-labels.js';
import { basePlanSchema } from '../../src/validation/generated/plan-schema.js';
import { definition as ctc } from '../../src/validation/generated/ctc-permit-renewal.js';
import { definition as qcc } from '../../src/validation/generated/qcc-quality-improvement.js';
import { definition as registryGeneral } from '../../src/validation/generated/registry-general.js';
import { definition as workforcePathwaysLa } from '../../src/validation/generated/workforce-pathways-la-2024-25.js';
import { errorMessage, requiredTypeError, validatePlan, type PlanError } from '../../src/validation/index.js';

const smart = { specific: 'a', measurable: 'b', achievable: 'c', relevant: 'd', timeBound: 'e' };
const goal = { qccFocusArea: 'TEACHERS_AND_TEACHING', qccElement: 'LOCAL', smart, actionSteps: [{ text: 'x' }], startDate: '2024-07-01', targetDate: '2025-06-30' };
const activity = (type: string, unitType: string, amount: number, extra: Record<string, unknown> = {}) => ({ type, status: 'COMPLETED', credit: { unitType, amount }, startDate: '2021-03-01', ...extra });
const ctcPlan = (activities: unknown[], status = 'COMPLETED', level = 'TEACHER') => ({
  planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
  status,
  advisor: { name: { first: 'Rosa', last: 'Lee' } },
  ctc: { permit: { level, issueDate: '2020-08-01' } },
  goals: [{ activities }],
});
const summarize = (errors: PlanError[]) => errors.map((error) => `${error.instancePath} ${error.messageKey}`);

describe('program definitions in the browser', () => {
  const cases: [string, Record<string, unknown>, unknown, string[]][] = [
    ['a complete QCC plan', qcc, { planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals: [goal, goal] }, []],
    ['a QCC plan with one goal', qcc, { planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals: [goal] }, ['/goals qcc.goalCount']],
    ['a QCC goal ending before it starts', qcc, { planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals: [goal, { ...goal, targetDate: '2024-01-01' }] }, ['/goals/1/targetDate qcc.targetAfterStart']],
    ['a met QCC goal with no follow-ups', qcc, { planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals: [goal, { ...goal, status: 'MET' }] }, ['/goals/1/followUps qcc.followUpsRecorded']],
    ['105 CTC hours in two categories', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 5), activity('BASIC_SKILLS', 'QUARTER_UNIT', 3)]), []],
    ['too few CTC hours at completion', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 5), activity('BASIC_SKILLS', 'QUARTER_UNIT', 2)]), ['/goals ctc.hours']],
    ['too few CTC hours in progress', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 5), activity('BASIC_SKILLS', 'QUARTER_UNIT', 2)], 'IN_PROGRESS'), []],
    ['one CTC category', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 7)]), ['/goals ctc.categories']],
    ['a CTC activity after the cycle', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 5), activity('BASIC_SKILLS', 'QUARTER_UNIT', 3, { startDate: '2025-09-01' })]), ['/goals/0/activities/1/startDate ctc.datesWithinCycle']],
    ['an Associate Teacher short of units', ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 12), activity('BASIC_SKILLS', 'QUARTER_UNIT', 3)], 'VERIFIED', 'ASSOCIATE_TEACHER'), ['/goals ctc.associateTeacherUnits']],
  ];
  for (const [situation, definition, plan, expected] of cases) {
    it(`handles ${situation}`, async () => {
      const { errors } = await validatePlan(plan, definition);
      expect(summarize(errors)).to.deep.equal(expected);
      for (const error of errors) expect(errorMessage(error, readDefinition(definition))).to.not.match(/\{\w+\}|undefined/);
    });
  }

  it('counts semester, quarter and CEU credit as hours', () => {
    expect([creditHours({ unitType: 'SEMESTER_UNIT', amount: 2 }), creditHours({ unitType: 'QUARTER_UNIT', amount: 2 }), creditHours({ unitType: 'CEU', amount: 2 })]).to.deep.equal([30, 20, 20]);
    expect(creditHours({ unitType: 'QUARTER_UNIT', amount: 2 }, readGoalListSettings({ 'x-pgp-goal-list': { hoursPerUnit: { QUARTER_UNIT: 12 } } }).hoursPerUnit)).to.equal(24);
  });

  it('reads goal list defaults and a definition\'s settings', () => {
    const defaults = readGoalListSettings(registryGeneral);
    expect(defaults.hoursPerUnit).to.deep.equal({ CLOCK_HOUR: 1, SEMESTER_UNIT: 15, QUARTER_UNIT: 10, CEU: 10 });
    expect(defaults.fields.QCC_QUALITY_IMPROVEMENT_PLAN).to.deep.equal(['qccFocusArea', 'qccElement', 'smart', 'followUps']);
    expect([defaults.hoursTarget, defaults.goalCount, defaults.followUpCheckpoints]).to.deep.equal([null, null, ['MONTH_6', 'MONTH_12']]);
    expect(readGoalListSettings(ctc).hoursTarget).to.deep.equal({ hours: 105 });
    expect(readGoalListSettings(qcc).goalCount).to.deep.equal({ min: 2, max: 3 });
  });
});

describe('messages name the rejected value', () => {
  const model = readDefinition(registryGeneral);
  const messages = async (plan: unknown) => (await validatePlan(plan, registryGeneral)).errors.map((error) => errorMessage(error, model));

  it('names an unknown plan type and a repeated one', async () => {
    const [unknown, repeated] = await messages({ planTypes: ['BOGUS', 'SELF_INITIATED', 'SELF_INITIATED'] });
    expect(unknown).to.contain('"BOGUS"');
    expect(repeated).to.contain('"Individual, self-initiated"');
  });

  it('names a malformed Registry ID', async () => {
    expect((await messages({ planTypes: ['SELF_INITIATED'], participant: { registryId: '100abc456' } }))[0]).to.contain('"100abc456"');
  });

  it('labels a long first name and shortens it', async () => {
    const [text] = await messages({ planTypes: ['SELF_INITIATED'], participant: { name: { first: 'x'.repeat(60_000) } } });
    expect(text).to.match(/^First name "x{40}…" has 60,000 characters/);
    expect(text.length).to.be.below(200);
  });

  it('has a label for every titled property of the base schema', () => {
    const missing: string[] = [];
    const visit = (schema: Record<string, unknown>, path: string[], depth: number) => {
      const defs = basePlanSchema.$defs as Record<string, Record<string, unknown>>;
      let resolved = schema;
      while (typeof resolved.$ref === 'string' && resolved.$ref.startsWith('#/$defs/')) resolved = { ...defs[resolved.$ref.slice(8)], ...resolved, $ref: undefined, title: resolved.title ?? defs[resolved.$ref.slice(8)].title };
      if (path.length > 0 && typeof resolved.title === 'string' && baseFieldLabel(path.join('/')) !== resolved.title) missing.push(path.join('/'));
      if (depth > 8) return;
      for (const [name, child] of Object.entries((resolved.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child, [...path, name], depth + 1);
      if (resolved.items) visit(resolved.items as Record<string, unknown>, [...path, '*'], depth + 1);
    };
    visit(basePlanSchema, [], 0);
    expect(missing).to.deep.equal([]);
  });
});

describe('requiredTypeError', () => {
  for (const definition of [workforcePathwaysLa, qcc, ctc]) {
    it(`matches the validator's error for ${String(definition.$id)}`, async () => {
      const model = readDefinition(definition);
      const { errors } = await validatePlan({ planTypes: ['SELF_INITIATED'] }, definition);
      const fromValidator = errors.find((error) => error.instancePath === '/planTypes');
      const built = requiredTypeError(model, model.requiredPlanTypes[0]);
      expect(built).to.deep.equal(fromValidator);
      expect(errorMessage(built, model)).to.equal(errorMessage(fromValidator!, model));
    });
  }

  it("uses a host definition's own text", () => {
    const host = {
      $id: 'urn:example:host',
      allOf: [
        { $ref: 'urn:pgp-elements:plan' },
        { 'x-pgp-message': 'host.needsQcc', type: 'object', properties: { planTypes: { contains: { const: 'QCC_QUALITY_IMPROVEMENT_PLAN' } } } },
      ],
      'x-pgp-messages': { 'host.needsQcc': 'Our county asks for the QCC plan.' },
    };
    const model = readDefinition(host);
    expect(errorMessage(requiredTypeError(model, 'QCC_QUALITY_IMPROVEMENT_PLAN'), model)).to.equal('Our county asks for the QCC plan.');
  });
});
