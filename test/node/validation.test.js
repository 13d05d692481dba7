// Runs the validation module in Node, as a host server would, against the built dist/validation.js.
// PGP_VALIDATION_MODULE points the tests at another build of src/validation/index.ts.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modulePath = process.env.PGP_VALIDATION_MODULE ?? join(root, 'dist/validation.js');
const validation = await import(pathToFileURL(modulePath).href);
const cli = join(root, 'bin/pgp-elements.js');
const compiler = await import(pathToFileURL(cli).href);

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const basePlanSchema = readJson('schemas/plan.schema.json');
const registryGeneral = readJson('schemas/definitions/registry-general.json');
const workforcePathwaysLa = readJson('schemas/definitions/workforce-pathways-la-2024-25.json');

const validLaPlan = {
  planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'CTC_PERMIT_UPGRADE_RENEWAL'],
  fiscalYear: '2024-2025',
  participant: { registryId: '100123456', contact: { email: 'ana@example.org' } },
  goals: [{ statement: 'Finish ECE 101', startDate: '2024-08-26', targetDate: '2024-12-13' }],
  customField: { keptBy: 'host' },
};

describe('validatePlan in Node', () => {
  it('accepts a complete Workforce Pathways LA plan', async () => {
    const result = await validation.validatePlan(validLaPlan, workforcePathwaysLa);
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
  });

  it('names the stipend plan type when it is missing', async () => {
    const plan = { ...validLaPlan, planTypes: ['SELF_INITIATED'] };
    const { errors } = await validation.validatePlan(plan, workforcePathwaysLa);
    const model = validation.readDefinition(workforcePathwaysLa);
    const [error] = validation.errorsAt(errors, '/planTypes');
    assert.equal(error.messageKey, 'stipend.planTypeRequired');
    assert.match(validation.errorMessage(error, model), /Stipend Program Requirement/);
  });

  it('reports a missing Registry ID at its own pointer', async () => {
    const plan = { ...validLaPlan, participant: {} };
    const { errors } = await validation.validatePlan(plan, workforcePathwaysLa);
    assert.deepEqual(errors.map((error) => [error.instancePath, error.keyword, error.messageKey]), [
      ['/participant/registryId', 'required', 'participant.registryIdRequired'],
    ]);
  });

  it('rejects a fiscal year whose years are not consecutive', async () => {
    const { errors } = await validation.validatePlan({ planTypes: ['SELF_INITIATED'], fiscalYear: '2024-2026' }, registryGeneral);
    assert.deepEqual(errors.map((error) => [error.instancePath, error.messageKey]), [['/fiscalYear', 'rule.consecutive-years']]);
    assert.equal(errors[0].params.expected, '2024-2025');
  });

  it('gives the same errors for a host copy compiled at run time', async () => {
    const plan = { planTypes: ['SELF_INITIATED', 'NOT_A_TYPE'], fiscalYear: '2024-2026', participant: { registryId: '99' } };
    const shipped = await validation.validatePlan(plan, workforcePathwaysLa);
    const hostCopy = await validation.validatePlan(plan, { ...workforcePathwaysLa, $id: 'urn:example:host-copy' });
    assert.equal(shipped.errors.length, 5);
    assert.deepEqual(hostCopy.errors, shipped.errors);
  });

  it('rejects a host definition that ajv rejects', async () => {
    const broken = { $id: 'urn:example:broken', allOf: [{ $ref: 'urn:pgp-elements:plan' }], properties: { planTypes: { minItems: 'two' } } };
    await assert.rejects(validation.loadValidator(broken), (error) => error.problem === 'invalid' && /minItems/.test(error.detail));
  });

  it('rejects a misspelled x-pgp- annotation', async () => {
    const misspelled = { $id: 'urn:example:typo', allOf: [{ $ref: 'urn:pgp-elements:plan' }, { 'x-pgp-mesage': 'a' }] };
    await assert.rejects(validation.loadValidator(misspelled), (error) => error.problem === 'invalid' && /x-pgp-mesage/.test(error.detail));
    assert.throws(() => validation.readDefinition(misspelled), /unknown annotation "x-pgp-mesage"/);
  });
});

describe('precompiled annotations', () => {
  for (const [name, definition] of [['registry-general', registryGeneral], ['workforce-pathways-la', workforcePathwaysLa]]) {
    it(`match the run-time index for ${name}`, () => {
      assert.deepEqual(compiler.collectAnnotations(definition, basePlanSchema), validation.collectAnnotations(definition, basePlanSchema));
    });
  }
});

