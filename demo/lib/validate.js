/**
 * Validates `plan` against a loaded definition and returns its errors as
 * `{ instancePath, keyword, message }`, with English text from the validation module. An empty
 * array means the plan is valid. The plan is copied first, so validation cannot change what is stored.
 */
export async function validateAgainst(validation, plan, definition) {
  const result = await validation.validatePlan(structuredClone(plan), definition.source);

  if (result.valid && result.errors.length === 0) {
    return [];
  }

  if (result.errors.length === 0) {
    // A validator that reports "invalid" without errors would otherwise let the plan through silently.
    return [{ instancePath: '', keyword: 'invalid', message: 'The plan is invalid, but the validator gave no reason.' }];
  }

  return result.errors.map((error) => ({
    instancePath: error.instancePath,
    keyword: error.keyword,
    message: validation.errorMessage(error, definition.model),
  }));
}
