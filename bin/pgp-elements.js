#!/usr/bin/env node
// Precompiles PGP plan definitions into self-contained ES modules, so pages with a strict
// Content-Security-Policy (no 'unsafe-eval') can validate plans without ajv's code generation.
//
// Usage: pgp-elements compile DEFINITION.json [-o OUT.js]
//
// The module it writes validates the whole plan and exports `validate` (with `validate.annotations`),
// `annotations` and `definition`; pass `validate` to registerValidator(). It writes no section
// validators: an element that validates one section, such as <pgp-type-picker> with `planTypes`,
// runs the registered whole-plan validator and keeps the errors in its section.
//
// The build imports compileDefinitionModule() from this file to precompile the shipped definitions,
// and their section validators from definitions reduced by src/validation/section-schema.ts.

import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const basePlanSchemaPath = resolve(packageRoot, 'schemas/plan.schema.json');

export const BASE_PLAN_SCHEMA_ID = 'urn:pgp-elements:plan';

/** The rules that `x-pgp-rule` may name; the validation module evaluates them after ajv. */
export const PLAN_RULES = [
  'consecutive-years',
  'date-order',
  'dates-within-cycle',
  'min-distinct-categories',
  'min-total-hours',
  'min-total-units',
];

const CREDIT_UNIT_TYPES = ['CLOCK_HOUR', 'SEMESTER_UNIT', 'QUARTER_UNIT', 'CEU'];

const PARAM_VALUE = {
  anyOf: [
    { type: ['string', 'number', 'boolean'] },
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: { type: 'number' } },
  ],
};

const NON_NEGATIVE_NUMBER = { type: 'number', minimum: 0 };

/** The value of `x-pgp-goal-list`; the same meta-schema as src/plan/vocabulary.ts. */
export const GOAL_LIST_META_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
    extraFields: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    hoursPerUnit: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(CREDIT_UNIT_TYPES.map((unitType) => [unitType, NON_NEGATIVE_NUMBER])),
    },
    hoursTarget: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['hours'],
      properties: { hours: NON_NEGATIVE_NUMBER },
    },
    unitsTarget: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['units'],
      properties: { units: NON_NEGATIVE_NUMBER, unitType: { enum: ['SEMESTER_UNIT', 'QUARTER_UNIT'] } },
    },
    goalCount: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    },
    followUpCheckpoints: { type: 'array', items: { enum: ['MONTH_6', 'MONTH_12', 'OTHER'] }, uniqueItems: true },
  },
};

/** The value of `x-pgp-i18n`; the same meta-schema as src/plan/vocabulary.ts. */
export const I18N_META_SCHEMA = {
  type: 'object',
  propertyNames: { enum: ['en', 'es', 'zh-Hant'] },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    properties: {
      title: { type: 'string' },
      messages: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
};

/** The `x-pgp-` annotations a definition may use, with the value each one accepts. */
export const PGP_KEYWORDS = {
  'x-pgp-message': { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
  'x-pgp-params': { type: 'object', additionalProperties: PARAM_VALUE },
  'x-pgp-messages': { type: 'object', additionalProperties: { type: 'string' } },
  'x-pgp-rule': { enum: PLAN_RULES },
  'x-pgp-goal-list': GOAL_LIST_META_SCHEMA,
  'x-pgp-i18n': I18N_META_SCHEMA,
};

/** A failure the command reports to its user: what is wrong and what to do. */
export class CompileError extends Error {}

// The formats a precompiled module can check. Each checker is written without outer variables,
// because its source text is copied into the generated module. They accept what ajv-formats 3
// accepts in its "full" mode for the same names; test/node/validation.test.js checks that.
const FORMAT_CHECKERS = {
  date: function checkDate(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const daysInMonth = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
  },
  time: function checkTime(value) {
    const match = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:(z)|([+-])(\d{2})(?::?(\d{2}))?)$/i.exec(value);
    if (!match) return false;
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    const second = Number(match[3]);
    const sign = match[6] === '-' ? -1 : 1;
    const offsetHours = Number(match[7] || 0);
    const offsetMinutes = Number(match[8] || 0);
    if (offsetHours > 23 || offsetMinutes > 59) return false;
    if (hour <= 23 && minute <= 59 && second < 60) return true;

    // A leap second is only valid at 23:59:60 UTC, so shift by the offset before checking.
    const utcMinute = minute - sign * offsetMinutes;
    const utcHour = hour - sign * offsetHours - (utcMinute < 0 ? 1 : 0);
    return second === 60 && (utcMinute === 59 || utcMinute === -1) && (utcHour === 23 || utcHour === -1);
  },
  'date-time': function checkDateTime(value, checkDate, checkTime) {
    const parts = value.split(/t|\s/i);
    return parts.length === 2 && checkDate(parts[0]) && checkTime(parts[1]);
  },
  email: function checkEmail(value) {
    const at = value.lastIndexOf('@');
    if (at < 1) return false;
    const localPart = value.slice(0, at);
    const domain = value.slice(at + 1);
    const atom = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+$/i;
    const label = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
    const domainLabels = domain.split('.');
    return (
      localPart.split('.').every((part) => atom.test(part)) &&
      domainLabels.length >= 2 &&
      domainLabels.every((part) => label.test(part))
    );
  },
};

// Small stand-ins for the ajv runtime helpers that standalone code loads with require().
const RUNTIME_HELPERS = {
  'ajv/dist/runtime/ucs2length': function countCodePoints(text) {
    let count = 0;
    for (const character of text) count += character ? 1 : 0;
    return count;
  },
  'ajv/dist/runtime/equal': function deepEqual(left, right) {
    if (left === right) return true;
    if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
      return left !== left && right !== right;
    }
    if (Array.isArray(left) !== Array.isArray(right)) return false;
    const leftKeys = Object.keys(left);
    const rightKeys = Object.keys(right);
    if (leftKeys.length !== rightKeys.length) return false;
    return leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
  },
};

