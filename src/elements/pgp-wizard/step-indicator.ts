import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import { stepTitle } from './steps.js';

/** Steps, current step and callback of the step indicator. */
export interface StepIndicatorView {
  steps: readonly WizardStepId[];
  current: WizardStepId;
  /** Steps the user has left after finishing them; they are marked and can be revisited. */
  completed: ReadonlySet<WizardStepId>;
  goTo: (step: WizardStepId) => void;
}

/**
 * Renders the ordered list of steps. The current one has `aria-current="step"`. Completed ones show
 * a check mark, carry hidden "(completed)" text for screen readers, and are buttons back to them.
 */
export function renderStepIndicator(view: StepIndicatorView): TemplateResult {
  const listed = view.steps.filter((step) => step !== 'done' || view.current === 'done');
  const position = listed.indexOf(view.current) + 1;
  const count = listed.length;

  return html`
    <nav class="steps" part="steps" aria-label=${msg('Steps of the plan', { id: 'wizard.steps.label' })}>
      <p class="visually-hidden">${msg(str`Step ${position} of ${count}`, { id: 'wizard.steps.position' })}</p>
      <ol>
        ${listed.map((step, index) => renderStep(view, step, index + 1))}
      </ol>
    </nav>
  `;
}

function renderStep(view: StepIndicatorView, step: WizardStepId, number: number): TemplateResult {
  const current = step === view.current;
  const completed = !current && view.completed.has(step);
  let state = 'upcoming';
  if (current) {
    state = 'current';
  } else if (completed) {
    state = 'completed';
  }
  const title = stepTitle(step);
  const marker = completed ? html`<span class="marker" aria-hidden="true">✓</span>` : html`<span class="marker" aria-hidden="true">${number}</span>`;
  const status = completed ? html`<span class="visually-hidden">${msg('(completed)', { id: 'wizard.steps.completed' })}</span>` : nothing;

  if (completed && step !== 'done') {
    return html`<li part="step-item step-${state}" class=${state}>
      <button type="button" class="step-link" data-step=${step} @click=${() => view.goTo(step)}>${marker}<span>${title}</span> ${status}</button>
    </li>`;
  }
  return html`<li part="step-item step-${state}" class=${state} aria-current=${current ? 'step' : nothing}>${marker}<span>${title}</span> ${status}</li>`;
}
