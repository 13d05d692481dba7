/**
 * Builds the entries a multi-value control submits: one entry per value under `name`, as a group
 * of same-named checkboxes does. Returns `null` (submit nothing) when the control has no name.
 */
export function formDataFor(name: string, values: readonly string[]): FormData | null {
  if (!name) {
    return null;
  }

  const data = new FormData();
  for (const value of values) {
    data.append(name, value);
  }
  return data;
}

/** Serializes a list of values for `setFormValue()`'s state argument. */
export function listToState(values: readonly string[]): string {
  return JSON.stringify(values);
}

/**
 * Reads a list of values back from a saved or autofilled state: the JSON array written by
 * `listToState()`, a space-separated string, or a `FormData` whose entries are the values.
 * Returns `null` when the state contains no usable list.
 */
export function stateToList(state: string | File | FormData | null): string[] | null {
  if (state instanceof FormData) {
    return [...state.values()].filter((entry): entry is string => typeof entry === 'string');
  }

  if (typeof state !== 'string') {
    return null;
  }

  try {
    const parsed: unknown = JSON.parse(state);
    if (Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')) {
      return parsed;
    }
  } catch {
    // Not JSON: an autofill value is a plain space-separated list.
  }
  return splitList(state);
}

/** Splits a space-separated attribute value into its tokens, ignoring extra whitespace. */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter((token) => token.length > 0);
}
