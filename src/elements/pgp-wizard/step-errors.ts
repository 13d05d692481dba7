import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { Plan } from '../../plan/types.js';
import { errorMessage } from '../../validation/messages.js';
import type { PlanError } from '../../validation/types.js';
import { detailFieldsFor } from './details-fields.js';
import type { SummaryItem } from './error-summary.js';
import { isAtOrBelow } from './plan-edits.js';
import { asSubmitted } from './plan-validation.js';
import type { PlanValidation } from './plan-validation.js';
import { errorsOfStep } from './steps.js';
import { SERVER_MESSAGE_PARAM } from './submit-handshake.js';

/**
 * Display state of the validator's and the server's errors, routed by exact JSON Pointer to their
 * step and field. Errors show after a failed Next or Submit on their step, or after the user left
 * the field, never on first render.
 */
export class StepErrors {
  /** Errors the server returned for the last submission; each goes when the user edits its field. */
  serverErrors: PlanError[] = [];

  /** Details pointers the user has left. */
  readonly touched = new Set<string>();

  /** Steps where Next or Submit failed. */
  readonly revealedSteps = new Set<WizardStepId>();

  /** The step whose error summary is shown, or null. */
  summaryStep: WizardStepId | null = null;

  /** A problem a nested element reports that the plan validator does not. */
  nestedProblem: SummaryItem | null = null;

  private readonly validation: PlanValidation;

  constructor(validation: PlanValidation) {
    this.validation = validation;
  }

  /** Forgets everything shown, as when another plan is opened. */
  clear(): void {
    this.serverErrors = [];
    this.touched.clear();
    this.revealedSteps.clear();
    this.hideSummary();
  }

  hideSummary(): void {
    this.summaryStep = null;
    this.nestedProblem = null;
  }

  /** Shows a step's summary and all its errors. */
  reveal(step: WizardStepId, nested: SummaryItem | null): void {
    this.revealedSteps.add(step);
    this.summaryStep = step;
    this.nestedProblem = nested;
  }

  /** Removes the server's errors at a pointer, or at and below it. */
  dropServerErrors(pointer: string, below: boolean): void {
    this.serverErrors = this.serverErrors.filter((error) => (below ? !isAtOrBelow(error.instancePath, pointer) : error.instancePath !== pointer));
  }

  /** Returns the errors of the plan as a draft, which a field shows once the user has left it. */
  all(plan: Plan): PlanError[] {
    return [...this.validation.errorsOf(plan), ...this.serverErrors];
  }

  /** Returns the errors of the plan as submitted, which Next and Submit check and then show. */
  atSubmit(plan: Plan): PlanError[] {
    return [...this.validation.submitErrorsOf(plan), ...this.serverErrors];
  }

  messageOf(error: PlanError, model: DefinitionModel): string {
    const serverMessage = error.params[SERVER_MESSAGE_PARAM];
    return typeof serverMessage === 'string' ? serverMessage : errorMessage(error, model);
  }

  /** Messages of the server's errors at or below a pointer, for a nested element's custom validity. */
  serverMessagesBelow(pointer: string, model: DefinitionModel): string[] {
    return this.serverErrors.filter((error) => isAtOrBelow(error.instancePath, pointer)).map((error) => this.messageOf(error, model));
  }

  /** Returns the pointer of the field the user fixes an error at; only details errors move. */
  routedPointer(error: PlanError, plan: Plan, step: WizardStepId): string {
    if (step !== 'details') {
      return error.instancePath;
    }
    const fields = detailFieldsFor(plan.planTypes ?? []).map((field) => field.pointer);
    return this.validation.fieldPointerFor(error, plan, fields) ?? error.instancePath;
  }

  summaryItems(plan: Plan, step: WizardStepId, model: DefinitionModel): SummaryItem[] {
    const submitted = asSubmitted(plan);
    const items = errorsOfStep(this.atSubmit(plan), step).map((error) => ({ message: this.messageOf(error, model), pointer: this.routedPointer(error, submitted, step) }));
    return this.nestedProblem ? [...items, this.nestedProblem] : items;
  }

  /**
   * Returns the messages shown at a details field: none until the step failed or the field was left.
   * After a failed Next or Submit they match the summary, which checks the plan as submitted.
   */
  messagesAt(pointer: string, plan: Plan, model: DefinitionModel): string[] {
    const revealed = this.revealedSteps.has('details');
    if (!revealed && !this.touched.has(pointer)) {
      return [];
    }
    const checked = revealed ? asSubmitted(plan) : plan;
    return errorsOfStep(revealed ? this.atSubmit(plan) : this.all(plan), 'details')
      .filter((error) => this.routedPointer(error, checked, 'details') === pointer)
      .map((error) => this.messageOf(error, model));
  }
}
