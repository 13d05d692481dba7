import type { Plan } from '../plan/types.js';

/** Name of the event `<pgp-wizard>` dispatches when the user submits a valid plan. */
export const PGP_SUBMIT = 'pgp-submit';

/** One problem a server found in a submitted plan, addressed by JSON Pointer. */
export interface SubmitRejectionError {
  /** JSON Pointer of the field, such as `/participant/registryId`. */
  instancePath: string;

  /** Text to show; when absent the wizard words the problem from `keyword`. */
  message?: string;

  /** JSON Schema keyword that failed, such as `required` or `pattern`. */
  keyword?: string;
}

/** The value a listener rejects the `waitUntil()` promise with when the server found problems (HTTP 422). */
export interface SubmitRejection {
  errors: SubmitRejectionError[];
}

/**
 * Dispatched when the user submits a plan that passed validation. The page stores the plan and,
 * synchronously in its listener, calls `waitUntil()` with a promise that settles when it is stored.
 *
 * While the promise is pending the wizard shows that it is saving and allows no second submit. When
 * it resolves, the wizard shows the saved step. When it rejects with a `SubmitRejection`, each error
 * appears at its field and in the error summary; any other rejection shows a "not saved" message
 * with a way to retry. When no listener calls `waitUntil()`, the wizard submits its `<form>` if it
 * is in one, and otherwise says the plan was handed to the page and warns once in the console.
 */
export class PgpSubmitEvent extends Event {
  /** The submitted plan, as a copy. */
  readonly plan: Plan;

  private saving: Promise<unknown> | undefined;

  constructor(plan: Plan) {
    super(PGP_SUBMIT, { bubbles: true, composed: true });
    this.plan = plan;
  }

  /** The promise passed to `waitUntil()`, or undefined when no listener called it. */
  get savePromise(): Promise<unknown> | undefined {
    return this.saving;
  }

  /**
   * Hands the wizard a promise that settles when the plan is stored. As with `ExtendableEvent`, it
   * must be called synchronously while the event is being dispatched, and only once.
   */
  waitUntil(promise: Promise<unknown>): void {
    // Outside dispatch (before it, after it, or later in a then() callback) the phase is NONE.
    if (this.eventPhase === Event.NONE) {
      throw new DOMException('waitUntil() must be called synchronously in a pgp-submit listener, not later.', 'InvalidStateError');
    }
    if (this.saving) {
      throw new DOMException('waitUntil() was already called for this submission; call it once, with the promise of the save.', 'InvalidStateError');
    }
    this.saving = Promise.resolve(promise);
  }
}

/** Returns whether a rejection reason has the `{ errors: [{ instancePath }] }` shape of a 422 response body. */
export function isSubmitRejection(reason: unknown): reason is SubmitRejection {
  if (typeof reason !== 'object' || reason === null || !Array.isArray((reason as SubmitRejection).errors)) {
    return false;
  }
  const errors = (reason as SubmitRejection).errors;
  return errors.length > 0 && errors.every((error) => typeof error === 'object' && error !== null && typeof error.instancePath === 'string');
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_SUBMIT]: PgpSubmitEvent;
  }
}