/** Reads and parses a JSON file, naming the file in every error. */
export function readJsonFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'was not found' : `could not be read (${error.code ?? error.message})`;
    throw new CompileError(`${path} ${reason}. Check the path and try again.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CompileError(`${path} is not valid JSON: ${error.message}. Fix the JSON and try again.`);
  }
}

/** Creates an ajv instance with the base plan schema and the `x-pgp-` keywords registered. */
export function createPlanAjv(basePlanSchema, options = {}) {
  // strictTypes and strictRequired stay off: definitions add small rule subschemas (a lone
  // `required`, a `contains`) next to the base schema, and those are correct without `type`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, ...options });
  addFormats(ajv);
  for (const [keyword, metaSchema] of Object.entries(PGP_KEYWORDS)) {
    ajv.addKeyword({ keyword, metaSchema });
  }
  ajv.addSchema(basePlanSchema);
  return ajv;
}

// Same walk as src/validation/annotations.ts, kept in plain JavaScript so this command runs
// without a build; test/node/validation.test.js checks that both give the same index.
const SAME_LOCATION_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const SAME_LOCATION_KEYWORDS = ['if', 'then', 'else', 'not'];

/** Builds the index of `x-pgp-message` and `x-pgp-rule` annotations (see schemas/README.md). */
export function collectAnnotations(definition, basePlanSchema) {
  const walk = {
    documents: new Map([['', definition], [BASE_PLAN_SCHEMA_ID, basePlanSchema]]),
    messages: new Map(),
    rules: [],
  };
  visitSchema(walk, definition, '', '#', [], new Set());

  const messages = [...walk.messages.values()];
  for (const message of messages) message.instancePaths.sort((a, b) => a.join('/').localeCompare(b.join('/')));
  return { messages, rules: walk.rules };
}

function visitSchema(walk, schema, documentId, schemaPath, instancePath, stack) {
  if (!isObject(schema) || stack.has(schema)) return;
  const innerStack = new Set(stack).add(schema);
  recordAnnotations(walk, schema, documentId, schemaPath, instancePath);

  const visit = (child, childPath, childInstance) => visitSchema(walk, child, documentId, childPath, childInstance, innerStack);
  for (const [name, child] of Object.entries(asObject(schema.properties))) {
    visit(child, `${schemaPath}/properties/${escapePointerSegment(name)}`, [...instancePath, name]);
  }
  for (const [pattern, child] of Object.entries(asObject(schema.patternProperties))) {
    visit(child, `${schemaPath}/patternProperties/${escapePointerSegment(pattern)}`, [...instancePath, '*']);
  }
  visit(schema.additionalProperties, `${schemaPath}/additionalProperties`, [...instancePath, '*']);
  visit(schema.items, `${schemaPath}/items`, [...instancePath, '*']);
  visit(schema.contains, `${schemaPath}/contains`, [...instancePath, '*']);
  asList(schema.prefixItems).forEach((child, index) => visit(child, `${schemaPath}/prefixItems/${index}`, [...instancePath, String(index)]));

  for (const keyword of SAME_LOCATION_LIST_KEYWORDS) {
    asList(schema[keyword]).forEach((child, index) => visit(child, `${schemaPath}/${keyword}/${index}`, instancePath));
  }
  for (const keyword of SAME_LOCATION_KEYWORDS) visit(schema[keyword], `${schemaPath}/${keyword}`, instancePath);

  if (typeof schema.$ref === 'string') {
    const target = resolveReference(walk, schema.$ref, documentId);
    if (target) visitSchema(walk, target.schema, target.documentId, target.schemaPath, instancePath, innerStack);
  }
}

function recordAnnotations(walk, schema, documentId, schemaPath, instancePath) {
  const rule = schema['x-pgp-rule'];
  if (typeof rule === 'string' && !walk.rules.some((known) => known.rule === rule && known.instancePath.join('/') === instancePath.join('/'))) {
    const messageKey = typeof schema['x-pgp-message'] === 'string' ? schema['x-pgp-message'] : `rule.${rule}`;
    walk.rules.push({ rule, instancePath, params: asObject(schema['x-pgp-params']), messageKey });
  }
  if (typeof schema['x-pgp-message'] !== 'string') return;

  const id = `${documentId}${schemaPath}`;
  const existing = walk.messages.get(id);
  if (existing) {
    if (!existing.instancePaths.some((path) => path.join('/') === instancePath.join('/'))) existing.instancePaths.push(instancePath);
    return;
  }
  walk.messages.set(id, {
    key: schema['x-pgp-message'],
    params: asObject(schema['x-pgp-params']),
    schemaPaths: reportablePaths(walk.documents.get(documentId), schemaPath),
    instancePaths: [instancePath],
  });
}

// ajv reports an error inside a $ref-ed subschema relative to the document root when it inlines
// the reference, and relative to the referenced subschema when it compiles it as its own function.
function reportablePaths(document, schemaPath) {
  const paths = new Set([schemaPath]);
  for (const target of localReferenceTargets(document)) {
    if (schemaPath.startsWith(`${target}/`)) paths.add(`#${schemaPath.slice(target.length)}`);
  }
  return [...paths];
}

