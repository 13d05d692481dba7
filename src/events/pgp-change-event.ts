import type { Plan } from '../plan/types.js';

/** Name of the event `<pgp-wizard>` dispatches after each edit by the user. */
export const PGP_CHANGE = 'pgp-change';

/**
 * Dispatched after every edit the user makes in the wizard: a typed character, a chosen plan
 * type, an added goal, an imported file or a restored draft. Setting `plan` from script
 * dispatches nothing.
 */
export class PgpChangeEvent extends Event {
  /** The plan after the edit, as a copy the listener may keep or change. */
  readonly plan: Plan;

  constructor(plan: Plan) {
    super(PGP_CHANGE, { bubbles: true, composed: true });
    this.plan = plan;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_CHANGE]: PgpChangeEvent;
  }
}
