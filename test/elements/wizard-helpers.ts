import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/elements/pgp-wizard/define.js';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import type { PgpTypePicker } from '../../src/elements/pgp-type-picker/pgp-type-picker.js';
import type { Plan, PlanDefinition } from '../../src/plan/types.js';

export const GENERAL_URL = '/schemas/definitions/registry-general.json';
export const STIPEND_URL = '/schemas/definitions/workforce-pathways-la-2024-25.json';

export async function loadJson(url: string): Promise<PlanDefinition> {
  const response = await fetch(url);
  return (await response.json()) as PlanDefinition;
}

// Lets the definition, the validators and the nested elements load and render.
export async function settle(el: PgpWizard): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await el.updateComplete;
    await nextFrame();
  }
  const nested = el.shadowRoot!.querySelector<PgpTypePicker | PgpGoalList>('pgp-type-picker, pgp-goal-list');
  if (nested) {
    await nested.updateComplete;
    await nextFrame();
    await nested.updateComplete;
  }
  await el.updateComplete;
}

export interface WizardOptions {
  plan?: Plan;
  autosave?: string;
  skipIntro?: boolean;
}

export async function wizard(definition: PlanDefinition, options: WizardOptions = {}): Promise<PgpWizard> {
  const el = await fixture<PgpWizard>(html`<pgp-wizard .definition=${definition} .plan=${options.plan} autosave=${options.autosave ?? ''} ?skip-intro=${options.skipIntro ?? false}></pgp-wizard>`);
  if (!options.autosave) {
    el.removeAttribute('autosave');
  }
  await settle(el);
  return el;
}

export function root(el: PgpWizard): ShadowRoot {
  return el.shadowRoot!;
}

export function action(el: PgpWizard, name: string): HTMLButtonElement {
  const found = root(el).querySelector<HTMLButtonElement>(`button[data-action="${name}"]`);
  if (!found) {
    throw new Error(`no button with data-action="${name}" on step ${el.step}`);
  }
  return found;
}

export function field(el: PgpWizard, pointer: string): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]:not(a)`);
  if (!found) {
    throw new Error(`no field for ${pointer} on step ${el.step}`);
  }
  return found;
}

export function picker(el: PgpWizard): PgpTypePicker {
  return root(el).querySelector('pgp-type-picker')!;
}

export function goalList(el: PgpWizard): PgpGoalList {
  return root(el).querySelector('pgp-goal-list')!;
}

/** Returns the element that has focus, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

export function summaryLinks(el: PgpWizard): HTMLAnchorElement[] {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
}

/** Builds a complete self-initiated plan for the general definition, with unknown properties. */
export function completePlan(): Plan {
  return {
    planTypes: ['SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' }, badge: 'kept' },
    goals: [{ id: 'g1', statement: 'Finish the infant care course', status: 'IN_PROGRESS' }],
    hostNote: { source: 'registry export', version: 3 },
  };
}