function localReferenceTargets(schema, targets = new Set()) {
  if (Array.isArray(schema)) schema.forEach((item) => localReferenceTargets(item, targets));
  if (!isObject(schema)) return targets;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) targets.add(schema.$ref);
  for (const value of Object.values(schema)) localReferenceTargets(value, targets);
  return targets;
}

function resolveReference(walk, reference, documentId) {
  const hashIndex = reference.indexOf('#');
  const address = hashIndex === -1 ? reference : reference.slice(0, hashIndex);
  const fragment = hashIndex === -1 ? '' : reference.slice(hashIndex + 1);
  const targetId = address === '' ? documentId : address;
  const document = walk.documents.get(targetId);
  if (!document) return null;

  let schema = document;
  for (const segment of fragment.split('/').slice(1)) {
    schema = isObject(schema) ? schema[unescapePointerSegment(segment)] : undefined;
  }
  return schema === undefined ? null : { schema, documentId: targetId, schemaPath: `#${fragment}` };
}

function asObject(value) {
  return isObject(value) ? value : {};
}

function asList(value) {
  return Array.isArray(value) ? value : [];
}

/**
 * Compiles one definition into the source of a self-contained ES module that exports `validate`
 * (with its `annotations`), `annotations` and, unless `exportDefinition` is false, `definition`.
 */
