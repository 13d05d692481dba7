import type { GoalListSettings } from './goal-settings.js';

type Row = Record<string, unknown>;

/** Sums of the activities in a goal list, and whether each reaches the definition's target. */
export interface GoalTotals {
  completedHours: number;
  plannedHours: number;
  /** Units of the target's unit type in completed activities; 0 without a units target. */
  completedUnits: number;
  plannedUnits: number;
  goalCount: number;
  /** Whether completed hours reach `hoursTarget`; `null` without one. */
  hoursTargetMet: boolean | null;
  /** Whether completed units reach `unitsTarget`; `null` without one. */
  unitsTargetMet: boolean | null;
  /** Whether the goal count lies within `goalCount`; `null` without one. */
  goalCountMet: boolean | null;
}

/**
 * Returns the clock hours an activity counts for: its credit amount times the hours per unit of
 * its unit type. Returns `null` when the amount or a known unit type is missing.
 */
export function activityClockHours(activity: Row, settings: GoalListSettings): number | null {
  const credit = activity.credit;
  if (typeof credit !== 'object' || credit === null) {
    return null;
  }

  const { amount, unitType } = credit as Row;
  const hoursPerUnit = typeof unitType === 'string' ? settings.hoursPerUnit[unitType] : undefined;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || hoursPerUnit === undefined) {
    return null;
  }
  return roundHours(amount * hoursPerUnit);
}

/** Adds up completed and planned hours and units over every goal's activities. */
export function computeTotals(goals: readonly unknown[], settings: GoalListSettings): GoalTotals {
  let completedHours = 0;
  let plannedHours = 0;
  let completedUnits = 0;
  let plannedUnits = 0;
  const unitType = settings.unitsTarget?.unitType;

  for (const activity of allActivities(goals)) {
    const status = activity.status;
    if (status === 'CANCELLED') {
      continue;
    }

    const hours = activityClockHours(activity, settings) ?? 0;
    const units = unitType !== undefined ? unitsOf(activity, unitType) : 0;
    plannedHours += hours;
    plannedUnits += units;
    if (status === 'COMPLETED') {
      completedHours += hours;
      completedUnits += units;
    }
  }

  return {
    completedHours: roundHours(completedHours),
    plannedHours: roundHours(plannedHours),
    completedUnits: roundHours(completedUnits),
    plannedUnits: roundHours(plannedUnits),
    goalCount: goals.length,
    hoursTargetMet: settings.hoursTarget ? completedHours >= settings.hoursTarget.hours : null,
    unitsTargetMet: settings.unitsTarget ? completedUnits >= settings.unitsTarget.units : null,
    goalCountMet: settings.goalCount ? withinCount(goals.length, settings.goalCount) : null,
  };
}

function* allActivities(goals: readonly unknown[]): Generator<Row> {
  for (const goal of goals) {
    const activities = isRow(goal) ? goal.activities : undefined;
    if (!Array.isArray(activities)) {
      continue;
    }
    for (const activity of activities) {
      if (isRow(activity)) {
        yield activity;
      }
    }
  }
}

function unitsOf(activity: Row, unitType: string): number {
  const credit = activity.credit;
  if (!isRow(credit) || credit.unitType !== unitType || typeof credit.amount !== 'number') {
    return 0;
  }
  return credit.amount;
}

function withinCount(count: number, range: { min?: number; max?: number }): boolean {
  return (range.min === undefined || count >= range.min) && (range.max === undefined || count <= range.max);
}

// Sums of decimal amounts pick up binary rounding noise (0.1 + 0.2); two decimals are plenty for hours.
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
