// The QCC and CTC program definitions, their x-pgp rules and the CLI, in Node against the build.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const validation = await import(pathToFileURL(join(root, 'dist/validation.js')).href);
const cli = await import(pathToFileURL(join(root, 'bin/pgp-elements.js')).href);
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const qcc = readJson('schemas/definitions/qcc-quality-improvement.json');
const ctc = readJson('schemas/definitions/ctc-permit-renewal.json');
const registryGeneral = readJson('schemas/definitions/registry-general.json');

const smart = { specific: 'Observe', measurable: 'Two DRDPs', achievable: 'With coach', relevant: 'Element 1', timeBound: 'By June' };
const qccGoal = { id: 'g1', qccFocusArea: 'CHILD_DEVELOPMENT_AND_SCHOOL_READINESS', qccElement: 'CHILD_OBSERVATION', smart, actionSteps: [{ id: 's1', text: 'Train' }], startDate: '2024-07-01', targetDate: '2025-06-30' };
const qccPlan = (goals) => ({ planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals });
const followUp = (checkpoint, completedDate) => ({ id: checkpoint, checkpoint, completedDate });

const activity = (type, unitType, amount, extra = {}) => ({ id: `${type}-${amount}`, type, status: 'COMPLETED', credit: { unitType, amount }, startDate: '2021-03-01', ...extra });
const ctcPlan = (activities, { status = 'COMPLETED', level = 'TEACHER', action = 'RENEWAL', ...rest } = {}) => ({
  planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
  status,
  advisor: { name: { first: 'Rosa', last: 'Lee' } },
  ctc: { action, permit: { level, issueDate: '2020-08-01' } },
  goals: [{ id: 'g1', statement: 'Renew', activities }],
  ...rest,
});
const fullHours = [activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 3), activity('CONFERENCE_WORKSHOP_TRAINING', 'CLOCK_HOUR', 60)];
const summarize = (errors) => errors.map((error) => `${error.instancePath} ${error.messageKey}`);

describe('QCC Quality Improvement Plan definition', () => {
  const cases = [
    ['two complete goals', qccPlan([qccGoal, qccGoal]), []],
    ['one goal', qccPlan([qccGoal]), ['/goals qcc.goalCount']],
    ['four goals', qccPlan([qccGoal, qccGoal, qccGoal, qccGoal]), ['/goals qcc.goalCount']],
    ['no QCC plan type', { ...qccPlan([qccGoal, qccGoal]), planTypes: ['SELF_INITIATED'] }, ['/planTypes qcc.planTypeRequired']],
    ['no focus area', qccPlan([qccGoal, { ...qccGoal, qccFocusArea: undefined }]), ['/goals/1/qccFocusArea qcc.focusArea']],
    ['no quality element', qccPlan([qccGoal, { ...qccGoal, qccElement: undefined }]), ['/goals/1/qccElement qcc.qualityElement']],
    ['a blank SMART part', qccPlan([qccGoal, { ...qccGoal, smart: { ...smart, relevant: '  ' } }]), ['/goals/1/smart/relevant qcc.smart']],
    ['no action step', qccPlan([qccGoal, { ...qccGoal, actionSteps: [] }]), ['/goals/1/actionSteps qcc.actionSteps']],
    ['no start date', qccPlan([qccGoal, { ...qccGoal, startDate: undefined }]), ['/goals/1/startDate qcc.startDate']],
    ['a target before the start', qccPlan([qccGoal, { ...qccGoal, targetDate: '2024-06-30' }]), ['/goals/1/targetDate qcc.targetAfterStart']],
    ['a target on the start date', qccPlan([qccGoal, { ...qccGoal, targetDate: '2024-07-01' }]), []],
    ['a met goal with both follow-ups', qccPlan([qccGoal, { ...qccGoal, status: 'MET', followUps: [followUp('MONTH_6', '2025-01-05'), followUp('MONTH_12', '2025-07-02')] }]), []],
    ['a met goal without the 12-month follow-up', qccPlan([qccGoal, { ...qccGoal, status: 'MET', followUps: [followUp('MONTH_6', '2025-01-05'), { checkpoint: 'MONTH_12' }] }]), ['/goals/1/followUps qcc.followUpsRecorded']],
    ['a goal in progress without follow-ups', qccPlan([qccGoal, { ...qccGoal, status: 'IN_PROGRESS' }]), []],
  ];
  for (const [situation, plan, expected] of cases) {
    it(`handles ${situation}`, async () => {
      const { errors } = await validation.validatePlan(JSON.parse(JSON.stringify(plan)), qcc);
      assert.deepEqual(summarize(errors), expected);
    });
  }
});

