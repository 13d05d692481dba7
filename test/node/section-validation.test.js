// Checks that a section validator (loadValidator with `section`) reports exactly the errors of the
// whole-plan validator at and below that section, for the shipped definitions (precompiled) and for
// host definitions (compiled at run time), and that the reduction gives up where it must.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modulePath = process.env.PGP_VALIDATION_MODULE ?? join(root, 'dist/validation.js');
const validation = await import(pathToFileURL(modulePath).href);

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const basePlanSchema = readJson('schemas/plan.schema.json');
const registryGeneral = readJson('schemas/definitions/registry-general.json');
const workforcePathwaysLa = readJson('schemas/definitions/workforce-pathways-la-2024-25.json');

async function importTypeScript(path) {
  const result = await build({ entryPoints: [join(root, path)], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
  const file = join(mkdtempSync(join(tmpdir(), 'pgp-section-test-')), 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
const { sectionSchemas } = await importTypeScript('src/validation/section-schema.ts');

const complete = {
  planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'CTC_PERMIT_UPGRADE_RENEWAL'],
  fiscalYear: '2024-2025',
  participant: { registryId: '100123456' },
};

const plans = [
  ['a complete plan', complete],
  ['no planTypes', { fiscalYear: '2024-2025' }],
  ['an empty list', { planTypes: [] }],
  ['a string for the list', { planTypes: 'SELF_INITIATED' }],
  ['an object for the list', { planTypes: { 0: 'SELF_INITIATED' } }],
  ['no stipend type', { ...complete, planTypes: ['SELF_INITIATED'] }],
  ['an unknown type', { ...complete, planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'NOT_A_TYPE'] }],
  ['a repeated type', { planTypes: ['SELF_INITIATED', 'SELF_INITIATED'] }],
  ['non-string items', { planTypes: [1, null, ['SELF_INITIATED']] }],
  ['errors elsewhere only', { ...complete, fiscalYear: '2024-2026', participant: {} }],
  ['errors everywhere', { planTypes: ['NOPE', 'NOPE'], fiscalYear: 2024, participant: { registryId: 'x' }, goals: [{}] }],
  ['unknown properties kept', { ...complete, customField: { planTypes: 'not checked' } }],
  ['null', null],
  ['an array', [complete]],
  ['a string', 'planTypes'],
];

function inSection(errors, section) {
  return errors.filter((error) => error.instancePath === `/${section}` || error.instancePath.startsWith(`/${section}/`));
}

async function assertSameSectionErrors(definition, section) {
  const whole = await validation.loadValidator(definition);
  const reduced = await validation.loadValidator(definition, { section });
  for (const [situation, plan] of plans) {
    const expected = inSection(whole(plan).errors, section);
    const actual = reduced(plan);
    assert.deepEqual(actual.errors, expected, `errors for ${situation}`);
    assert.equal(actual.valid, expected.length === 0, `validity for ${situation}`);
  }
}

describe('planTypes section validator', () => {
  for (const [name, definition] of [['registry-general', registryGeneral], ['workforce-pathways-la', workforcePathwaysLa]]) {
    it(`matches the whole plan for ${name}`, async () => {
      await assertSameSectionErrors(definition, 'planTypes');
    });

    it(`matches the whole plan for a run-time copy of ${name}`, async () => {
      await assertSameSectionErrors({ ...definition, $id: `urn:example:section-copy:${name}` }, 'planTypes');
    });
  }

  it('reports the stipend rule with its message key', async () => {
    const validator = await validation.loadValidator(workforcePathwaysLa, { section: 'planTypes' });
    const { errors } = validator({ planTypes: ['SELF_INITIATED'] });
    assert.deepEqual(errors.map((error) => [error.instancePath, error.keyword, error.messageKey]), [['/planTypes', 'contains', 'stipend.planTypeRequired']]);
  });

  it('is precompiled without the other properties', async () => {
    for (const name of ['registry-general', 'workforce-pathways-la-2024-25']) {
      const reduced = await import(pathToFileURL(join(root, `src/validation/generated/${name}.planTypes.js`)).href);
      const whole = readFileSync(join(root, `src/validation/generated/${name}.js`), 'utf8');
      const source = readFileSync(join(root, `src/validation/generated/${name}.planTypes.js`), 'utf8');
      assert.equal(reduced.validate({ planTypes: ['STIPEND_PROGRAM_REQUIREMENT'], fiscalYear: 1, goals: 'x' }), true, name);
      assert.doesNotMatch(source, /fiscalYear|registryId|goals/, name);
      assert.ok(source.length * 4 < whole.length, `${name}: ${source.length} characters against ${whole.length}`);
    }
  });

  it('rejects a section that is not a property name', async () => {
    await assert.rejects(validation.loadValidator(registryGeneral, { section: '' }), /"section" option/);
    await assert.rejects(validation.loadValidator(registryGeneral, { section: 7 }), /got 7/);
  });
});

describe('section reduction of host definitions', () => {
  const base = { $ref: 'urn:pgp-elements:plan' };
  const hostDefinitions = [
    ['an if on another property', { allOf: [base, { if: { required: ['fiscalYear'], properties: { fiscalYear: { const: '2024-2025' } } }, then: { properties: { planTypes: { maxItems: 2 } } } }] }],
    ['an if that does not reach planTypes', { allOf: [base, { if: { required: ['goals'] }, then: { required: ['fiscalYear'] }, else: { required: ['advisor'] } }] }],
    ['an anyOf mixing properties', { allOf: [base, { anyOf: [{ required: ['advisor'] }, { properties: { planTypes: { contains: { const: 'SELF_INITIATED' } } } }] }] }],
    ['a oneOf on other properties', { allOf: [base, { oneOf: [{ required: ['advisor'] }, { required: ['employer'] }] }] }],
    ['a not', { allOf: [base, { not: { required: ['legacyId'] } }] }],
    ['additionalProperties', { allOf: [base, { properties: { fiscalYear: true }, additionalProperties: { type: 'object' } }] }],
    ['patternProperties', { allOf: [base, { patternProperties: { '^plan': { maxItems: 3 }, '^x-': { type: 'string' } } }] }],
    ['dependentSchemas', { allOf: [base, { dependentSchemas: { employer: { properties: { planTypes: { contains: { const: 'EMPLOYER_RECOMMENDED_REQUIRED' } } } } } }] }],
    ['a plan-level local $ref', { allOf: [base, { $ref: '#/$defs/rules' }], $defs: { rules: { required: ['advisor'], properties: { advisor: { type: 'object' } } } } }],
  ];

  hostDefinitions.forEach(([situation, schema], index) => {
    it(`keeps planTypes errors with ${situation}`, async () => {
      await assertSameSectionErrors({ $id: `urn:example:reduction:${index}`, ...schema }, 'planTypes');
    });
  });

  it('keeps only what reaches planTypes', () => {
    const definition = {
      $id: 'urn:example:reduce',
      allOf: [
        base,
        { type: 'object', required: ['fiscalYear', 'planTypes'], properties: { fiscalYear: { const: 'x' }, planTypes: { maxItems: 3 } } },
        { 'x-pgp-message': 'county.advisor', required: ['advisor'] },
        { 'x-pgp-message': 'county.planTypes', title: 'Kept', properties: { planTypes: { maxItems: 4 } } },
        { not: { required: ['planTypes'] } },
        { anyOf: [{ required: ['advisor'] }, { required: ['employer'] }] },
        { if: { required: ['goals'] }, then: { required: ['fiscalYear'] } },
      ],
    };
    const reduced = sectionSchemas(definition, basePlanSchema, 'planTypes');
    assert.deepEqual(reduced.definition.allOf, [
      base,
      { required: ['planTypes'], properties: { planTypes: { maxItems: 3 } } },
      {},
      { 'x-pgp-message': 'county.planTypes', title: 'Kept', properties: { planTypes: { maxItems: 4 } } },
      {},
      {},
      {},
    ]);
    assert.deepEqual(Object.keys(reduced.basePlanSchema.properties), ['planTypes']);
    assert.deepEqual(reduced.basePlanSchema.$defs, basePlanSchema.$defs);
  });

  it('keeps the condition of a then that reaches planTypes', () => {
    const rule = { if: { required: ['employer'] }, then: { required: ['advisor'], properties: { planTypes: { minItems: 2 } } } };
    const reduced = sectionSchemas({ $id: 'urn:example:if', allOf: [base, rule] }, basePlanSchema, 'planTypes');
    assert.deepEqual(reduced.definition.allOf[1], { if: rule.if, then: { properties: { planTypes: { minItems: 2 } } } });
  });

  const irreducible = [
    ['unevaluatedProperties', { allOf: [base], unevaluatedProperties: false }],
    ['a kept anyOf that refers to the base plan', { allOf: [base, { anyOf: [base, { properties: { planTypes: { maxItems: 1 } } }] }] }],
    ['planTypes that refer to the definition root', { allOf: [base, { properties: { planTypes: { items: { $ref: '#' } } } }] }],
    ['a plan-level local $ref that reaches planTypes', { allOf: [base, { $ref: '#/$defs/rules' }], $defs: { rules: { properties: { planTypes: { maxItems: 2 } } } } }],
    ['an unknown external $ref', { allOf: [base, { $ref: 'https://example.org/other.json' }] }],
  ];
  for (const [situation, schema] of irreducible) {
    it(`gives up on ${situation}`, () => {
      assert.equal(sectionSchemas({ $id: 'urn:example:irreducible', ...schema }, basePlanSchema, 'planTypes'), null);
    });
  }

  it('falls back to the whole plan when it gives up', async () => {
    const definition = { $id: 'urn:example:fallback', allOf: [base, { properties: { planTypes: { maxItems: 1 } } }], unevaluatedProperties: false };
    const validator = await validation.loadValidator(definition, { section: 'planTypes' });
    const { errors } = validator({ planTypes: ['SELF_INITIATED', 'CTC_PERMIT_UPGRADE_RENEWAL'], extra: 1 });
    assert.deepEqual(errors.map((error) => [error.instancePath, error.keyword]), [['/planTypes', 'maxItems']]);
    await assertSameSectionErrors(definition, 'planTypes');
  });

  it('still rejects a definition broken outside the section', async () => {
    const broken = { $id: 'urn:example:broken-elsewhere', allOf: [base, { properties: { fiscalYear: { minLength: 'two' } } }] };
    await assert.rejects(validation.loadValidator(broken, { section: 'planTypes' }), (error) => error.problem === 'invalid' && /minLength/.test(error.detail));
  });
});
