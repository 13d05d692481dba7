import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import type { Plan } from '../../plan/types.js';
import type { PgpGoalList } from '../pgp-goal-list/pgp-goal-list.js';
import type { PgpTypePicker } from '../pgp-type-picker/pgp-type-picker.js';

/** The element a step embeds: the type picker or the goal list. */
export type NestedElement = PgpTypePicker | PgpGoalList;

/** Returns the plan property a nested element edits, as a JSON Pointer. */
export function sectionOf(element: NestedElement): '/planTypes' | '/goals' {
  return element.localName === 'pgp-type-picker' ? '/planTypes' : '/goals';
}

/** Returns the element the step embeds, if that step is rendered in `root`. */
export function nestedElementOf(root: ParentNode, step: WizardStepId): NestedElement | null {
  if (step === 'types') {
    return root.querySelector<NestedElement>('pgp-type-picker');
  }
  if (step === 'goals') {
    return root.querySelector<NestedElement>('pgp-goal-list');
  }
  return null;
}

/** Gives a nested element its part of the plan and the server's messages for that part. */
export function pushPlanTo(element: NestedElement, plan: Plan, serverMessages: readonly string[]): void {
  if (element.localName === 'pgp-type-picker') {
    (element as PgpTypePicker).value = plan.planTypes ?? [];
  } else {
    (element as PgpGoalList).value = plan.goals ?? [];
  }
  element.customValidity = serverMessages.join(' ');
}

/**
 * Moves focus to the control that edits a pointer: the wizard's own field, the nested element's
 * control with that `data-pointer`, or the part of the nested element the user should fix.
 * Falls back to the step heading. The goal list marks each control with its pointer.
 */
export function focusPointer(root: ParentNode, step: WizardStepId, pointer: string): void {
  const selector = `[data-pointer="${CSS.escape(pointer)}"]:not(a)`;
  const nested = nestedElementOf(root, step);
  const control = root.querySelector<HTMLElement>(selector) ?? nested?.shadowRoot?.querySelector<HTMLElement>(selector);
  if (control) {
    control.focus();
    return;
  }
  if (nested) {
    // reportValidity() moves focus to the part the user should fix; a valid element takes it itself.
    if (nested.reportValidity()) nested.focus();
    return;
  }
  root.querySelector<HTMLElement>('#step-heading')?.focus();
}
