import { fixture, html, nextFrame } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/pgp-goal-list/define.js';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import type { PlanDefinition } from '../../src/plan/types.js';

export const GENERAL_URL = '/schemas/definitions/registry-general.json';

export async function loadJson(url: string): Promise<PlanDefinition> {
  const response = await fetch(url);
  return (await response.json()) as PlanDefinition;
}

// Lets the definition's validator finish loading and the element render what it reports.
export async function settle(el: PgpGoalList): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export async function goalList(definition: PlanDefinition, value: unknown[] = [], planTypes: string[] = ['SELF_INITIATED']): Promise<PgpGoalList> {
  const el = await fixture<PgpGoalList>(html`<pgp-goal-list name="goals" .definition=${definition} .planTypes=${planTypes} .value=${value}></pgp-goal-list>`);
  await settle(el);
  return el;
}

export function shadow(el: PgpGoalList): ShadowRoot {
  return el.shadowRoot!;
}

/** Returns the control that edits `field` of the row with id `rowId`. */
export function control<T extends HTMLElement = HTMLInputElement>(el: PgpGoalList, rowId: string, field: string): T {
  const found = shadow(el).querySelector<T>(`[data-row="${rowId}"][data-field="${field}"]`);
  if (!found) {
    throw new Error(`no control for ${rowId} ${field}`);
  }
  return found;
}

export function button(el: PgpGoalList, name: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '').trim() === name);
  if (!found) {
    throw new Error(`no button named "${name}"`);
  }
  return found;
}

export function goalItems(el: PgpGoalList): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('li.goal')];
}

export function shownErrors(root: ParentNode): string[] {
  return [...root.querySelectorAll('[part="error"]')].map((node) => node.textContent?.trim() ?? '');
}

export async function click(element: Element): Promise<void> {
  // Goals far from the viewport are laid out only once they come near it (content-visibility:
  // auto), a frame or two after a scroll in Firefox, and then move what is below them. Like a
  // user, the click waits until what it aims at stays in place.
  let rect = element.getBoundingClientRect();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    element.scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const settled = element.getBoundingClientRect();
    const moved = settled.top !== rect.top;
    rect = settled;
    if (!moved && attempt > 0) break;
  }
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** Sets a select or date input the way the browser does after the user picks a value. */
export function pick(target: HTMLInputElement | HTMLSelectElement, value: string): void {
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

export function goalsOf(el: PgpGoalList): Record<string, any>[] {
  return el.value as Record<string, any>[];
}

/** Builds a plan of `goalCount` goals with `activityCount` activities each, every row with an id. */
export function largePlan(goalCount: number, activityCount: number): Record<string, unknown>[] {
  return Array.from({ length: goalCount }, (_, goalIndex) => ({
    id: `g${goalIndex}`,
    statement: `Goal ${goalIndex + 1}`,
    status: 'IN_PROGRESS',
    startDate: '2024-09-01',
    activities: Array.from({ length: activityCount }, (_, activityIndex) => ({
      id: `g${goalIndex}a${activityIndex}`,
      type: 'COLLEGE_COURSE',
      title: `Course ${activityIndex + 1}`,
      status: 'PLANNED',
      credit: { unitType: 'SEMESTER_UNIT', amount: 3 },
    })),
  }));
}
