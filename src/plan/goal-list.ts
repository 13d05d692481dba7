// Reads the `x-pgp-goal-list` annotation at a definition's root: what <pgp-goal-list> shows, and
// the unit conversion that the totals and the hours rules share.
import type { CreditUnitType, PlanDefinition } from './types.js';

export type HoursPerUnit = Record<CreditUnitType, number>;

export interface GoalListSettings {
  /** Goal fields shown for each selected plan type, beyond the common ones. */
  fields: Record<string, string[]>;
  /** Goal fields shown for every plan type. */
  extraFields: string[];
  /** Clock hours one unit of each credit type counts for. */
  hoursPerUnit: HoursPerUnit;
  hoursTarget: { hours: number } | null;
  unitsTarget: { units: number; unitType: 'SEMESTER_UNIT' | 'QUARTER_UNIT' } | null;
  goalCount: { min?: number; max?: number } | null;
  /** Follow-ups created from a goal's startDate when follow-ups are shown. */
  followUpCheckpoints: string[];
}

export const GOAL_LIST_ANNOTATION = 'x-pgp-goal-list';

// 15 and 10 hours per semester and quarter unit are the usual convention, not confirmed for the
// CTC, so a definition can change them. One CEU is 10 contact hours by its own definition.
export const DEFAULT_HOURS_PER_UNIT: Readonly<HoursPerUnit> = { CLOCK_HOUR: 1, SEMESTER_UNIT: 15, QUARTER_UNIT: 10, CEU: 10 };

const DEFAULT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  QCC_QUALITY_IMPROVEMENT_PLAN: ['qccFocusArea', 'qccElement', 'smart', 'followUps'],
  CTC_PERMIT_UPGRADE_RENEWAL: ['permitTarget'],
};

const DEFAULT_CHECKPOINTS: readonly string[] = ['MONTH_6', 'MONTH_12'];

/** Returns the goal list settings of a definition, with the defaults for every member it leaves out. */
export function readGoalListSettings(definition: PlanDefinition): GoalListSettings {
  const annotation = definition?.[GOAL_LIST_ANNOTATION];
  const given = isRecord(annotation) ? annotation : {};
  const fields = Object.fromEntries(Object.entries(DEFAULT_FIELDS).map(([type, list]) => [type, [...list]]));
  if (isRecord(given.fields)) Object.assign(fields, given.fields);

  return {
    fields,
    extraFields: Array.isArray(given.extraFields) ? [...(given.extraFields as string[])] : [],
    hoursPerUnit: { ...DEFAULT_HOURS_PER_UNIT, ...(isRecord(given.hoursPerUnit) ? (given.hoursPerUnit as Partial<HoursPerUnit>) : {}) },
    hoursTarget: isRecord(given.hoursTarget) ? { hours: Number(given.hoursTarget.hours) } : null,
    unitsTarget: isRecord(given.unitsTarget)
      ? { units: Number(given.unitsTarget.units), unitType: given.unitsTarget.unitType === 'QUARTER_UNIT' ? 'QUARTER_UNIT' : 'SEMESTER_UNIT' }
      : null,
    goalCount: isRecord(given.goalCount) ? { ...(given.goalCount as { min?: number; max?: number }) } : null,
    followUpCheckpoints: Array.isArray(given.followUpCheckpoints) ? [...(given.followUpCheckpoints as string[])] : [...DEFAULT_CHECKPOINTS],
  };
}

/**
 * Returns the clock hours an activity's credit counts for, or 0 when its credit is missing or of
 * an unknown unit type (the schema reports those).
 */
export function creditHours(credit: unknown, hoursPerUnit: Partial<HoursPerUnit> = DEFAULT_HOURS_PER_UNIT): number {
  if (!isRecord(credit) || typeof credit.amount !== 'number' || !Number.isFinite(credit.amount)) return 0;
  const perUnit = { ...DEFAULT_HOURS_PER_UNIT, ...hoursPerUnit }[credit.unitType as CreditUnitType];
  return typeof perUnit === 'number' ? credit.amount * perUnit : 0;
}

/**
 * Returns what is wrong with an `x-pgp-goal-list` value, or null when it is usable. ajv checks the
 * same with the annotation's meta-schema; this check serves readDefinition, which runs without ajv.
 */
export function goalListProblem(value: unknown): string | null {
  if (!isRecord(value)) return `it is ${JSON.stringify(value)}, not an object`;
  const known = ['fields', 'extraFields', 'hoursPerUnit', 'hoursTarget', 'unitsTarget', 'goalCount', 'followUpCheckpoints'];
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown) return `it has the unknown member "${unknown}"; known members are ${known.join(', ')}`;

  if (isRecord(value.hoursPerUnit)) {
    for (const [unitType, hours] of Object.entries(value.hoursPerUnit)) {
      if (!(unitType in DEFAULT_HOURS_PER_UNIT)) return `"hoursPerUnit" names the unknown credit type "${unitType}"; use ${Object.keys(DEFAULT_HOURS_PER_UNIT).join(', ')}`;
      if (typeof hours !== 'number' || hours < 0) return `"hoursPerUnit.${unitType}" is ${JSON.stringify(hours)}; give a number of hours, 0 or more`;
    }
  } else if (value.hoursPerUnit !== undefined) return '"hoursPerUnit" must be an object of hours per credit type';

  if (isRecord(value.hoursTarget) && typeof value.hoursTarget.hours !== 'number') return '"hoursTarget" needs a number "hours", such as { "hours": 105 }';
  if (isRecord(value.unitsTarget) && typeof value.unitsTarget.units !== 'number') return '"unitsTarget" needs a number "units", such as { "units": 15 }';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
