import { HttpError } from './http.js';

/**
 * Deepest nesting of objects and arrays accepted in a plan, counting the plan object as level 1.
 * The deepest path in the base schema has 7 (plan, goals, goal, activities, activity, evidence,
 * file reference). Deeper plans are rejected before anything
 * recursive (structuredClone, the validator, JSON.stringify) walks them, because those exhaust the
 * call stack on a small body nested thousands of levels deep.
 */
export const MAX_PLAN_DEPTH = 64;

/**
 * Validates `plan` against a loaded definition and returns its errors as
 * `{ instancePath, keyword, message }`, with English text from the validation module. An empty
 * array means the plan is valid. The plan is copied first, so validation cannot change what is
 * stored. Throws HttpError 400 for a plan nested deeper than MAX_PLAN_DEPTH.
 */
export async function validateAgainst(validation, plan, definition) {
  const result = await runValidator(validation, plan, definition);

  if (result.valid && result.errors.length === 0) {
    return [];
  }

  if (result.errors.length === 0) {
    // A validator that reports "invalid" without errors would otherwise let the plan through silently.
    return [{ instancePath: '', keyword: 'invalid', message: 'The plan is invalid, but the validator gave no reason.' }];
  }

  return result.errors.map((error) => describeError(validation, error, definition));
}

/**
 * Validates a draft leniently and returns only the errors that make it unusable: a value of the
 * wrong JSON type (goals that are not an array, a name that is not a string). Missing, empty and
 * not-yet-valid answers are what a draft is for, so they are accepted. A `type` error reached through
 * `anyOf`, `oneOf`, `not` or `if` is one alternative failing, not a wrong shape, so it is ignored too.
 */
export async function validateDraftAgainst(validation, plan, definition) {
  const result = await runValidator(validation, plan, definition);
  const wrongTypes = result.errors.filter((error) => error.keyword === 'type' && !/\/(anyOf|oneOf|not|if)(\/|$)/.test(error.schemaPath ?? ''));

  return wrongTypes.map((error) => describeError(validation, error, definition));
}

async function runValidator(validation, plan, definition) {
  if (exceedsDepth(plan, MAX_PLAN_DEPTH)) {
    throw new HttpError(400, `The plan is nested deeper than the limit of ${MAX_PLAN_DEPTH} levels of objects and arrays. Remove the extra nesting and send the plan again.`);
  }
  return validation.validatePlan(structuredClone(plan), definition.source);
}

function describeError(validation, error, definition) {
  return {
    instancePath: error.instancePath,
    keyword: error.keyword,
    message: validation.errorMessage(error, definition.model),
  };
}

/**
 * Returns whether `value` nests objects and arrays more than `maxDepth` levels deep, counting
 * `value` itself as level 1. It walks the value with its own stack instead of recursing, so any
 * depth is safe to check, and stops at the first value past the limit.
 */
export function exceedsDepth(value, maxDepth) {
  const pending = [{ value, depth: 1 }];

  while (pending.length > 0) {
    const { value: current, depth } = pending.pop();
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    if (depth > maxDepth) {
      return true;
    }
    for (const child of Object.values(current)) {
      pending.push({ value: child, depth: depth + 1 });
    }
  }

  return false;
}