describe('CTC permit renewal definition', () => {
  const cases = [
    ['105 hours in two categories', ctcPlan(fullHours), []],
    ['95 hours at completion', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 3), activity('BASIC_SKILLS', 'CLOCK_HOUR', 50)]), ['/goals ctc.hours']],
    ['95 hours while in progress', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 3), activity('BASIC_SKILLS', 'CLOCK_HOUR', 50)], { status: 'IN_PROGRESS' }), []],
    ['one category once submitted', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 7)], { status: 'SUBMITTED_FOR_REVIEW' }), ['/goals ctc.categories']],
    ['one category in a draft', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 7)], { status: 'DRAFT' }), []],
    ['coaching as the second kind', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 7), activity('COACHING', 'CLOCK_HOUR', 1)], { status: 'IN_PROGRESS' }), ['/goals ctc.categories']],
    ['an activity before the cycle', ctcPlan([...fullHours, activity('INDEPENDENT_STUDY', 'CLOCK_HOUR', 1, { startDate: '2020-07-31' })]), ['/goals/0/activities/2/startDate ctc.datesWithinCycle']],
    ['an activity finished after the cycle', ctcPlan([...fullHours, activity('INDEPENDENT_STUDY', 'CLOCK_HOUR', 1, { completedDate: '2025-08-02' })]), ['/goals/0/activities/2/completedDate ctc.datesWithinCycle']],
    ['the same date in a reinstatement', ctcPlan([...fullHours, activity('INDEPENDENT_STUDY', 'CLOCK_HOUR', 1, { completedDate: '2025-08-02' })], { action: 'REINSTATEMENT_EXTENSION' }), []],
    ['a cancelled activity outside the cycle', ctcPlan([...fullHours, activity('INDEPENDENT_STUDY', 'CLOCK_HOUR', 1, { status: 'CANCELLED', startDate: '2019-01-01' })]), []],
    ['no advisor', { ...ctcPlan(fullHours), advisor: undefined }, ['/advisor ctc.advisorRequired']],
    ['an advisor without a last name', { ...ctcPlan(fullHours), advisor: { name: { first: 'Rosa' } } }, ['/advisor/name/last ctc.advisorRequired']],
    ['no permit issue date', { ...ctcPlan(fullHours), ctc: { permit: { level: 'TEACHER' } } }, ['/ctc/permit/issueDate ctc.permitIssueDate']],
    ['an Associate Teacher with 15 semester units', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 9), activity('INDEPENDENT_STUDY', 'QUARTER_UNIT', 9)], { level: 'ASSOCIATE_TEACHER' }), []],
    ['an Associate Teacher with 14 semester units', ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 8), activity('INDEPENDENT_STUDY', 'QUARTER_UNIT', 9)], { level: 'ASSOCIATE_TEACHER' }), ['/goals ctc.associateTeacherUnits']],
  ];
  for (const [situation, plan, expected] of cases) {
    it(`handles ${situation}`, async () => {
      const { errors } = await validation.validatePlan(JSON.parse(JSON.stringify(plan)), ctc);
      assert.deepEqual(summarize(errors), expected);
    });
  }

  it('reports the hours it counted in the error', async () => {
    const { errors } = await validation.validatePlan(ctcPlan([activity('COLLEGE_COURSE', 'QUARTER_UNIT', 4), activity('BASIC_SKILLS', 'CEU', 2)]), ctc);
    assert.deepEqual(errors[0].params, { rule: 'min-total-hours', hours: 105, completedHours: 60, remainingHours: 45 });
  });

  it('uses a changed setting from a copied definition', async () => {
    const copy = structuredClone(ctc);
    copy.$id = 'urn:example:ctc-60-hours';
    copy.allOf.find((branch) => branch.properties?.goals?.['x-pgp-rule'] === 'min-total-hours').properties.goals['x-pgp-params'].hours = 60;
    const plan = ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 3), activity('BASIC_SKILLS', 'CLOCK_HOUR', 20)]);
    assert.deepEqual(summarize((await validation.validatePlan(plan, ctc)).errors), ['/goals ctc.hours']);
    assert.deepEqual((await validation.validatePlan(plan, copy)).errors, []);
  });

  it('keeps x-pgp-goal-list in step with the rules', () => {
    const settings = validation.readGoalListSettings(ctc);
    const hoursRule = ctc.allOf.find((branch) => branch.properties?.goals?.['x-pgp-rule'] === 'min-total-hours').properties.goals['x-pgp-params'];
    assert.deepEqual(settings.hoursPerUnit, hoursRule.hoursPerUnit);
    assert.equal(settings.hoursTarget.hours, hoursRule.hours);
    const goalCount = qcc.allOf.find((branch) => branch['x-pgp-message'] === 'qcc.goalCount').properties.goals;
    assert.deepEqual(validation.readGoalListSettings(qcc).goalCount, { min: goalCount.minItems, max: goalCount.maxItems });
  });
});

