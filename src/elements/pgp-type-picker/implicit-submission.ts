// Input types that block implicit submission in a form without a submit button (HTML Living
// Standard, "Implicit submission"): with two or more of them, Enter submits nothing.
const BLOCKING_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week', 'time', 'datetime-local', 'number']);

/**
 * Submits a form as Enter in one of its native fields does. It clicks the default button (the
 * first submit button), so the button's click listeners run and it becomes the submitter, and does
 * nothing when that button is disabled. Without a submit button, it calls `requestSubmit()` unless
 * the form has more than one field that blocks implicit submission.
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const defaultButton = [...form.elements].find(isSubmitButton);

  if (defaultButton) {
    if (!defaultButton.disabled) {
      defaultButton.click();
    }
    return;
  }

  const blockingFields = [...form.elements].filter((element) => element instanceof HTMLInputElement && BLOCKING_INPUT_TYPES.has(element.type));
  if (blockingFields.length <= 1) {
    form.requestSubmit();
  }
}

function isSubmitButton(element: Element): element is HTMLButtonElement | HTMLInputElement {
  if (element instanceof HTMLButtonElement) {
    return element.type === 'submit';
  }
  return element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image');
}
