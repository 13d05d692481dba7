import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ref } from 'lit/directives/ref.js';
import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { Plan } from '../../plan/types.js';
import { detailGroupsFor } from './details-fields.js';
import { renderDetails } from './details-template.js';
import { renderErrorSummary } from './error-summary.js';
import type { SummaryItem } from './error-summary.js';
import { renderIntro } from './intro-template.js';
import { renderDone, renderReview } from './review-template.js';
import type { ReviewView } from './review-template.js';
import { stepTitle } from './steps.js';

/** Everything one render of a ready wizard's current step needs. */
export interface StepView {
  model: DefinitionModel;
  plan: Plan;
  step: WizardStepId;
  steps: readonly WizardStepId[];
  summary: readonly SummaryItem[] | null;
  disabled: boolean;
  readonly: boolean;
  review: ReviewView;
  messagesAt: (pointer: string) => string[];
  attachNested: (element: Element | undefined) => void;
  focusField: (pointer: string) => void;
  onDetailsInput: (event: Event) => void;
  onDetailsFocusOut: (event: FocusEvent) => void;
  onPickerInput: (event: Event) => void;
  onGoalListInput: (event: Event) => void;
  next: () => void;
  back: () => void;
}

/** Renders the current step: its error summary, heading, body and Back and Next buttons. */
export function renderStep(view: StepView): TemplateResult {
  return html`<section class="step" part="step" aria-labelledby="step-heading" data-step=${view.step}>
    ${view.summary && view.summary.length > 0 ? renderErrorSummary(view.summary, view.focusField) : nothing}
    <h2 id="step-heading" part="heading" tabindex="-1">${stepTitle(view.step)}</h2>
    ${renderBody(view)}
    ${renderNavigation(view)}
  </section>`;
}

function renderBody(view: StepView): TemplateResult {
  const planTypes = view.plan.planTypes ?? [];
  switch (view.step) {
    case 'intro':
      return renderIntro(view.model);
    case 'types':
      return html`<pgp-type-picker required .definition=${view.model.source} ?readonly=${view.readonly} ?disabled=${view.disabled}
        ${ref(view.attachNested)} @input=${view.onPickerInput}></pgp-type-picker>`;
    case 'details':
      return html`<div @input=${view.onDetailsInput} @change=${view.onDetailsInput} @focusout=${view.onDetailsFocusOut}>
        ${renderDetails({ groups: detailGroupsFor(planTypes), plan: view.plan, messagesAt: view.messagesAt, disabled: view.disabled, readonly: view.readonly })}
      </div>`;
    case 'goals':
      return html`<pgp-goal-list .definition=${view.model.source} .planTypes=${planTypes} ?readonly=${view.readonly} ?disabled=${view.disabled}
        ${ref(view.attachNested)} @input=${view.onGoalListInput}></pgp-goal-list>`;
    case 'review':
      return renderReview(view.review);
    case 'done':
      return renderDone(view.review);
  }
}

function renderNavigation(view: StepView): TemplateResult | typeof nothing {
  const index = view.steps.indexOf(view.step);
  const hasBack = index > 0 && view.step !== 'done';
  const hasNext = view.step !== 'review' && view.step !== 'done';
  if (!hasBack && !hasNext) {
    return nothing;
  }
  return html`<div class="actions navigation" part="actions">
    ${hasBack ? html`<button type="button" part="button" data-action="back" ?disabled=${view.disabled} @click=${view.back}>${msg('Back', { id: 'wizard.back' })}</button>` : nothing}
    ${hasNext
      ? html`<button type="button" part="button" class="primary" data-action="next" ?disabled=${view.disabled} @click=${view.next}>${msg('Next', { id: 'wizard.next' })}</button>`
      : nothing}
  </div>`;
}
