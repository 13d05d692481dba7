import { creditHours } from '../../plan/goal-list.js';
import type { GoalListSettings } from '../../plan/goal-list.js';
import { rowsIn } from './summary-format.js';
import type { Row } from './summary-format.js';

/** Sums over a plan's goals and the activities inside them. */
export interface PlanTotals {
  completedHours: number;
  /** Hours of every activity that is not cancelled, completed ones included. */
  plannedHours: number;
  /** Units of the definition's `unitsTarget` type in completed activities; 0 without a target. */
  completedUnits: number;
  plannedUnits: number;
  goalCount: number;
  goalsMet: number;
  actionSteps: number;
  actionStepsDone: number;
  /** Activities that are not cancelled. */
  activities: number;
  activitiesCompleted: number;
}

/**
 * Returns the clock hours an activity counts for, or undefined when its credit has no amount or
 * an unknown unit type.
 */
export function activityHours(activity: Row, settings: GoalListSettings): number | undefined {
  const credit = activity.credit;
  const unitType = isCredit(credit) ? credit.unitType : undefined;
  if (!isCredit(credit) || typeof credit.amount !== 'number' || typeof unitType !== 'string' || !(unitType in settings.hoursPerUnit)) {
    return undefined;
  }
  return roundHours(creditHours(credit, settings.hoursPerUnit));
}

/**
 * Adds up a plan's goals. Only activities inside goals count, as in the goal list and the
 * validation rules; activities kept at the plan's root are shown but not counted.
 */
export function computePlanTotals(goals: readonly Row[], settings: GoalListSettings): PlanTotals {
  const totals: PlanTotals = { completedHours: 0, plannedHours: 0, completedUnits: 0, plannedUnits: 0, goalCount: goals.length, goalsMet: 0, actionSteps: 0, actionStepsDone: 0, activities: 0, activitiesCompleted: 0 };
  const unitType = settings.unitsTarget?.unitType;

  for (const goal of goals) {
    totals.goalsMet += goal.status === 'MET' ? 1 : 0;
    const steps = rowsIn(goal.actionSteps);
    totals.actionSteps += steps.length;
    totals.actionStepsDone += steps.filter((step) => step.done === true).length;

    for (const activity of rowsIn(goal.activities)) {
      if (activity.status === 'CANCELLED') {
        continue;
      }
      const hours = activityHours(activity, settings) ?? 0;
      const units = unitType !== undefined && isCredit(activity.credit) && activity.credit.unitType === unitType && typeof activity.credit.amount === 'number' ? activity.credit.amount : 0;
      const completed = activity.status === 'COMPLETED';
      totals.activities += 1;
      totals.activitiesCompleted += completed ? 1 : 0;
      totals.plannedHours += hours;
      totals.plannedUnits += units;
      totals.completedHours += completed ? hours : 0;
      totals.completedUnits += completed ? units : 0;
    }
  }

  for (const key of ['completedHours', 'plannedHours', 'completedUnits', 'plannedUnits'] as const) {
    totals[key] = roundHours(totals[key]);
  }
  return totals;
}

/** Returns whether a count lies within a `{ min, max }` range, either end optional. */
export function withinRange(count: number, range: { min?: number; max?: number }): boolean {
  return (range.min === undefined || count >= range.min) && (range.max === undefined || count <= range.max);
}

function isCredit(value: unknown): value is { unitType?: unknown; amount?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Sums of decimal amounts pick up binary rounding noise (0.1 + 0.2); two decimals are plenty for hours.
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
