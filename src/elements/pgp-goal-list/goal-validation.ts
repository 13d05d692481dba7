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

/**
 * Validates `{ planTypes, goals }` with the definition's validator and keeps the errors under
 * `/goals`. The result is kept until the goals, the plan types or the validator change, so the
 * many reads during one render and the validity checks after it cost one run.
 */
export class GoalValidation {
  /** Validator of the `goals` section of the current definition; null while it loads or when it cannot load. */
  validator: PlanValidator | null = null;

  /** Reason ajv rejected the current definition as a broken schema, or undefined. */
  failure: DefinitionError | undefined;

  private loadedFor: DefinitionModel | undefined;

  private warnedLoadFailure = false;

  private last: { validator: PlanValidator | null; planTypes: readonly string[]; goals: readonly unknown[]; errors: PlanError[] } | undefined;

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

  /** Returns the errors under `/goals` for the current goals; none while the validator loads. */
  errorsFor(validator: PlanValidator | null, planTypes: readonly string[], goals: readonly unknown[]): PlanError[] {
    const last = this.last;
    if (last && last.validator === validator && last.planTypes === planTypes && last.goals === goals) {
      return last.errors;
    }

    const errors = validator
      ? validator({ planTypes, goals }).errors.filter((error) => error.instancePath === '/goals' || error.instancePath.startsWith('/goals/'))
      : [];
    this.last = { validator, planTypes, goals, errors };
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
