// Steps the <pgp-goal-list> stories' play functions share: finding the element and what it shows,
// and acting on it the way a user does.
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { PgpGoalList } from '../src/index.js';

/** Returns the story's goal list, or throws when the story rendered none. */
export function goalListIn(canvasElement: HTMLElement): PgpGoalList {
  const list = canvasElement.querySelector('pgp-goal-list');
  if (!list) {
    throw new Error('The story rendered no <pgp-goal-list>.');
  }
  return list;
}

/**
 * Returns Testing Library queries over the goal list's shadow root, where its controls live.
 * The queries take a container element, and a shadow root offers the same lookup methods.
 */
export function screenOf(list: PgpGoalList): ReturnType<typeof within> {
  if (!list.shadowRoot) {
    throw new Error('The <pgp-goal-list> has no shadow root yet.');
  }
  return within(list.shadowRoot as unknown as HTMLElement);
}

/** Returns the text of every validation message the list shows. */
export function shownErrors(list: PgpGoalList): string[] {
  return [...(list.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((node) => node.textContent?.trim() ?? '');
}

/** Returns the control that edits `field` (a dotted path such as `credit.amount`) of the row with id `rowId`. */
export function controlOf<T extends HTMLElement = HTMLInputElement>(list: PgpGoalList, rowId: string, field: string): T {
  const control = list.shadowRoot?.querySelector<T>(`[data-row="${CSS.escape(rowId)}"][data-field="${CSS.escape(field)}"]`);
  if (!control) {
    throw new Error(`The goal list shows no control for the field "${field}" of the row "${rowId}".`);
  }
  return control;
}

/**
 * Waits until the definition's validator has found the list invalid, then reports validity as a
 * failed form submission does. The validator loads in its own chunk after the first render, and a
 * report made before it arrives would find nothing to show.
 */
export async function reportErrorsOf(list: PgpGoalList): Promise<void> {
  await waitFor(() => expect(list.checkValidity()).toBe(false));
  list.reportValidity();
  await list.updateComplete;
}

/** Chooses `file` in the evidence file input of the goal or activity with id `rowId`. */
export async function chooseEvidenceFile(list: PgpGoalList, rowId: string, file: File): Promise<void> {
  const input = list.shadowRoot?.querySelector<HTMLInputElement>(`input[type="file"][data-row="${CSS.escape(rowId)}"]`);
  if (!input) {
    throw new Error(`The goal list shows no evidence file input for the row "${rowId}".`);
  }
  await userEvent.upload(input, file);
}
