import { expect } from '@open-wc/testing';
import { DefinitionError, definitionErrorMessage, fetchDefinition, readDefinition } from '../../src/plan/definition.js';
import { definition as registryGeneral } from '../../src/validation/generated/registry-general.js';
import { definition as workforcePathwaysLa } from '../../src/validation/generated/workforce-pathways-la-2024-25.js';
import { errorMessage, errorsAt, loadValidator, registerValidator, validatePlan, type PlanError } from '../../src/validation/index.js';
import { describeError, LIST_KEYWORD_MESSAGES, planTypesLabel } from '../../src/validation/keyword-messages.js';

const laPlan = {
  planTypes: ['STIPEND_PROGRAM_REQUIREMENT'],
  fiscalYear: '2024-2025',
  participant: { registryId: '100123456' },
};

const summarize = (errors: PlanError[]) => errors.map((error) => `${error.instancePath} ${error.keyword} ${error.messageKey}`);

describe('base plan schema (registry-general)', () => {
  const cases: [string, unknown, string[]][] = [
    ['a draft with one plan type', { planTypes: ['SELF_INITIATED'] }, []],
    ['several plan types', { planTypes: ['SELF_INITIATED', 'QCC_QUALITY_IMPROVEMENT_PLAN'] }, []],
    ['unknown properties', { planTypes: ['SELF_INITIATED'], hostNotes: { a: 1 } }, []],
    ['a full goal and activity', {
      planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
      goals: [{ statement: 'Renew my permit', startDate: '2024-07-01', status: 'IN_PROGRESS', actionSteps: [{ text: 'Meet advisor', done: true }] }],
      activities: [{ type: 'COLLEGE_COURSE', credit: { unitType: 'SEMESTER_UNIT', amount: 3 }, plannedHours: 45, evidenceIds: ['e1'] }],
      evidence: [{ id: 'e1', fileName: 'transcript.pdf', mediaType: 'application/pdf', sizeBytes: 2048, url: '/files/e1' }],
    }, []],
    ['no plan types', {}, ['/planTypes required required']],
    ['an empty plan type list', { planTypes: [] }, ['/planTypes minItems minItems']],
    ['a repeated plan type', { planTypes: ['SELF_INITIATED', 'SELF_INITIATED'] }, ['/planTypes uniqueItems uniqueItems']],
    ['an unknown plan type', { planTypes: ['WEEKEND_PLAN'] }, ['/planTypes/0 oneOf oneOf']],
    ['a malformed Registry ID', { planTypes: ['SELF_INITIATED'], participant: { registryId: '200123456' } }, ['/participant/registryId pattern participant.registryId']],
    ['a fiscal year in the wrong form', { planTypes: ['SELF_INITIATED'], fiscalYear: '2024/25' }, ['/fiscalYear pattern fiscalYear.format']],
    ['non-consecutive fiscal years', { planTypes: ['SELF_INITIATED'], fiscalYear: '2024-2024' }, ['/fiscalYear x-pgp-rule rule.consecutive-years']],
    ['an impossible date', { planTypes: ['SELF_INITIATED'], goals: [{ startDate: '2024-02-30' }] }, ['/goals/0/startDate format format']],
    ['negative hours', { planTypes: ['SELF_INITIATED'], activities: [{ plannedHours: -1 }] }, ['/activities/0/plannedHours minimum minimum']],
    ['an unknown credit unit', { planTypes: ['SELF_INITIATED'], activities: [{ credit: { unitType: 'HOUR' } }] }, ['/activities/0/credit/unitType enum enum']],
    ['an evidence file over 10 MB', { planTypes: ['SELF_INITIATED'], evidence: [{ id: 'e', sizeBytes: 20_000_000 }] }, ['/evidence/0/sizeBytes maximum maximum']],
    ['evidence without an id', { planTypes: ['SELF_INITIATED'], evidence: [{ fileName: 'a.pdf' }] }, ['/evidence/0/id required required']],
  ];

  for (const [situation, plan, expected] of cases) {
    it(`handles ${situation}`, async () => {
      const { valid, errors } = await validatePlan(plan, registryGeneral);
      expect(summarize(errors)).to.deep.equal(expected);
      expect(valid).to.equal(expected.length === 0);
    });
  }
});

