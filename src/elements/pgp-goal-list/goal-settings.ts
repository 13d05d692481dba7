import { DEFAULT_HOURS_PER_UNIT, GOAL_LIST_ANNOTATION } from '../../plan/goal-list.js';
import type { PlanDefinition } from '../../plan/types.js';

export { GOAL_LIST_ANNOTATION };

/** A goal field that a plan type or the definition may add to the common goal fields. */
export type OptionalGoalField = 'qccFocusArea' | 'qccElement' | 'smart' | 'followUps' | 'permitTarget' | 'latticeTarget';

export const OPTIONAL_GOAL_FIELDS: readonly OptionalGoalField[] = ['qccFocusArea', 'qccElement', 'smart', 'followUps', 'permitTarget', 'latticeTarget'];

/** A follow-up checkpoint created from a goal's start date. */
export type FollowUpCheckpoint = 'MONTH_6' | 'MONTH_12';

/** Settings from a definition's `x-pgp-goal-list` annotation, with the defaults filled in. */
export interface GoalListSettings {
  /** Goal fields shown for each selected plan type, beyond the common ones. */
  fields: Record<string, OptionalGoalField[]>;
  /** Goal fields shown for every plan type. */
  extraFields: OptionalGoalField[];
  /** Clock hours that one unit of each credit type counts for. */
  hoursPerUnit: Record<string, number>;
  /** Clock hours the plan aims for, or `null` when the definition sets none. */
  hoursTarget: { hours: number } | null;
  /** Units of one credit type the plan aims for, or `null`. */
  unitsTarget: { units: number; unitType: string } | null;
  /** How many goals the plan should have, or `null`. */
  goalCount: { min?: number; max?: number } | null;
  /** Follow-ups created from a goal's start date when the follow-ups field is shown. */
  followUpCheckpoints: FollowUpCheckpoint[];
}

/** Returns the settings a definition gives without an `x-pgp-goal-list` annotation. */
export function defaultGoalListSettings(): GoalListSettings {
  return {
    fields: {
      QCC_QUALITY_IMPROVEMENT_PLAN: ['qccFocusArea', 'qccElement', 'smart', 'followUps'],
      CTC_PERMIT_UPGRADE_RENEWAL: ['permitTarget'],
    },
    extraFields: [],
    hoursPerUnit: { ...DEFAULT_HOURS_PER_UNIT },
    hoursTarget: null,
    unitsTarget: null,
    goalCount: null,
    followUpCheckpoints: ['MONTH_6', 'MONTH_12'],
  };
}

/**
 * Reads the `x-pgp-goal-list` annotation at a definition's root. Members that are absent keep
 * their defaults. Throws an Error naming the member and the fix when a member has the wrong shape.
 */
export function readGoalListSettings(definition: PlanDefinition): GoalListSettings {
  const settings = defaultGoalListSettings();
  const annotation = definition[GOAL_LIST_ANNOTATION];
  if (annotation === undefined) {
    return settings;
  }
  if (!isRecord(annotation)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}" must be an object; got ${JSON.stringify(annotation)}.`);
  }

  if (annotation.fields !== undefined) {
    settings.fields = readFieldsByPlanType(annotation.fields);
  }
  if (annotation.extraFields !== undefined) {
    settings.extraFields = readFieldList(annotation.extraFields, 'extraFields');
  }
  if (annotation.hoursPerUnit !== undefined) {
    settings.hoursPerUnit = { ...settings.hoursPerUnit, ...readHoursPerUnit(annotation.hoursPerUnit) };
  }
  settings.hoursTarget = readHoursTarget(annotation.hoursTarget);
  settings.unitsTarget = readUnitsTarget(annotation.unitsTarget);
  settings.goalCount = readGoalCount(annotation.goalCount);
  if (annotation.followUpCheckpoints !== undefined) {
    settings.followUpCheckpoints = readCheckpoints(annotation.followUpCheckpoints);
  }
  return settings;
}