describe('goals section validators', () => {
  const plans = [
    [qcc, qccPlan([qccGoal, { ...qccGoal, smart: {}, targetDate: '2020-01-01' }])],
    [qcc, { planTypes: ['SELF_INITIATED'], goals: [qccGoal] }],
    [ctc, ctcPlan([activity('COLLEGE_COURSE', 'SEMESTER_UNIT', 1, { startDate: '2001-01-01' })], { status: 'VERIFIED' })],
    [registryGeneral, { planTypes: ['SELF_INITIATED'], goals: [{ startDate: '2024-02-30', activities: [{ credit: { amount: -1 } }] }] }],
  ];
  for (const [definition, plan] of plans) {
    it(`give the whole-plan errors under /goals for ${definition.$id}`, async () => {
      const whole = await validation.validatePlan(plan, definition);
      const section = await validation.validatePlan(plan, definition, { section: 'goals' });
      const expected = whole.errors.filter((error) => error.instancePath === '/goals' || error.instancePath.startsWith('/goals/'));
      assert.ok(expected.length > 0);
      assert.deepEqual(section.errors, expected);
    });
  }
});

describe('unit conversion', () => {
  const cases = [
    [{ unitType: 'CLOCK_HOUR', amount: 7 }, undefined, 7],
    [{ unitType: 'SEMESTER_UNIT', amount: 3 }, undefined, 45],
    [{ unitType: 'QUARTER_UNIT', amount: 3 }, undefined, 30],
    [{ unitType: 'CEU', amount: 1.5 }, undefined, 15],
    [{ unitType: 'SEMESTER_UNIT', amount: 3 }, { SEMESTER_UNIT: 16 }, 48],
    [{ unitType: 'WEEK', amount: 3 }, undefined, 0],
    [{ unitType: 'CLOCK_HOUR' }, undefined, 0],
  ];
  for (const [credit, hoursPerUnit, expected] of cases) {
    it(`counts ${JSON.stringify(credit)} as ${expected} hours`, () => {
      assert.equal(validation.creditHours(credit, hoursPerUnit), expected);
    });
  }
});

describe('the annotation vocabulary', () => {
  it('is the same in the CLI and the library', async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [join(root, 'src/plan/vocabulary.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error' });
    const directory = mkdtempSync(join(tmpdir(), 'pgp-vocabulary-'));
    writeFileSync(join(directory, 'vocabulary.mjs'), result.outputFiles[0].text);
    const library = await import(pathToFileURL(join(directory, 'vocabulary.mjs')).href);
    assert.deepEqual(JSON.parse(JSON.stringify(library.PGP_KEYWORDS)), JSON.parse(JSON.stringify(cli.PGP_KEYWORDS)));
    assert.deepEqual([...library.PLAN_RULES], cli.PLAN_RULES);
  });

  it('reports a misspelled x-pgp-goal-list member in the CLI and in readDefinition', () => {
    const definition = { $id: 'urn:example:typo', allOf: [{ $ref: 'urn:pgp-elements:plan' }], 'x-pgp-goal-list': { hoursPerUnt: {} } };
    assert.throws(() => cli.compileDefinitionModule(definition, cli.loadBasePlanSchema(), 'typo.json'), /x-pgp-goal-list|hoursPerUnt|additional/);
    assert.throws(() => validation.readDefinition(definition), /hoursPerUnt/);
  });
});

describe('pgp-elements compile problems', () => {
  const run = (...args) => spawnSync(process.execPath, [join(root, 'bin/pgp-elements.js'), ...args], { encoding: 'utf8' });

  it('names a missing output folder instead of printing a stack trace', () => {
    const result = run('compile', join(root, 'schemas/definitions/qcc-quality-improvement.json'), '-o', join(tmpdir(), 'no-such-folder-pgp', 'x.js'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-such-folder-pgp does not exist/);
    assert.doesNotMatch(result.stderr, /ENOENT|at \w+ \(/);
  });

  it('rejects a required plan type that is not offered, in the words readDefinition uses', () => {
    const definition = {
      $id: 'urn:example:not-offered',
      allOf: [
        { $ref: 'urn:pgp-elements:plan' },
        { properties: { planTypes: { items: { enum: ['SELF_INITIATED'] } } } },
        { properties: { planTypes: { contains: { const: 'QCC_QUALITY_IMPROVEMENT_PLAN' } } } },
      ],
    };
    const directory = mkdtempSync(join(tmpdir(), 'pgp-not-offered-'));
    writeFileSync(join(directory, 'd.json'), JSON.stringify(definition));
    const result = run('compile', join(directory, 'd.json'));
    assert.equal(result.status, 1);
    let browserText = '';
    try {
      validation.readDefinition(definition);
    } catch (error) {
      browserText = error.detail;
    }
    assert.ok(browserText !== '');
    assert.ok(result.stderr.includes(browserText), result.stderr);
  });
});
