import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Plan, PlanDefinition } from '../../plan/types.js';
import type { SubmitStatus } from './submit-handshake.js';

/** Data and callbacks of the review and done steps. */
export interface ReviewView {
  plan: Plan;
  definition: PlanDefinition;
  status: SubmitStatus;
  /** Whether the user may submit: not while readonly or disabled. */
  canSubmit: boolean;
  submit: () => void;
  exportPlan: () => void;
  print: () => void;
  startNew: () => void;
}

/**
 * Renders the review step: the plan summary, then Submit, Export and Print, and the submit status.
 * While saving, Submit is `aria-disabled` rather than `disabled`, so it keeps keyboard focus.
 */
export function renderReview(view: ReviewView): TemplateResult {
  const saving = view.status === 'saving';
  return html`
    <p>${msg('Check your answers. Use Back or the steps above to change them, then submit the plan.', { id: 'wizard.review.lead' })}</p>
    <pgp-plan-summary part="summary" .plan=${view.plan} .definition=${view.definition}></pgp-plan-summary>
    ${renderSubmitStatus(view)}
    <div class="actions" part="actions">
      <button type="button" part="button submit" class="primary" data-action="submit" ?disabled=${!view.canSubmit} aria-disabled=${saving ? 'true' : nothing} @click=${view.submit}>
        ${saving ? msg('Saving…', { id: 'wizard.review.saving' }) : msg('Submit plan', { id: 'wizard.review.submit' })}
      </button>
      <button type="button" part="button" data-action="export" @click=${view.exportPlan}>${msg('Export', { id: 'wizard.export' })}</button>
      <button type="button" part="button" data-action="print" @click=${view.print}>${msg('Print', { id: 'wizard.print' })}</button>
    </div>
  `;
}

function renderSubmitStatus(view: ReviewView): TemplateResult | typeof nothing {
  switch (view.status) {
    case 'failed':
      return html`<div class="notice warning" part="notice" data-notice="not-saved" role="alert">
        <p>${msg('Not saved. Check your connection and try again.', { id: 'wizard.submit.failed' })}</p>
        <div class="actions"><button type="button" part="button" data-action="retry" @click=${view.submit}>${msg('Retry', { id: 'wizard.submit.retry' })}</button></div>
      </div>`;
    case 'handed':
      return html`<p class="notice" part="notice" data-notice="handed" role="status">
        ${msg('Your plan was handed to this page. This page has not confirmed that it saved the plan, so export a copy to be safe.', { id: 'wizard.submit.handed' })}
      </p>`;
    default:
      return nothing;
  }
}

/** Renders the done step: what happens next, Print, Export and a way to start a new plan. */
export function renderDone(view: ReviewView): TemplateResult {
  return html`
    <p>${msg('Your plan is saved.', { id: 'wizard.done.saved' })}</p>
    <h3>${msg('What happens next', { id: 'wizard.done.nextHeading' })}</h3>
    <ul>
      <li>${msg('Whoever the plan is for, such as your advisor, employer or stipend program, can now review it.', { id: 'wizard.done.review' })}</li>
      <li>${msg('As you finish activities, open the plan again to record your progress and keep proof such as certificates.', { id: 'wizard.done.progress' })}</li>
      <li>${msg('Print or export a copy for your own records.', { id: 'wizard.done.copy' })}</li>
    </ul>
    <div class="print-only">
      <pgp-plan-summary .plan=${view.plan} .definition=${view.definition}></pgp-plan-summary>
    </div>
    <div class="actions" part="actions">
      <button type="button" part="button" data-action="print" @click=${view.print}>${msg('Print', { id: 'wizard.print' })}</button>
      <button type="button" part="button" data-action="export" @click=${view.exportPlan}>${msg('Export', { id: 'wizard.export' })}</button>
      <button type="button" part="button" data-action="start-new" @click=${view.startNew}>${msg('Start a new plan', { id: 'wizard.done.startNew' })}</button>
    </div>
  `;
}