describe('Workforce Pathways LA definition', () => {
  const cases: [string, unknown, string[]][] = [
    ['a complete plan', laPlan, []],
    ['other types next to the stipend type', { ...laPlan, planTypes: ['SELF_INITIATED', 'STIPEND_PROGRAM_REQUIREMENT'] }, []],
    ['no stipend type', { ...laPlan, planTypes: ['SELF_INITIATED'] }, ['/planTypes contains stipend.planTypeRequired']],
    ['another fiscal year', { ...laPlan, fiscalYear: '2025-2026' }, ['/fiscalYear const stipend.fiscalYear']],
    ['no fiscal year', { planTypes: laPlan.planTypes, participant: laPlan.participant }, ['/fiscalYear required stipend.fiscalYear']],
    ['no participant', { planTypes: laPlan.planTypes, fiscalYear: '2024-2025' }, ['/participant required participant.registryIdRequired']],
    ['no Registry ID', { ...laPlan, participant: {} }, ['/participant/registryId required participant.registryIdRequired']],
  ];

  for (const [situation, plan, expected] of cases) {
    it(`handles ${situation}`, async () => {
      const { errors } = await validatePlan(plan, workforcePathwaysLa);
      expect(summarize(errors)).to.deep.equal(expected);
    });
  }

  it('names the stipend plan type in its message', async () => {
    const { errors } = await validatePlan({ ...laPlan, planTypes: ['SELF_INITIATED'] }, workforcePathwaysLa);
    const model = readDefinition(workforcePathwaysLa);
    expect(errorMessage(errorsAt(errors, '/planTypes')[0], model)).to.include('"Stipend Program Requirement"');
  });

  it('collapses oneOf branches into one error', async () => {
    const { errors } = await validatePlan({ ...laPlan, planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'NOPE'] }, workforcePathwaysLa);
    const itemErrors = errorsAt(errors, '/planTypes/1');
    expect(itemErrors).to.have.length(1);
    expect(itemErrors[0].params.allowedValues).to.have.length(5);
  });

  it('routes errors by exact pointer', async () => {
    const { errors } = await validatePlan({ ...laPlan, participant: {} }, workforcePathwaysLa);
    expect(errorsAt(errors, '/participant')).to.deep.equal([]);
    expect(errorsAt(errors, '/participant/registryId')).to.have.length(1);
  });
});

describe('registerValidator', () => {
  it('takes precedence for its definition id', async () => {
    const alwaysValid = Object.assign(() => true, { errors: null });
    registerValidator('urn:example:registered:1', alwaysValid);
    const validator = await loadValidator({ ...registryGeneral, $id: 'urn:example:registered:1' });
    expect(validator({}).valid).to.equal(true);
  });

  it('rejects an empty definition id', () => {
    expect(() => registerValidator('', () => true)).to.throw(TypeError, /\$id/);
  });
});

