import type { RuleAnnotation } from './annotations.js';
import { escapePointerSegment } from './pointer.js';
import type { PlanError } from './types.js';

type RuleCheck = (value: unknown) => Record<string, unknown> | null;

// Each check returns the params of its error, or null when the value passes. A value of the
// wrong shape passes here, because the schema's own keywords already report it.
const RULE_CHECKS: Record<string, RuleCheck> = {
  'consecutive-years': (value) => {
    if (typeof value !== 'string') return null;
    const match = /^(\d{4})-(\d{4})$/.exec(value);
    if (!match) return null;
    const firstYear = Number(match[1]);
    if (Number(match[2]) === firstYear + 1) return null;
    return { value, expected: `${firstYear}-${firstYear + 1}` };
  },
};

/** Runs the `x-pgp-rule` checks that JSON Schema cannot express. */
export function evaluateRules(plan: unknown, rules: RuleAnnotation[]): PlanError[] {
  const errors: PlanError[] = [];
  for (const { rule, instancePath } of rules) {
    const check = RULE_CHECKS[rule];
    if (!check) continue;

    for (const { pointer, value } of valuesAt(plan, instancePath)) {
      const params = check(value);
      if (params) errors.push({ instancePath: pointer, keyword: 'x-pgp-rule', params: { rule, ...params }, messageKey: `rule.${rule}`, schemaPath: '' });
    }
  }
  return errors;
}

function valuesAt(value: unknown, segments: string[], pointer = ''): { pointer: string; value: unknown }[] {
  if (segments.length === 0) return value === undefined ? [] : [{ pointer, value }];
  if (typeof value !== 'object' || value === null) return [];

  const [segment, ...rest] = segments;
  const record = value as Record<string, unknown>;
  const keys = segment === '*' ? Object.keys(record) : Object.hasOwn(record, segment) ? [segment] : [];
  return keys.flatMap((key) => valuesAt(record[key], rest, `${pointer}/${escapePointerSegment(key)}`));
}
