const NO_ENTRIES = 'The form submitted no entries.';

/**
 * Handles a form's `submit` by writing its entries, one `name = value` per line, into the form's
 * `<output>` instead of leaving the page. Only values are shown, never parsed as HTML.
 */
export function showSubmittedEntries(event: SubmitEvent): void {
  event.preventDefault();

  const form = event.currentTarget as HTMLFormElement;
  const output = form.querySelector('output');
  if (!output) {
    return;
  }

  const entries = [...new FormData(form, event.submitter)].map(([name, value]) => `${name} = ${typeof value === 'string' ? value : value.name}`);
  output.value = entries.length > 0 ? entries.join('\n') : NO_ENTRIES;
}
