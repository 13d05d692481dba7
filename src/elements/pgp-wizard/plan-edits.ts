import type { Plan } from '../../plan/types.js';
import { escapePointerSegment, pointerSegments } from '../../validation/pointer.js';

type JsonObject = Record<string, unknown>;

/** Returns a deep copy of a plan, so neither the caller nor the wizard can change the other's copy. */
export function copyPlan(plan: Plan): Plan {
  return structuredClone(plan);
}

/** Returns the value at a JSON Pointer, or undefined when a step of the path is missing. */
export function valueAt(plan: unknown, pointer: string): unknown {
  let value = plan;
  for (const segment of pointerSegments(pointer)) {
    if (!isObject(value) || !Object.hasOwn(value, segment)) {
      return undefined;
    }
    value = value[segment];
  }
  return value;
}

/**
 * Returns a copy of the plan with the value at a JSON Pointer of object keys replaced, creating the
 * objects on the way. `undefined` removes the property, and an object left empty by that removal is
 * removed too, so clearing a field does not leave `{}` behind. Other properties are kept as they are.
 */
export function withValueAt(plan: Plan, pointer: string, value: unknown): Plan {
  const segments = pointerSegments(pointer);
  return segments.length === 0 ? plan : (setIn(plan, segments, value) ?? {});
}

function setIn(target: JsonObject, segments: string[], value: unknown): JsonObject | undefined {
  const [first, ...rest] = segments;
  const copy: JsonObject = { ...target };

  if (rest.length === 0) {
    if (value === undefined) delete copy[first];
    else copy[first] = value;
  } else {
    const child = isObject(copy[first]) ? (copy[first] as JsonObject) : {};
    const updated = setIn(child, rest, value);
    if (updated === undefined) delete copy[first];
    else copy[first] = updated;
  }

  return Object.keys(copy).length === 0 && value === undefined ? undefined : copy;
}

/** Joins object keys into a JSON Pointer, escaping `~` and `/`. */
export function pointerOf(...segments: string[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/** Returns whether `pointer` is `ancestor` or lies below it. */
export function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return ancestor === '' || pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Returns whether a value is a JSON object (not an array or null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
