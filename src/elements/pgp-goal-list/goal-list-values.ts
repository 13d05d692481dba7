import { msg, str } from '@lit/localize';
import type { ParsedDecimal } from './parse-decimal.js';

// Reading the goal list's value from script, attributes and saved state, and the keys it uses
// for its own checks.

/** Returns the message for a number the element cannot store, or undefined for a readable one. */
export function numberProblem(text: string, parsed: ParsedDecimal): string | undefined {
  if (parsed.kind === 'ambiguous') {
    const thousands = String(parsed.asThousands);
    const decimal = String(parsed.asDecimal);
    return msg(str`"${text}" could mean ${thousands} or ${decimal}. Type ${thousands} or ${decimal} to say which you mean.`, { id: 'goalList.number.ambiguous' });
  }
  if (parsed.kind === 'invalid') {
    return msg(str`"${text}" is not a number. Enter an amount such as 3 or 1.5.`, { id: 'goalList.number.invalid' });
  }
  return undefined;
}

/** Returns the goal index a `/goals/<index>/…` pointer starts with, or -1. */
export function goalIndexOf(pointer: string): number {
  const match = /^\/goals\/(\d+)/.exec(pointer);
  return match ? Number(match[1]) : -1;
}

/** Splits a `rowKey/field` key into the row key and the dotted field path. */
export function splitFieldKey(fieldKey: string): [string, string] {
  const slash = fieldKey.indexOf('/');
  return [fieldKey.slice(0, slash), fieldKey.slice(slash + 1)];
}

/** Returns the goals array of a value set from script, warning about anything that is not an array. */
export function normalizeGoals(value: unknown): unknown[] {
  if (value === null || value === undefined) {
    return [];
  }
  if (typeof value === 'string') {
    return parseGoalsJson(value);
  }
  if (Array.isArray(value)) {
    return value;
  }
  console.warn(`pgp-goal-list: value must be an array of goals, such as [{ "statement": "…" }]; got ${JSON.stringify(value)}. The list is now empty.`);
  return [];
}

/** Parses the JSON text of the `value` attribute or a saved state, warning when it is not a JSON array. */
export function parseGoalsJson(text: string | null): unknown[] {
  if (text === null || text.trim() === '') {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) {
      return parsed;
    }
  } catch {
    // Reported below with the text, as for any value that is not a JSON array.
  }
  console.warn(`pgp-goal-list: the value attribute must be a JSON array of goals, such as '[{"statement":"…"}]'; got ${JSON.stringify(text.slice(0, 80))}. The list is now empty.`);
  return [];
}

const goalJsonCache = new WeakMap<object, string>();

/**
 * Returns the goals as JSON text, as `JSON.stringify` does. Each goal's text is kept for the goal
 * object, so after an edit of one goal only that goal is written again. Goals are never changed in
 * place (every edit returns new objects), so a kept text stays true.
 */
export function goalsJson(goals: readonly unknown[]): string {
  return `[${goals.map(goalJson).join(',')}]`;
}

function goalJson(goal: unknown): string {
  if (typeof goal !== 'object' || goal === null) {
    // JSON.stringify writes null for an array entry that has no JSON form, such as undefined.
    return JSON.stringify(goal) ?? 'null';
  }
  let text = goalJsonCache.get(goal);
  if (text === undefined) {
    text = JSON.stringify(goal) ?? 'null';
    goalJsonCache.set(goal, text);
  }
  return text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Returns the formatter of hours and units for a locale, created once per locale. */
export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}