/** Returns the optional goal fields to show for the selected plan types, in a fixed order. */
export function visibleGoalFields(settings: GoalListSettings, planTypes: readonly string[]): Set<OptionalGoalField> {
  const shown = new Set<OptionalGoalField>(settings.extraFields);
  for (const planType of planTypes) {
    for (const field of settings.fields[planType] ?? []) {
      shown.add(field);
    }
  }
  return new Set(OPTIONAL_GOAL_FIELDS.filter((field) => shown.has(field)));
}

function readFieldsByPlanType(value: unknown): Record<string, OptionalGoalField[]> {
  if (!isRecord(value)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.fields" must map plan type ids to lists of goal fields; got ${JSON.stringify(value)}.`);
  }
  const fields: Record<string, OptionalGoalField[]> = {};
  for (const [planType, list] of Object.entries(value)) {
    fields[planType] = readFieldList(list, `fields.${planType}`);
  }
  return fields;
}

function readFieldList(value: unknown, member: string): OptionalGoalField[] {
  if (!Array.isArray(value)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.${member}" must be a list of goal fields; got ${JSON.stringify(value)}.`);
  }
  for (const field of value) {
    if (!OPTIONAL_GOAL_FIELDS.includes(field as OptionalGoalField)) {
      throw new Error(`"${GOAL_LIST_ANNOTATION}.${member}" names the unknown goal field ${JSON.stringify(field)}. Use ${OPTIONAL_GOAL_FIELDS.join(', ')}.`);
    }
  }
  return value as OptionalGoalField[];
}

function readHoursPerUnit(value: unknown): Record<string, number> {
  if (!isRecord(value) || !Object.values(value).every(isPositiveNumber)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.hoursPerUnit" must map unit types to positive numbers, such as { "SEMESTER_UNIT": 15 }; got ${JSON.stringify(value)}.`);
  }
  return value as Record<string, number>;
}

function readHoursTarget(value: unknown): GoalListSettings['hoursTarget'] {
  if (value === undefined || value === null) {
    return null;
  }
  if (!isRecord(value) || !isPositiveNumber(value.hours)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.hoursTarget" must be null or { "hours": <positive number> }; got ${JSON.stringify(value)}.`);
  }
  return { hours: value.hours };
}

function readUnitsTarget(value: unknown): GoalListSettings['unitsTarget'] {
  if (value === undefined || value === null) {
    return null;
  }
  if (!isRecord(value) || !isPositiveNumber(value.units) || typeof value.unitType !== 'string') {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.unitsTarget" must be null or { "units": <positive number>, "unitType": "SEMESTER_UNIT" }; got ${JSON.stringify(value)}.`);
  }
  return { units: value.units, unitType: value.unitType };
}

function readGoalCount(value: unknown): GoalListSettings['goalCount'] {
  if (value === undefined || value === null) {
    return null;
  }
  const isCount = (count: unknown) => count === undefined || (Number.isInteger(count) && (count as number) >= 0);
  if (!isRecord(value) || !isCount(value.min) || !isCount(value.max) || (value.min === undefined && value.max === undefined)) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.goalCount" must be null or { "min": <whole number>, "max": <whole number> } with at least one of them; got ${JSON.stringify(value)}.`);
  }
  return { min: value.min as number | undefined, max: value.max as number | undefined };
}

function readCheckpoints(value: unknown): FollowUpCheckpoint[] {
  const known: readonly string[] = ['MONTH_6', 'MONTH_12'];
  if (!Array.isArray(value) || !value.every((checkpoint) => known.includes(checkpoint as string))) {
    throw new Error(`"${GOAL_LIST_ANNOTATION}.followUpCheckpoints" must be a list of "MONTH_6" and "MONTH_12"; got ${JSON.stringify(value)}.`);
  }
  return value as FollowUpCheckpoint[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
