import { DefinitionError } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { PlanError, PlanValidator } from '../../validation/types.js';
import { loadValidator } from '../../validation/validator.js';
import { rowsOf } from './goal-edits.js';
import type { Row } from './goal-edits.js';
import type { OptionalGoalField } from './goal-settings.js';

/** Errors of one validation run, grouped by the goal they belong to. */
export interface GroupedErrors {
  /** Errors under `/goals/<index>`, by goal index. */
  byGoal: Map<number, PlanError[]>;
  /** A text per goal that changes exactly when that goal's errors change. */
  signatures: Map<number, string>;
  /** Errors about the list as a whole, at `/goals`. */
  listErrors: PlanError[];
}

const GOAL_FIELDS = ['statement', 'status', 'startDate', 'targetDate', 'completedDate'];
const SMART_PARTS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
const STEP_FIELDS = ['text', 'dueDate', 'done'];
const FOLLOW_UP_FIELDS = ['checkpoint', 'dueDate', 'completedDate', 'progressStatus', 'notes'];
const ACTIVITY_FIELDS = ['type', 'title', 'provider', 'status', 'startDate', 'targetDate', 'completedDate', 'credit/amount', 'credit/unitType'];

/** The errors of the last run and what they were computed for. */
interface ValidationRun {
  validator: PlanValidator | null;
  planTypes: readonly string[];
  goals: readonly unknown[];
  errors: PlanError[];
  /** False when only an edited goal was validated, so errors about the whole list may be out of date. */
  complete: boolean;
}

/**
 * Validates `{ planTypes, goals }` with the definition's validator and keeps the errors under
 * `/goals`. The result is kept until the goals, the plan types or the validator change, so the
 * many reads during one render and the validity checks after it cost one run.
 *
 * After a user edit of one goal (`noteEdit()`), only that goal is validated, so a keystroke costs
 * the validation of one goal rather than of the whole list. Its errors are exact, because a goal's
 * schema cannot refer to other goals. Errors about the list as a whole (at `/goals`, and the
 * `x-pgp-rule` checks, which may add up all goals) keep their last value until `complete()`
 * validates the whole list again.
 */
export class GoalValidation {
  /** Validator of the `goals` section of the current definition; null while it loads or when it cannot load. */
  validator: PlanValidator | null = null;

  /** Reason ajv rejected the current definition as a broken schema, or undefined. */
  failure: DefinitionError | undefined;

  private loadedFor: DefinitionModel | undefined;

  private warnedLoadFailure = false;

  private last: ValidationRun | undefined;

  private pendingEdit: { from: readonly unknown[]; to: readonly unknown[]; index: number } | undefined;

  // A definition whose goals are validated by position (`prefixItems` and the like) gets the
  // whole list validated on every edit, because a goal validated alone would sit at index 0.
  private validatesByPosition = false;

  private lastGrouped: { errors: PlanError[]; grouped: GroupedErrors } | undefined;

  /**
   * Starts loading the validator of a definition's goals, unless it is the one already loaded or
   * loading. Calls `changed` when the validator or a failure arrives for the current definition.
   */
  load(model: DefinitionModel, changed: () => void): void {
    if (this.loadedFor === model) {
      return;
    }
    this.loadedFor = model;
    this.validator = null;
    this.failure = undefined;
    this.validatesByPosition = hasPositionalItems(model.source);

    loadValidator(model.source, { section: 'goals' }).then(
      (validator) => {
        if (this.loadedFor === model) {
          this.validator = validator;
          changed();
        }
      },
      (error: unknown) => {
        if (this.loadedFor !== model) {
          return;
        }
        if (error instanceof DefinitionError) {
          this.failure = error;
          changed();
          return;
        }
        this.warnLoadFailure(model, error);
      },
    );
  }

  // A validator that cannot load for another reason (a blocked chunk, a CSP without
  // 'unsafe-eval') leaves the element's own checks in force rather than hiding the goals.
  private warnLoadFailure(model: DefinitionModel, error: unknown): void {
    if (this.warnedLoadFailure) {
      return;
    }
    this.warnedLoadFailure = true;
    console.warn(
      `pgp-goal-list: the validator for definition "${model.id}" failed to load (${String(error)}). ` +
        'Only numbers and the required attribute are checked. Precompile the definition with the pgp-elements ' +
        "command, or allow 'unsafe-eval' for run-time compilation.",
    );
  }

  /** Records that `next` is `previous` with only the goal at `index` changed by the user. */
  noteEdit(previous: readonly unknown[], next: readonly unknown[], index: number): void {
    this.pendingEdit = { from: previous, to: next, index };
  }

  /**
   * Returns the errors under `/goals` for the current goals; none while the validator loads.
   * Right after `noteEdit()` for these goals, only the edited goal is validated.
   */
  errorsFor(validator: PlanValidator | null, planTypes: readonly string[], goals: readonly unknown[]): PlanError[] {
    const last = this.last;
    if (last && last.validator === validator && last.planTypes === planTypes && last.goals === goals) {
      return last.errors;
    }

    const edit = this.pendingEdit;
    this.pendingEdit = undefined;
    const incremental = validator !== null && !this.validatesByPosition && last?.validator === validator && last.planTypes === planTypes && edit?.from === last.goals && edit.to === goals;
    if (incremental) {
      const errors = withGoalErrors(last.errors, edit.index, goalErrors(validator, planTypes, goals[edit.index], edit.index));
      this.last = { validator, planTypes, goals, errors, complete: false };
      return errors;
    }
    return this.validateAll(validator, planTypes, goals);
  }

