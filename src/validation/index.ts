// Validates plans against a plan definition, in the browser and in Node. Shipped definitions use
// validators precompiled at build time, so the default path never needs ajv or `new Function`.
export type { AnnotationIndex, MessageAnnotation, RuleAnnotation } from './annotations.js';
export { collectAnnotations } from './annotations.js';
export { errorMessage, fieldLabel } from './messages.js';
export { DefinitionError, definitionErrorMessage, readDefinition, type DefinitionModel } from '../plan/definition.js';
export type { PlanError, PlanValidator, RawValidationError, StandaloneValidateFunction, ValidationResult, ValidatorOptions } from './types.js';
export { errorsAt, loadValidator, registerValidator, validatePlan } from './validator.js';
export { requiredTypeError } from './required-type.js';
export { creditHours, DEFAULT_HOURS_PER_UNIT, readGoalListSettings, type GoalListSettings, type HoursPerUnit } from '../plan/goal-list.js';
