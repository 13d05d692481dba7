// The `x-pgp-rule` checks that JSON Schema cannot express. They run after the schema, in the
// browser and in Node, as plain code: nothing here is generated or evaluated.
//
// A rule reads its settings from the `x-pgp-params` next to it, so a program changes a number
// (105 hours, two categories, hours per unit) in its definition rather than here. A value of the
// wrong shape passes a rule, because the schema's own keywords already report it.
import { creditHours, DEFAULT_HOURS_PER_UNIT, type HoursPerUnit } from '../plan/goal-list.js';
import type { RuleAnnotation } from './annotations.js';
import { escapePointerSegment } from './pointer.js';
import type { PlanError } from './types.js';

type Params = Record<string, unknown>;

interface RuleInput {
  plan: Record<string, unknown>;
  value: unknown;
  pointer: string;
  settings: Params;
}

interface RuleFinding {
  pointer: string;
  params: Params;
}

type RuleCheck = (input: RuleInput) => RuleFinding[];

interface CountedActivity {
  activity: Record<string, unknown>;
  pointer: string;
}

const RULE_CHECKS: Record<string, RuleCheck> = {
  'consecutive-years': checkConsecutiveYears,
  'date-order': checkDateOrder,
  'dates-within-cycle': checkDatesWithinCycle,
  'min-distinct-categories': checkDistinctCategories,
  'min-total-hours': checkTotalHours,
  'min-total-units': checkTotalUnits,
};

/** Runs the `x-pgp-rule` checks of a definition on a plan. */
export function evaluateRules(plan: unknown, rules: RuleAnnotation[]): PlanError[] {
  if (!isRecord(plan)) return [];
  const errors: PlanError[] = [];
  for (const { rule, instancePath, params = {}, messageKey = `rule.${rule}` } of rules) {
    const check = Object.hasOwn(RULE_CHECKS, rule) ? RULE_CHECKS[rule] : undefined;
    if (!check || !appliesToPlan(plan, params)) continue;

    for (const { pointer, value } of valuesAt(plan, instancePath)) {
      for (const finding of check({ plan, value, pointer, settings: params })) {
        errors.push({ instancePath: finding.pointer, keyword: 'x-pgp-rule', params: { rule, ...finding.params }, messageKey, schemaPath: '' });
      }
    }
  }
  return errors;
}

// `statuses` limits a rule to plans in those statuses; `levels` and `exceptLevels` to holders of
// those permit levels (the plan's permit, `ctc.permit`).
function appliesToPlan(plan: Record<string, unknown>, settings: Params): boolean {
  if (Array.isArray(settings.statuses) && !settings.statuses.includes(plan.status)) return false;
  const level = permitLevel(plan);
  if (Array.isArray(settings.levels) && !settings.levels.includes(level)) return false;
  if (Array.isArray(settings.exceptLevels) && settings.exceptLevels.includes(level)) return false;
  return true;
}

function checkConsecutiveYears({ value, pointer }: RuleInput): RuleFinding[] {
  if (typeof value !== 'string') return [];
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  if (!match) return [];
  const firstYear = Number(match[1]);
  if (Number(match[2]) === firstYear + 1) return [];
  return [{ pointer, params: { value, expected: `${firstYear}-${firstYear + 1}` } }];
}

// On an object such as a goal: its `later` date may not come before its `earlier` date.
function checkDateOrder({ value, pointer, settings }: RuleInput): RuleFinding[] {
  if (!isRecord(value)) return [];
  const earlierField = typeof settings.earlier === 'string' ? settings.earlier : 'startDate';
  const laterField = typeof settings.later === 'string' ? settings.later : 'targetDate';
  const earlier = value[earlierField];
  const later = value[laterField];
  if (!isIsoDate(earlier) || !isIsoDate(later) || later >= earlier) return [];
  return [{ pointer: `${pointer}/${escapePointerSegment(laterField)}`, params: { value: later, earliest: earlier } }];
}

// On the goals: every dated activity that is not cancelled falls in the renewal cycle, which runs
// `years` from the permit's issue date, and `extensionYears` more for a reinstatement.
function checkDatesWithinCycle({ plan, value, pointer, settings }: RuleInput): RuleFinding[] {
  const issueDate = permitIssueDate(plan);
  if (!isIsoDate(issueDate)) return [];
  const years = numberSetting(settings.years, 5);
  const extensionYears = isRecord(plan.ctc) && plan.ctc.action === 'REINSTATEMENT_EXTENSION' ? numberSetting(settings.extensionYears, 2) : 0;
  const cycleStart = issueDate;
  const cycleEnd = addYears(issueDate, years + extensionYears);
  const dateFields = Array.isArray(settings.dateFields) ? settings.dateFields.map(String) : ['startDate', 'completedDate'];

  const findings: RuleFinding[] = [];
  for (const { activity, pointer: activityPointer } of goalActivities(value, pointer)) {
    if (activity.status === 'CANCELLED') continue;
    for (const field of dateFields) {
      const date = activity[field];
      if (isIsoDate(date) && (date < cycleStart || date > cycleEnd)) {
        findings.push({ pointer: `${activityPointer}/${escapePointerSegment(field)}`, params: { value: date, cycleStart, cycleEnd } });
      }
    }
  }
  return findings;
}

