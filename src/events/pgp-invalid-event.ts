import type { PlanError } from '../validation/types.js';
import type { WizardStepId } from './pgp-step-change-event.js';

/** Name of the event `<pgp-wizard>` dispatches when Next or Submit finds errors. */
export const PGP_INVALID = 'pgp-invalid';

/**
 * Dispatched when Next or Submit finds problems. The wizard already shows them in an error
 * summary that has focus; a listener only needs this event to log or count them.
 */
export class PgpInvalidEvent extends Event {
  /** The step that shows the errors. */
  readonly step: WizardStepId;

  /** The errors, as data; `errorMessage()` turns one into text. */
  readonly errors: PlanError[];

  constructor(step: WizardStepId, errors: PlanError[]) {
    super(PGP_INVALID, { bubbles: true, composed: true });
    this.step = step;
    this.errors = errors;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_INVALID]: PgpInvalidEvent;
  }
}