describe('readDefinition', () => {
  it('reads offered and required plan types', () => {
    const model = readDefinition(workforcePathwaysLa);
    expect(model.id).to.equal(workforcePathwaysLa.$id);
    expect(model.planTypes.map((option) => option.id)).to.have.length(5);
    expect(model.requiredPlanTypes).to.deep.equal(['STIPEND_PROGRAM_REQUIREMENT']);
    expect(model.planTypes[2].title).to.equal('Stipend Program Requirement');
  });

  it('narrows plan types by an items enum', () => {
    const narrowed = { $id: 'urn:example:narrow', allOf: [{ $ref: 'urn:pgp-elements:plan' }, { properties: { planTypes: { items: { enum: ['QCC_QUALITY_IMPROVEMENT_PLAN', 'SELF_INITIATED'] } } } }] };
    expect(readDefinition(narrowed).planTypes.map((option) => option.id)).to.deep.equal(['SELF_INITIATED', 'QCC_QUALITY_IMPROVEMENT_PLAN']);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['an array', [], /not a JSON object/],
    ['no $id', { allOf: [{ $ref: 'urn:pgp-elements:plan' }] }, /no "\$id"/],
    ['no base reference', { $id: 'urn:example:a', type: 'object' }, /does not build on the base plan schema/],
    ['an unknown annotation', { $id: 'urn:example:b', allOf: [{ $ref: 'urn:pgp-elements:plan' }, { 'x-pgp-mesage': 'k' }] }, /unknown annotation "x-pgp-mesage"/],
    ['an unknown rule', { $id: 'urn:example:c', allOf: [{ $ref: 'urn:pgp-elements:plan' }], 'x-pgp-rule': 'sum' }, /unknown rule "sum"/],
    ['no plan types', { $id: 'urn:example:d', allOf: [{ $ref: 'urn:pgp-elements:plan' }, { properties: { planTypes: { items: { enum: [] } } } }] }, /offers no plan types/],
    ['an unknown plan type', { $id: 'urn:example:e', allOf: [{ $ref: 'urn:pgp-elements:plan' }, { properties: { planTypes: { items: { enum: ['X'] } } } }] }, /unknown plan type "X"/],
    ['a required type not offered', {
      $id: 'urn:example:f',
      allOf: [{ $ref: 'urn:pgp-elements:plan' }, { properties: { planTypes: { items: { enum: ['SELF_INITIATED'] }, contains: { const: 'STIPEND_PROGRAM_REQUIREMENT' } } } }],
    }, /requires the plan type "STIPEND_PROGRAM_REQUIREMENT" but does not offer it/],
  ];
  for (const [situation, definition, expected] of invalid) {
    it(`rejects ${situation}`, () => {
      let caught: unknown;
      try {
        readDefinition(definition);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(DefinitionError);
      expect((caught as DefinitionError).problem).to.equal('invalid');
      expect((caught as DefinitionError).detail).to.match(expected);
    });
  }

  it('reports a missing definition as missing', () => {
    expect(() => readDefinition(undefined)).to.throw(DefinitionError).with.property('problem', 'missing');
  });
});

describe('fetchDefinition', () => {
  it('fetches a definition as JSON', async () => {
    const fetched = (await fetchDefinition('/schemas/definitions/registry-general.json')) as { $id: string };
    expect(fetched.$id).to.equal(registryGeneral.$id);
  });

  it('reports a missing file as unreachable', async () => {
    const error = await fetchDefinition('/schemas/definitions/no-such-file.json').catch((caught: unknown) => caught);
    expect((error as DefinitionError).problem).to.equal('unreachable');
    expect((error as DefinitionError).detail).to.include('404');
    expect(definitionErrorMessage(error as DefinitionError)).to.include('could not be loaded');
  });

  it('reports a non-JSON file as not-json', async () => {
    const error = await fetchDefinition('/schemas/README.md').catch((caught: unknown) => caught);
    expect((error as DefinitionError).problem).to.equal('not-json');
  });
});

describe('messages for the plan types', () => {
  const model = readDefinition(workforcePathwaysLa);
  const errorAt = (instancePath: string, keyword: string, params: Record<string, unknown> = {}, messageKey = keyword): PlanError => ({
    instancePath,
    keyword,
    params,
    messageKey,
    schemaPath: '',
  });
  const errors = [
    errorAt('/planTypes', 'type', { type: 'array' }),
    errorAt('/planTypes/0', 'type', { type: 'integer' }),
    errorAt('/planTypes/0', 'pattern', { pattern: '^[A-Z_]+$' }),
    errorAt('/planTypes/0', 'format', { format: 'email' }),
    errorAt('/planTypes/0', 'format', { format: 'uuid' }),
    errorAt('/planTypes/0', 'const', { allowedValue: 'SELF_INITIATED' }),
    errorAt('/planTypes/1', 'enum', { allowedValues: ['SELF_INITIATED', 'NOT_OFFERED'] }),
    errorAt('/planTypes/1', 'oneOf', { allowedValues: ['CTC_PERMIT_UPGRADE_RENEWAL'] }),
    errorAt('/planTypes/1', 'anyOf', {}),
    errorAt('/planTypes', 'minItems', { limit: 2 }),
    errorAt('/planTypes', 'maxItems', { limit: 3 }),
    errorAt('/planTypes', 'uniqueItems', { i: 1, j: 0 }),
    errorAt('/planTypes', 'contains', { minContains: 1 }),
    errorAt('/planTypes', 'contains', { planType: 'STIPEND_PROGRAM_REQUIREMENT' }, 'stipend.planTypeRequired'),
    errorAt('/planTypes/0', 'minLength', { limit: 1 }),
    errorAt('/planTypes/0', 'minLength', { limit: 4 }),
    errorAt('/planTypes/0', 'maxLength', { limit: 30 }),
    errorAt('/planTypes', 'not', {}),
    errorAt('/planTypes', 'maxContains', { limit: 1 }),
  ];

  it('match errorMessage for every keyword a list of ids can fail', () => {
    for (const error of errors) {
      expect(describeError(error, model, planTypesLabel(), LIST_KEYWORD_MESSAGES), `${error.instancePath} ${error.keyword}`).to.equal(errorMessage(error, model));
    }
  });

  it('cover every list keyword with its own text', () => {
    const general = describeError(errorAt('/planTypes', 'not'), model, planTypesLabel(), LIST_KEYWORD_MESSAGES);
    for (const keyword of Object.keys(LIST_KEYWORD_MESSAGES)) {
      expect(describeError(errorAt('/planTypes', keyword, { limit: 2 }), model, planTypesLabel(), LIST_KEYWORD_MESSAGES), keyword).to.not.equal(general);
    }
  });
});