  /** Returns whether the errors for these goals are out of date about the list as a whole. */
  isPartial(validator: PlanValidator | null, planTypes: readonly string[], goals: readonly unknown[]): boolean {
    const last = this.last;
    return last !== undefined && last.validator === validator && last.planTypes === planTypes && last.goals === goals && !last.complete;
  }

  /** Returns the errors under `/goals` for the current goals, validating the whole list if needed. */
  complete(validator: PlanValidator | null, planTypes: readonly string[], goals: readonly unknown[]): PlanError[] {
    if (this.isPartial(validator, planTypes, goals)) {
      return this.validateAll(validator, planTypes, goals);
    }
    return this.errorsFor(validator, planTypes, goals);
  }

  private validateAll(validator: PlanValidator | null, planTypes: readonly string[], goals: readonly unknown[]): PlanError[] {
    const errors = validator ? validator({ planTypes, goals }).errors.filter((error) => isUnder(error.instancePath, '/goals')) : [];
    this.last = { validator, planTypes, goals, errors, complete: true };
    return errors;
  }

  /** Returns the errors grouped by goal, reusing the last grouping for the same errors. */
  groupedFor(errors: PlanError[]): GroupedErrors & { unplaced(index: number, goal: Row, fields: ReadonlySet<OptionalGoalField>): PlanError[] } {
    if (this.lastGrouped?.errors !== errors) {
      this.lastGrouped = { errors, grouped: groupErrors(errors) };
    }
    const grouped = this.lastGrouped.grouped;
    return {
      ...grouped,
      unplaced: (index, goal, fields) => {
        const placed = fieldPointers(goal, index, fields);
        return (grouped.byGoal.get(index) ?? []).filter((error) => !placed.has(error.instancePath));
      },
    };
  }
}

function isUnder(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

// Validates one goal alone, as the only goal of the list, and moves its errors to its index.
function goalErrors(validator: PlanValidator, planTypes: readonly string[], goal: unknown, index: number): PlanError[] {
  const alone = '/goals/0';
  return validator({ planTypes, goals: [goal] })
    .errors.filter((error) => error.keyword !== 'x-pgp-rule' && isUnder(error.instancePath, alone))
    .map((error) => ({ ...error, instancePath: `/goals/${index}${error.instancePath.slice(alone.length)}` }));
}

// Replaces a goal's schema errors, keeping its rule errors and every error outside it.
function withGoalErrors(previous: readonly PlanError[], index: number, fresh: readonly PlanError[]): PlanError[] {
  const goalPointer = `/goals/${index}`;
  const otherErrors = previous.filter((error) => error.keyword === 'x-pgp-rule' || !isUnder(error.instancePath, goalPointer));
  return [...otherErrors, ...fresh];
}

const POSITIONAL_KEYWORDS = /"(?:prefixItems|additionalItems|unevaluatedItems)"\s*:|"items"\s*:\s*\[/;

function hasPositionalItems(definition: unknown): boolean {
  return POSITIONAL_KEYWORDS.test(JSON.stringify(definition));
}

function groupErrors(errors: readonly PlanError[]): GroupedErrors {
  const byGoal = new Map<number, PlanError[]>();
  const listErrors: PlanError[] = [];
  for (const error of errors) {
    const match = /^\/goals\/(\d+)(?:\/|$)/.exec(error.instancePath);
    if (!match) {
      listErrors.push(error);
      continue;
    }
    const index = Number(match[1]);
    byGoal.set(index, [...(byGoal.get(index) ?? []), error]);
  }

  const signatures = new Map<number, string>();
  for (const [index, goalErrors] of byGoal) {
    signatures.set(index, JSON.stringify(goalErrors.map((error) => [error.instancePath, error.messageKey, error.params])));
  }
  return { byGoal, signatures, listErrors };
}

/** Returns the pointers of the fields a goal row renders, so other errors in it show at the goal. */
export function fieldPointers(goal: Row, index: number, fields: ReadonlySet<OptionalGoalField>): Set<string> {
  const base = `/goals/${index}`;
  const pointers = new Set(GOAL_FIELDS.map((field) => `${base}/${field}`));
  for (const field of ['qccFocusArea', 'qccElement', 'latticeTarget', 'permitTarget'] as const) {
    if (fields.has(field)) pointers.add(`${base}/${field}`);
  }
  if (fields.has('smart')) {
    for (const part of SMART_PARTS) pointers.add(`${base}/smart/${part}`);
  }

  const addRows = (collection: string, rowFields: readonly string[]) => {
    rowsOf(goal, collection).forEach((_row, rowIndex) => {
      for (const field of rowFields) pointers.add(`${base}/${collection}/${rowIndex}/${field}`);
    });
  };
  addRows('actionSteps', STEP_FIELDS);
  addRows('activities', ACTIVITY_FIELDS);
  if (fields.has('followUps')) addRows('followUps', FOLLOW_UP_FIELDS);
  return pointers;
}

/** Orders JSON Pointers by goal and row position, comparing array indices as numbers. */
export function compareGoalErrors(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    if (left[i] === right[i]) continue;
    const leftNumber = /^\d+$/.test(left[i]) ? Number(left[i]) : NaN;
    const rightNumber = /^\d+$/.test(right[i]) ? Number(right[i]) : NaN;
    if (!Number.isNaN(leftNumber) && !Number.isNaN(rightNumber)) return leftNumber - rightNumber;
    return 0;
  }
  return left.length - right.length;
}
