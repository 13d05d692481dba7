// Loads and runs plan validators, in the browser and in Node. Shipped definitions use validators
// precompiled at build time, so the default path never needs ajv or `new Function`. Elements
// import this module rather than index.ts, so that they do not pull in what only index.ts exports.
import { DefinitionError } from '../plan/definition.js';
import type { PlanDefinition } from '../plan/types.js';
import type { AnnotationIndex } from './annotations.js';
import { mapErrors } from './errors.js';
import { shippedSectionValidators, shippedValidators } from './generated/shipped.js';
import { escapePointerSegment, pointerSegments } from './pointer.js';
import { evaluateRules } from './rules.js';
import type { PlanError, PlanValidator, StandaloneValidateFunction, ValidationResult, ValidatorOptions } from './types.js';

const registeredValidators = new Map<string, StandaloneValidateFunction>();

/**
 * Registers a precompiled validator for a definition `$id`, such as one written by
 * `pgp-elements compile`. It takes precedence over a shipped validator with the same id.
 */
export function registerValidator(definitionId: string, validate: StandaloneValidateFunction): void {
  if (typeof definitionId !== 'string' || definitionId === '') {
    throw new TypeError(`registerValidator needs the definition's "$id" as its first argument; got ${JSON.stringify(definitionId)}.`);
  }
  if (typeof validate !== 'function') {
    throw new TypeError(`registerValidator("${definitionId}", …) needs a validate function; got ${typeof validate}.`);
  }
  registeredValidators.set(definitionId, validate);
}

/**
 * Returns a validator for a definition: precompiled when its `$id` is shipped or registered, else
 * compiled by ajv. With `section`, the validator reports only the errors at or below that plan
 * property, and loads a validator reduced to that property when there is one.
 */
export async function loadValidator(definition: PlanDefinition, options: ValidatorOptions = {}): Promise<PlanValidator> {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new DefinitionError('invalid', 'The plan definition is not a JSON object. Pass the parsed JSON Schema object.');
  }
  const section = options.section;
  if (section !== undefined && (typeof section !== 'string' || section === '')) {
    throw new TypeError(`loadValidator's "section" option must be the name of a plan property, such as "planTypes"; got ${JSON.stringify(section)}.`);
  }

  const id = definition.$id;
  const validate =
    (id && registeredValidators.get(id)) ||
    (id && (await loadShippedValidator(id, section))) ||
    (await compileAtRunTime(definition, section));
  const annotations: AnnotationIndex = validate.annotations ?? { messages: [], rules: [] };
  const sectionPointer = section === undefined ? undefined : `/${escapePointerSegment(section)}`;
  return (plan: unknown) => runValidator(validate, annotations, plan, sectionPointer);
}

/** Validates a plan against a definition; a convenience over loadValidator for one-off checks. */
export async function validatePlan(plan: unknown, definition: PlanDefinition, options?: ValidatorOptions): Promise<ValidationResult> {
  const validator = await loadValidator(definition, options);
  return validator(plan);
}

/** Returns the errors addressed to exactly this JSON Pointer. */
export function errorsAt(errors: readonly PlanError[], pointer: string): PlanError[] {
  return errors.filter((error) => error.instancePath === pointer);
}

// A shipped definition without a precompiled validator for the section uses its whole-plan one.
async function loadShippedValidator(id: string, section: string | undefined): Promise<StandaloneValidateFunction | undefined> {
  const sections = Object.hasOwn(shippedSectionValidators, id) ? shippedSectionValidators[id] : undefined;
  const loadSection = section !== undefined && sections && Object.hasOwn(sections, section) ? sections[section] : undefined;
  const load = loadSection ?? (Object.hasOwn(shippedValidators, id) ? shippedValidators[id] : undefined);
  if (!load) return undefined;
  const module = await load();
  return module.validate;
}

async function compileAtRunTime(definition: PlanDefinition, section: string | undefined): Promise<StandaloneValidateFunction> {
  const { compileDefinition } = await import('./runtime.js');
  return compileDefinition(definition, section);
}

function runValidator(validate: StandaloneValidateFunction, annotations: AnnotationIndex, plan: unknown, sectionPointer: string | undefined): ValidationResult {
  const schemaValid = validate(plan);
  const schemaErrors = schemaValid ? [] : mapErrors(validate.errors ?? [], annotations);
  const ruleErrors = evaluateRules(plan, annotations.rules);
  const errors = [...schemaErrors, ...ruleErrors].filter(
    (error) => sectionPointer === undefined || error.instancePath === sectionPointer || error.instancePath.startsWith(`${sectionPointer}/`),
  );
  return { valid: errors.length === 0, errors: errors.map((error) => withRejectedValue(error, plan)) };
}

const SHOWN_TEXT_LENGTH = 40;

// Messages name the value they reject, so the error carries it: a short copy of a text, a number
// or a boolean; for a repeated list item, the item. A missing property has no value to show.
function withRejectedValue(error: PlanError, plan: unknown): PlanError {
  if (error.keyword === 'required' || error.keyword === 'x-pgp-rule' || 'value' in error.params) return error;
  const value = valueAtPointer(plan, error.instancePath);
  const params = { ...error.params };
  if (error.keyword === 'uniqueItems' && Array.isArray(value) && typeof params.j === 'number') {
    params.duplicate = shortened(value[params.j]);
  } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    params.value = shortened(value);
    if (typeof value === 'string') params.length = [...value].length;
  }
  return { ...error, params };
}

function shortened(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const characters = [...value];
  return characters.length <= SHOWN_TEXT_LENGTH ? value : `${characters.slice(0, SHOWN_TEXT_LENGTH).join('')}…`;
}

function valueAtPointer(document: unknown, pointer: string): unknown {
  let value = document;
  for (const segment of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