export function compileDefinitionModule(definition, basePlanSchema, sourceName = 'definition', { exportDefinition = true } = {}) {
  if (!isObject(definition)) throw new CompileError(`${sourceName} is not a JSON object. A plan definition is a JSON Schema object.`);
  if (typeof definition.$id !== 'string' || definition.$id === '') {
    throw new CompileError(`${sourceName} has no "$id". Give the definition a unique "$id", because a precompiled validator is chosen by it.`);
  }

  checkRequiredPlanTypes(definition);

  const ajv = createPlanAjv(basePlanSchema, { messages: false, code: { source: true, esm: true } });
  let validate;
  try {
    validate = ajv.compile(definition);
  } catch (error) {
    throw new CompileError(`${sourceName} is not a valid plan definition: ${error.message}. Fix the schema and try again.`);
  }

  const generated = makeSelfContained(standaloneCode(ajv, validate), sourceName);
  const functionName = /export const validate = (\w+);/.exec(generated)?.[1];
  const annotations = collectAnnotations(definition, basePlanSchema);
  return [
    `// Generated by pgp-elements from ${basename(sourceName)}. Do not edit; compile the definition again instead.`,
    generated,
    ...(exportDefinition ? [`export const definition = ${JSON.stringify(definition)};`] : []),
    `export const annotations = ${JSON.stringify(annotations)};`,
    `${functionName}.annotations = annotations;`,
    '',
  ].join('\n');
}

const PLAN_TYPE_IDS = [
  'SELF_INITIATED',
  'EMPLOYER_RECOMMENDED_REQUIRED',
  'STIPEND_PROGRAM_REQUIREMENT',
  'QCC_QUALITY_IMPROVEMENT_PLAN',
  'CTC_PERMIT_UPGRADE_RENEWAL',
];

// The same check, in the same words, as readDefinition() in src/plan/definition.ts: a plan type
// the definition requires (`contains`) must be one it offers (`items.enum`), or no plan can pass.
function checkRequiredPlanTypes(definition) {
  const rules = [definition, ...asList(definition.allOf)]
    .map((schema) => (isObject(schema) && isObject(schema.properties) ? schema.properties.planTypes : undefined))
    .filter(isObject);

  let offered = [...PLAN_TYPE_IDS];
  for (const rule of rules) {
    if (isObject(rule.items) && Array.isArray(rule.items.enum)) offered = offered.filter((id) => rule.items.enum.includes(id));
  }
  for (const rule of rules) {
    const required = isObject(rule.contains) ? rule.contains.const : undefined;
    if (typeof required === 'string' && !offered.includes(required)) {
      throw new CompileError(`The plan definition "${definition.$id}" requires the plan type "${required}" but does not offer it. Add it to the offered plan types or remove the "contains" rule.`);
    }
  }
}

function makeSelfContained(code, sourceName) {
  const helpers = [];
  let result = code.replace(/^"use strict";/, '');

  result = result.replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\.([\w$]+)|\["([^"]+)"\])/g, (_match, dotted, quoted) => {
    const format = dotted ?? quoted;
    if (!FORMAT_CHECKERS[format]) {
      throw new CompileError(
        `${sourceName} uses "format": "${format}", which precompiled validators cannot check. ` +
          `Use one of ${Object.keys(FORMAT_CHECKERS).join(', ')}, or a "pattern", or validate this definition at run time.`,
      );
    }
    return `{ validate: pgpFormat_${format.replace(/\W/g, '_')} }`;
  });
  if (result.includes('pgpFormat_date_time')) helpers.push(formatHelperSource('date'), formatHelperSource('time'));
  for (const format of Object.keys(FORMAT_CHECKERS)) {
    if (result.includes(`pgpFormat_${format.replace(/\W/g, '_')}`)) helpers.push(formatHelperSource(format));
  }

  result = result.replace(/require\("([^"]+)"\)\.default/g, (match, module) => {
    const helper = RUNTIME_HELPERS[module];
    if (!helper) return match;
    helpers.push(helper.toString());
    return helper.name;
  });

  result = removeSchemaConstants(result);
  result = shortenErrorPushes(result);
  if (result.includes('pgpAddError(')) helpers.push(ADD_ERROR_HELPER);
  const unexpected = /\brequire\(|\beval\(|\bFunction\(/.exec(result);
  if (unexpected) {
    throw new CompileError(`${sourceName} compiled to code that needs "${unexpected[0]}", which a self-contained module cannot use. Simplify the keywords it uses or validate it at run time.`);
  }
  return [...new Set(helpers), result].join('\n');
}

// ajv writes `const errN = {...};if(vErrors === null){vErrors = [errN];}else {vErrors.push(errN);}errors++;`
// for each error it can report, a few hundred times in a whole-plan validator. One helper call
// does the same and leaves less for the page to download.
const ADD_ERROR_HELPER = 'function pgpAddError(list, error) { if (list === null) return [error]; list.push(error); return list; }';

function shortenErrorPushes(code) {
  return code.replace(
    /const (err\d+) = (\{[^;]*?\});if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    (_match, _name, error) => `vErrors = pgpAddError(vErrors, ${error});errors++;`,
  );
}

function formatHelperSource(format) {
  const name = `pgpFormat_${format.replace(/\W/g, '_')}`;
  if (format === 'date-time') {
    return `const pgpCheckDateTime = ${FORMAT_CHECKERS['date-time']};\nconst ${name} = (value) => pgpCheckDateTime(value, pgpFormat_date, pgpFormat_time);`;
  }
  return `const ${name} = ${FORMAT_CHECKERS[format]};`;
}

// ajv's standalone output declares every schema it met as a constant, and reads enum lists
// from them. Inlining those reads lets the constants go, so the module does not carry the
// schemas a second time.
function removeSchemaConstants(code) {
  let result = code;
  for (const match of code.matchAll(/const (schema\d+) = /g)) {
    const name = match[1];
    const start = result.indexOf(match[0]);
    const end = findJsonEnd(result, start + match[0].length);
    const schema = JSON.parse(result.slice(start + match[0].length, result[end] === ';' ? end : end + 1));
    result = result.slice(0, start) + result.slice(end + 1);

    const access = new RegExp(`\\b${name}((?:\\.[A-Za-z_$][\\w$]*|\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\])*)`, 'g');
    result = result.replace(access, (_reference, path) => JSON.stringify(readAccessPath(schema, path)));
  }
  return result;
}

function readAccessPath(value, path) {
  let current = value;
  for (const [, dotted, bracketed] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+|"(?:[^"\\]|\\.)*")\]/g)) {
    const key = dotted ?? JSON.parse(bracketed);
    current = current[key];
  }
  return current;
}

