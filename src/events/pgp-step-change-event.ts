/** Name of the event `<pgp-wizard>` dispatches when it shows another step. */
export const PGP_STEP_CHANGE = 'pgp-step-change';

/** Ids of the wizard's steps, in order. */
export type WizardStepId = 'intro' | 'types' | 'details' | 'goals' | 'review' | 'done';

/** Dispatched when the wizard moves from one step to another, by the user or by `next()`, `back()` or `goTo()`. */
export class PgpStepChangeEvent extends Event {
  /** The step that was shown before. */
  readonly from: WizardStepId;

  /** The step shown now. */
  readonly to: WizardStepId;

  constructor(from: WizardStepId, to: WizardStepId) {
    super(PGP_STEP_CHANGE, { bubbles: true, composed: true });
    this.from = from;
    this.to = to;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_STEP_CHANGE]: PgpStepChangeEvent;
  }
}
