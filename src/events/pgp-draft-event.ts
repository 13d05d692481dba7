import type { Plan } from '../plan/types.js';

/** Name of the event `<pgp-wizard>` dispatches when a draft is ready to be stored. */
export const PGP_DRAFT = 'pgp-draft';

/**
 * Dispatched about one second after the user's last edit and on every step change, so the page can
 * store the draft where it keeps plans. With the `autosave` attribute the wizard also keeps the
 * draft in this browser's `localStorage`.
 */
export class PgpDraftEvent extends Event {
  /** The plan as it is now, as a copy; it need not be valid yet. */
  readonly plan: Plan;

  constructor(plan: Plan) {
    super(PGP_DRAFT, { bubbles: true, composed: true });
    this.plan = plan;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_DRAFT]: PgpDraftEvent;
  }
}