function findJsonEnd(text, start) {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) return text[index + 1] === ';' ? index + 1 : index;
    }
  }
  throw new Error('Unterminated schema constant in ajv standalone output.');
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointerSegment(segment) {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointerSegment(segment) {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Loads the base plan schema shipped with the package. */
export function loadBasePlanSchema() {
  return readJsonFile(basePlanSchemaPath);
}

const USAGE = `Usage: pgp-elements compile DEFINITION.json [-o OUT.js]

Precompiles a plan definition into a self-contained ES module that validates whole plans without
ajv. It exports validate, annotations and definition; register it with
registerValidator(definition.$id, validate) from 'pgp-elements/validation'.
  -o, --output FILE   where to write the module (default: DEFINITION.validator.js)`;

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) return { help: true };
  if (command !== 'compile') throw new CompileError(`Unknown command "${command}".\n\n${USAGE}`);

  let input;
  let output;
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index];
    if (argument === '-o' || argument === '--output') {
      output = rest[++index];
      if (!output) throw new CompileError(`${argument} needs a file name.\n\n${USAGE}`);
    } else if (argument.startsWith('-')) throw new CompileError(`Unknown option "${argument}".\n\n${USAGE}`);
    else if (input) throw new CompileError(`Only one definition can be compiled at a time; got "${input}" and "${argument}".`);
    else input = argument;
  }
  if (!input) throw new CompileError(`Name the definition file to compile.\n\n${USAGE}`);
  return { input, output: output ?? input.replace(/\.json$/i, '') + '.validator.js' };
}

export function runCli(argv) {
  const options = parseArguments(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const definition = readJsonFile(options.input);
  const source = compileDefinitionModule(definition, loadBasePlanSchema(), options.input);
  writeOutput(options.output, source);
  console.log(`Wrote ${options.output} (${source.length} bytes) for ${definition.$id}.`);
}

function writeOutput(path, source) {
  try {
    writeFileSync(path, source);
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new CompileError(`The folder ${dirname(resolve(path))} does not exist, so ${path} cannot be written. Create the folder first, or give -o a path in a folder that exists.`);
    }
    throw new CompileError(`${path} could not be written (${error.code ?? error.message}). Check that you may write there, or choose another -o path.`);
  }
}

function isMainModule() {
  if (!process.argv[1]) return false;
  return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
}

if (isMainModule()) {
  try {
    runCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    console.error(`pgp-elements: ${error.message}`);
    process.exitCode = 1;
  }
}
