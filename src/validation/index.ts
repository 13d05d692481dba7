// Validates plans against a plan definition, in the browser and in Node. Shipped definitions use
// validators precompiled at build time, so the default path never needs ajv or `new Function`.
import { DefinitionError } from '../plan/definition.js';
import type { PlanDefinition } from '../plan/types.js';
import type { AnnotationIndex } from './annotations.js';
import { mapErrors } from './errors.js';
import { shippedValidators } from './generated/shipped.js';
import { evaluateRules } from './rules.js';
import type { PlanError, PlanValidator, StandaloneValidateFunction, ValidationResult } from './types.js';

export type { AnnotationIndex, MessageAnnotation, RuleAnnotation } from './annotations.js';
export { collectAnnotations } from './annotations.js';
export { errorMessage, fieldLabel } from './messages.js';
export { DefinitionError, definitionErrorMessage, readDefinition, type DefinitionModel } from '../plan/definition.js';
export type { PlanError, PlanValidator, RawValidationError, StandaloneValidateFunction, ValidationResult } from './types.js';

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

/** Returns a validator for a definition: precompiled when its `$id` is shipped or registered, else compiled by ajv. */
export async function loadValidator(definition: PlanDefinition): Promise<PlanValidator> {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new DefinitionError('invalid', 'The plan definition is not a JSON object. Pass the parsed JSON Schema object.');
  }

  const id = definition.$id;
  const validate = (id && registeredValidators.get(id)) || (id && (await loadShippedValidator(id))) || (await compileAtRunTime(definition));
  const annotations: AnnotationIndex = validate.annotations ?? { messages: [], rules: [] };
  return (plan: unknown) => runValidator(validate, annotations, plan);
}

/** Validates a plan against a definition; a convenience over loadValidator for one-off checks. */
export async function validatePlan(plan: unknown, definition: PlanDefinition): Promise<ValidationResult> {
  const validator = await loadValidator(definition);
  return validator(plan);
}

/** Returns the errors addressed to exactly this JSON Pointer. */
export function errorsAt(errors: readonly PlanError[], pointer: string): PlanError[] {
  return errors.filter((error) => error.instancePath === pointer);
}

async function loadShippedValidator(id: string): Promise<StandaloneValidateFunction | undefined> {
  const load = Object.hasOwn(shippedValidators, id) ? shippedValidators[id] : undefined;
  if (!load) return undefined;
  const module = await load();
  return module.validate;
}

async function compileAtRunTime(definition: PlanDefinition): Promise<StandaloneValidateFunction> {
  const { compileDefinition } = await import('./runtime.js');
  return compileDefinition(definition);
}

function runValidator(validate: StandaloneValidateFunction, annotations: AnnotationIndex, plan: unknown): ValidationResult {
  const schemaValid = validate(plan);
  const schemaErrors = schemaValid ? [] : mapErrors(validate.errors ?? [], annotations);
  const ruleErrors = evaluateRules(plan, annotations.rules);
  const errors = [...schemaErrors, ...ruleErrors];
  return { valid: errors.length === 0, errors };
}