// On the goals: the completed activities add up to `hours` clock hours or more.
function checkTotalHours({ value, pointer, settings }: RuleInput): RuleFinding[] {
  const required = numberSetting(settings.hours, 0);
  const hoursPerUnit: Partial<HoursPerUnit> = isRecord(settings.hoursPerUnit) ? (settings.hoursPerUnit as Partial<HoursPerUnit>) : DEFAULT_HOURS_PER_UNIT;
  const completed = goalActivities(value, pointer)
    .filter(({ activity }) => activity.status === 'COMPLETED')
    .reduce((total, { activity }) => total + creditHours(activity.credit, hoursPerUnit), 0);
  if (completed >= required) return [];
  return [{ pointer, params: { hours: required, completedHours: round(completed), remainingHours: round(required - completed) } }];
}

// On the goals: the completed activities add up to `units` semester units or more; a quarter
// unit counts as 1 / `quarterUnitsPerSemesterUnit` of a semester unit.
function checkTotalUnits({ value, pointer, settings }: RuleInput): RuleFinding[] {
  const required = numberSetting(settings.units, 0);
  const quarterUnitsPerSemesterUnit = numberSetting(settings.quarterUnitsPerSemesterUnit, 1.5) || 1.5;
  let completed = 0;
  for (const { activity } of goalActivities(value, pointer)) {
    const credit = activity.credit;
    if (activity.status !== 'COMPLETED' || !isRecord(credit) || typeof credit.amount !== 'number') continue;
    if (credit.unitType === 'SEMESTER_UNIT') completed += credit.amount;
    if (credit.unitType === 'QUARTER_UNIT') completed += credit.amount / quarterUnitsPerSemesterUnit;
  }
  if (completed >= required) return [];
  return [{ pointer, params: { units: required, completedUnits: round(completed), remainingUnits: round(required - completed) } }];
}

// On the goals: the activities that are not cancelled cover `categories` kinds or more; the
// kinds in `ignoreTypes` (such as OTHER) are not categories.
function checkDistinctCategories({ value, pointer, settings }: RuleInput): RuleFinding[] {
  const required = numberSetting(settings.categories, 0);
  const ignored = Array.isArray(settings.ignoreTypes) ? settings.ignoreTypes : [];
  const found = new Set<string>();
  for (const { activity } of goalActivities(value, pointer)) {
    if (activity.status !== 'CANCELLED' && typeof activity.type === 'string' && !ignored.includes(activity.type)) found.add(activity.type);
  }
  if (found.size >= required) return [];
  return [{ pointer, params: { categories: required, foundCategories: found.size } }];
}

function goalActivities(goals: unknown, goalsPointer: string): CountedActivity[] {
  if (!Array.isArray(goals)) return [];
  return goals.flatMap((goal, goalIndex) => {
    if (!isRecord(goal) || !Array.isArray(goal.activities)) return [];
    return goal.activities.flatMap((activity, activityIndex) =>
      isRecord(activity) ? [{ activity, pointer: `${goalsPointer}/${goalIndex}/activities/${activityIndex}` }] : [],
    );
  });
}

// The permit the plan renews or upgrades is `ctc.permit`; `participant.currentPermit` is what the
// Registry profile says, which may be out of date, so the rules read `ctc.permit`.
function planPermit(plan: Record<string, unknown>): Record<string, unknown> {
  return isRecord(plan.ctc) && isRecord(plan.ctc.permit) ? plan.ctc.permit : {};
}

function permitLevel(plan: Record<string, unknown>): unknown {
  return planPermit(plan).level;
}

function permitIssueDate(plan: Record<string, unknown>): unknown {
  return planPermit(plan).issueDate;
}

function addYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function numberSetting(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function valuesAt(value: unknown, segments: string[], pointer = ''): { pointer: string; value: unknown }[] {
  if (segments.length === 0) return value === undefined ? [] : [{ pointer, value }];
  if (typeof value !== 'object' || value === null) return [];

  const [segment, ...rest] = segments;
  const record = value as Record<string, unknown>;
  const keys = segment === '*' ? Object.keys(record) : Object.hasOwn(record, segment) ? [segment] : [];
  return keys.flatMap((key) => valuesAt(record[key], rest, `${pointer}/${escapePointerSegment(key)}`));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