describe('precompiled format checks', () => {
  const ajv = addFormats(new Ajv2020());
  const samples = {
    date: ['2024-02-29', '2023-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '0000-01-01', ' 2024-01-01'],
    time: ['10:00:00Z', '10:00:00', '23:59:60Z', '15:59:60-08:00', '10:00:60Z', '24:00:00Z', '10:00:00.5+05:30', '10:00:00+2400'],
    'date-time': ['2024-07-01T10:00:00Z', '2024-07-01 10:00:00Z', '2024-07-01T10:00:00', '2024-02-30T10:00:00Z', '2024-07-01t10:00:00z'],
    email: ['ana@example.org', 'a.b+c@mail.example.co', 'a..b@example.org', 'ana@example', 'ana@-example.org', '@example.org', 'a@b@example.org'],
  };
  for (const [format, values] of Object.entries(samples)) {
    it(`agree with ajv-formats on ${format}`, () => {
      const source = compiler.compileDefinitionModule(
        { $id: `urn:example:format-${format}`, allOf: [{ $ref: 'urn:pgp-elements:plan' }, { properties: { sample: { type: 'string', format } } }] },
        basePlanSchema,
      );
      const directory = mkdtempSync(join(tmpdir(), 'pgp-format-'));
      writeFileSync(join(directory, 'validator.mjs'), source);
      const script = `import { validate } from './validator.mjs'; console.log(JSON.stringify(${JSON.stringify(values)}.map((sample) => validate({ planTypes: ['SELF_INITIATED'], sample }))));`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: directory, encoding: 'utf8' });
      const checkFormat = ajv.compile({ type: 'string', format });
      assert.deepEqual(JSON.parse(output), values.map((value) => checkFormat(value)));
    });
  }
});

describe('pgp-elements compile', () => {
  const hostDefinition = {
    $id: 'urn:example:county-stipend:1',
    title: 'County stipend plan',
    allOf: [
      { $ref: 'urn:pgp-elements:plan' },
      { 'x-pgp-message': 'county.advisor', type: 'object', required: ['advisor'] },
    ],
    'x-pgp-messages': { 'county.advisor': 'Name your advisor.' },
  };

  it('writes a module that validates without ajv', () => {
    const directory = mkdtempSync(join(tmpdir(), 'pgp-cli-'));
    writeFileSync(join(directory, 'county.json'), JSON.stringify(hostDefinition));
    execFileSync(process.execPath, [cli, 'compile', 'county.json', '-o', 'county.js'], { cwd: directory });

    const source = readFileSync(join(directory, 'county.js'), 'utf8');
    assert.doesNotMatch(source, /\brequire\(|\beval\(|\bFunction\(|from ['"]ajv/);
    writeFileSync(join(directory, 'package.json'), '{"type":"module"}');
    const script = "import { validate, definition } from './county.js'; console.log(JSON.stringify([definition.$id, validate({ planTypes: ['SELF_INITIATED'] }), validate.errors, validate.annotations.messages.map((message) => message.key)]));";
    const output = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: directory, encoding: 'utf8' }));
    assert.equal(output[0], 'urn:example:county-stipend:1');
    assert.equal(output[1], false);
    assert.equal(output[2][0].params.missingProperty, 'advisor');
    assert.ok(output[3].includes('county.advisor'));
  });

  it('validates through registerValidator with the host message', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pgp-cli-'));
    writeFileSync(join(directory, 'county.json'), JSON.stringify({ ...hostDefinition, $id: 'urn:example:county-stipend:2' }));
    execFileSync(process.execPath, [cli, 'compile', 'county.json', '-o', 'county.mjs'], { cwd: directory });
    const compiled = await import(pathToFileURL(join(directory, 'county.mjs')).href);

    validation.registerValidator(compiled.definition.$id, compiled.validate);
    const { errors } = await validation.validatePlan({ planTypes: ['SELF_INITIATED'] }, compiled.definition);
    const [error] = validation.errorsAt(errors, '/advisor');
    assert.equal(validation.errorMessage(error, validation.readDefinition(compiled.definition)), 'Name your advisor.');
  });

  const failures = [
    ['a missing file', [], 'missing.json', /missing\.json was not found/],
    ['bad JSON', [['bad.json', '{ "$id": ']], 'bad.json', /bad\.json is not valid JSON/],
    ['a schema ajv rejects', [['rejected.json', JSON.stringify({ $id: 'urn:example:x', type: 'objekt' })]], 'rejected.json', /rejected\.json is not a valid plan definition/],
  ];
  for (const [situation, files, input, expected] of failures) {
    it(`explains ${situation}`, () => {
      const directory = mkdtempSync(join(tmpdir(), 'pgp-cli-'));
      for (const [name, text] of files) writeFileSync(join(directory, name), text);
      const result = spawnSync(process.execPath, [cli, 'compile', input], { cwd: directory, encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stderr, expected);
    });
  }
});
