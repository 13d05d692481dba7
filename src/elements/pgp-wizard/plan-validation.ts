import { DefinitionError } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { Plan } from '../../plan/types.js';
import type { PlanError, PlanValidator } from '../../validation/types.js';
import { loadValidator } from '../../validation/validator.js';
import { isAtOrBelow, withValueAt } from './plan-edits.js';

/** Deepest level `fieldPointerFor()` looks below a missing object for the field to fix. */
const MAX_PROBE_DEPTH = 4;

/** Status a plan has once it is submitted. */
const SUBMITTED_STATUS = 'SUBMITTED_FOR_REVIEW';

/** Statuses of a plan not yet submitted. A plan without a status is a draft too. */
const UNSUBMITTED_STATUSES: readonly unknown[] = [undefined, 'DRAFT'];

/**
 * Returns a copy of a draft plan with the status `SUBMITTED_FOR_REVIEW`, so rules for submitted
 * plans apply to it. A plan with a later status, such as `COMPLETED`, is returned unchanged.
 */
export function asSubmitted(plan: Plan): Plan {
  return UNSUBMITTED_STATUSES.includes(plan.status) ? { ...plan, status: SUBMITTED_STATUS } : plan;
}

/**
 * Loads the whole-plan validator of a definition and keeps the last result, so the many reads in
 * one render cost one run. `ready` settles when the validator has loaded or failed.
 */
export class PlanValidation {
  validator: PlanValidator | null = null;

  /** Reason ajv rejected the definition as a broken schema, or undefined. */
  failure: DefinitionError | undefined;

  /** Settles when the current definition's validator has loaded or failed to load. */
  ready: Promise<void> = Promise.resolve();

  private loadedFor: DefinitionModel | undefined;

  private last: { plan: unknown; errors: PlanError[] } | undefined;

  private lastSubmitted: { plan: Plan; errors: PlanError[] } | undefined;

  /** Starts loading the validator of a definition unless it is already loaded; calls `changed` when it settles. */
  load(model: DefinitionModel, changed: () => void): void {
    if (this.loadedFor === model) {
      return;
    }
    this.loadedFor = model;
    this.validator = null;
    this.failure = undefined;
    this.last = undefined;
    this.lastSubmitted = undefined;

    this.ready = loadValidator(model.source).then(
      (validator) => {
        if (this.loadedFor === model) {
          this.validator = validator;
          changed();
        }
      },
      (error: unknown) => {
        if (this.loadedFor !== model) return;
        this.failure = error instanceof DefinitionError ? error : new DefinitionError('invalid', `The plan validator could not be loaded: ${String(error)}`);
        changed();
      },
    );
  }

  /** Returns the errors of a plan; none while the validator loads. */
  errorsOf(plan: unknown): PlanError[] {
    if (!this.validator) {
      return [];
    }
    const last = this.last !== undefined && this.last.plan === plan ? this.last : { plan, errors: this.validator(plan).errors };
    this.last = last;
    return last.errors;
  }

  /** Returns the errors of the plan as submitted (see `asSubmitted()`); none while the validator loads. */
  submitErrorsOf(plan: Plan): PlanError[] {
    if (!this.validator) {
      return [];
    }
    const last = this.lastSubmitted !== undefined && this.lastSubmitted.plan === plan ? this.lastSubmitted : { plan, errors: this.validator(asSubmitted(plan)).errors };
    this.lastSubmitted = last;
    return last.errors;
  }

  /**
   * Returns the pointer of the field that fixes an error. A `required` error at an object the
   * plan lacks (such as `/advisor`) has no field of its own. So the object is filled in with `{}`
   * and the plan validated again, which shows the property needed inside it, down to a field.
   */
  fieldPointerFor(error: PlanError, plan: Plan, fields: readonly string[]): string | undefined {
    let pointer = error.instancePath;
    let probe = plan;
    for (let depth = 0; depth < MAX_PROBE_DEPTH && this.validator; depth += 1) {
      if (fields.includes(pointer)) return pointer;
      probe = withValueAt(probe, pointer, {});
      const below = this.validator(probe).errors.find((candidate) => candidate.instancePath !== pointer && isAtOrBelow(candidate.instancePath, pointer));
      if (!below) break;
      pointer = below.instancePath;
    }
    if (fields.includes(pointer)) return pointer;
    return fields.find((field) => isAtOrBelow(field, error.instancePath));
  }
}
