import { msg } from '@lit/localize';
import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import type { PlanError } from '../../validation/types.js';
import { DETAIL_ROOTS, detailFieldsFor } from './details-fields.js';
import { isAtOrBelow } from './plan-edits.js';

/** Every step, in order; `stepsFor()` leaves out those a plan does not need. */
export const ALL_STEPS: readonly WizardStepId[] = ['intro', 'types', 'details', 'goals', 'review', 'done'];

/** Returns whether a text names one of the wizard's steps. */
export function isStepId(value: unknown): value is WizardStepId {
  return ALL_STEPS.includes(value as WizardStepId);
}

/**
 * Returns the steps the wizard shows for the selected plan types: the introduction unless it is
 * skipped, and the details step only when one of its fields applies. The done step comes last.
 */
export function stepsFor(planTypes: readonly string[], skipIntro: boolean): WizardStepId[] {
  return ALL_STEPS.filter((step) => {
    if (step === 'intro') return !skipIntro;
    if (step === 'details') return detailFieldsFor(planTypes).length > 0;
    return true;
  });
}

/** Returns the heading of a step, which is also its name in the step indicator. */
export function stepTitle(step: WizardStepId): string {
  switch (step) {
    case 'intro':
      return msg('About Professional Growth Plans', { id: 'wizard.step.intro' });
    case 'types':
      return msg('Plan type', { id: 'wizard.step.types' });
    case 'details':
      return msg('Plan details', { id: 'wizard.step.details' });
    case 'goals':
      return msg('Goals and activities', { id: 'wizard.step.goals' });
    case 'review':
      return msg('Review and submit', { id: 'wizard.step.review' });
    case 'done':
      return msg('Plan saved', { id: 'wizard.step.done' });
  }
}

/**
 * Returns the step where the field at a pointer is edited. Errors no step edits (at the plan's root
 * or at a property the wizard has no field for) belong to the review step, which lists them.
 */
export function stepOfPointer(pointer: string): WizardStepId {
  if (isAtOrBelow(pointer, '/planTypes')) return 'types';
  if (isAtOrBelow(pointer, '/goals')) return 'goals';
  if (DETAIL_ROOTS.some((root) => isAtOrBelow(pointer, root))) return 'details';
  return 'review';
}

/** Returns the errors a step shows: the review step shows all of them. */
export function errorsOfStep(errors: readonly PlanError[], step: WizardStepId): PlanError[] {
  return step === 'review' ? [...errors] : errors.filter((error) => stepOfPointer(error.instancePath) === step);
}

/** Returns the first of `steps` that has an error, in step order. */
export function firstStepWithError(errors: readonly PlanError[], steps: readonly WizardStepId[]): WizardStepId | undefined {
  const withErrors = new Set(errors.map((error) => stepOfPointer(error.instancePath)));
  return steps.find((step) => withErrors.has(step));
}
