import type { AnnotationIndex } from './annotations.js';

/** A validation error kept as data; messages.ts turns it into text when it is shown. */
export interface PlanError {
  /** JSON Pointer of the field; for `required`, the missing child's pointer. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** The `x-pgp-message` key of the rule, or the keyword when the rule has no message of its own. */
  messageKey: string;
  schemaPath: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: PlanError[];
}

export type PlanValidator = (plan: unknown) => ValidationResult;

/** Options of `loadValidator` and `validatePlan`. */
export interface ValidatorOptions {
  /**
   * A top-level plan property, such as `planTypes`: the validator then reports only the errors at
   * `/<section>` and below, as an element that edits only that property needs.
   */
  section?: string;
}

/** An error as ajv reports it. */
export interface RawValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A validate function from ajv, or from a module that bin/pgp-elements.js generated. */
export interface StandaloneValidateFunction {
  (data: unknown): boolean;
  errors?: RawValidationError[] | null;
  /** Set by generated modules, so their messages and rules need no schema walk at run time. */
  annotations?: AnnotationIndex;
}
