import type { ReactiveControllerHost } from 'lit';
import { isSubmitRejection, PgpSubmitEvent } from '../../events/pgp-submit-event.js';
import type { SubmitRejectionError } from '../../events/pgp-submit-event.js';
import type { Plan } from '../../plan/types.js';
import type { PlanError } from '../../validation/types.js';

/**
 * State of a submission: none yet, saving, saved, rejected with errors at fields, failed for
 * another reason (retryable), or handed to a page that did not call `waitUntil()`.
 */
export type SubmitStatus = 'idle' | 'saving' | 'saved' | 'rejected' | 'failed' | 'handed';

/** Key under which a server error's own text travels in `PlanError.params`. */
export const SERVER_MESSAGE_PARAM = 'serverMessage';

/** Callbacks for each outcome of the handshake. */
export interface SubmitOutcomes {
  saved(): void;
  rejected(errors: PlanError[]): void;
  /** No listener called `waitUntil()`. */
  unhandled(): void;
}

/**
 * Runs the `pgp-submit` handshake: dispatches the event from the host, and follows the promise a
 * listener passes to `waitUntil()`. Only one submission runs at a time.
 */
export class SubmitHandshake {
  status: SubmitStatus = 'idle';

  private readonly host: ReactiveControllerHost & EventTarget;

  private readonly outcomes: SubmitOutcomes;

  private attempt = 0;

  constructor(host: ReactiveControllerHost & EventTarget, outcomes: SubmitOutcomes) {
    this.host = host;
    this.outcomes = outcomes;
  }

  /** Whether a submission is waiting for the page. */
  get pending(): boolean {
    return this.status === 'saving';
  }

  /** Dispatches `pgp-submit` with the plan, unless a submission is already pending. */
  start(plan: Plan): void {
    if (this.pending) {
      return;
    }

    const event = new PgpSubmitEvent(plan);
    this.host.dispatchEvent(event);
    const saving = event.savePromise;
    if (!saving) {
      this.setStatus('handed');
      this.outcomes.unhandled();
      return;
    }

    this.attempt += 1;
    const attempt = this.attempt;
    this.setStatus('saving');
    saving.then(
      () => this.settle(attempt, 'saved', () => this.outcomes.saved()),
      (reason: unknown) => {
        if (isSubmitRejection(reason)) {
          const errors = reason.errors.map(toPlanError);
          this.settle(attempt, 'rejected', () => this.outcomes.rejected(errors));
        } else {
          this.settle(attempt, 'failed', () => undefined);
        }
      },
    );
  }

  /** Forgets the last outcome, as when the user starts a new plan. */
  reset(): void {
    this.attempt += 1;
    this.setStatus('idle');
  }

  private settle(attempt: number, status: SubmitStatus, report: () => void): void {
    if (attempt !== this.attempt) {
      return;
    }
    this.setStatus(status);
    report();
  }

  private setStatus(status: SubmitStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** Turns a server's error into a `PlanError`, keeping the server's text to show as it is. */
export function toPlanError(error: SubmitRejectionError): PlanError {
  const keyword = typeof error.keyword === 'string' && error.keyword !== '' ? error.keyword : 'server';
  const params: Record<string, unknown> = typeof error.message === 'string' && error.message.trim() !== '' ? { [SERVER_MESSAGE_PARAM]: error.message } : {};
  return { instancePath: error.instancePath, keyword, params, messageKey: keyword, schemaPath: '' };
}
