import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PgpDefinitionErrorEvent } from '../../events/pgp-definition-error-event.js';
import { DefinitionError, fetchDefinition, readDefinition } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { PlanDefinition } from '../../plan/types.js';
import { loadValidator } from '../../validation/validator.js';
import type { PlanValidator } from '../../validation/types.js';

/** Status of an element's plan definition: loading, ready to use, or failed. */
export type DefinitionState =
  | { status: 'loading'; url: string }
  | { status: 'ready'; model: DefinitionModel; validator: PlanValidator | null }
  | { status: 'error'; error: DefinitionError };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Turns an element's `definition` property or `definition-src` URL into a `DefinitionModel` and a
 * validator. It fetches the URL, aborts a fetch that is no longer wanted, and dispatches
 * `pgp-definition-error` from the host once per failure, after the host has rendered it.
 *
 * The property wins over the URL. Until the validator has loaded, `state.validator` is `null` and
 * the element relies on the rules it can check from the model alone.
 */
export class DefinitionController implements ReactiveController {
  /** Current state; starts as loading until `use()` is first called. */
  state: DefinitionState = { status: 'loading', url: '' };

  private readonly host: Host;

  private request = 0;

  private fetchAbort: AbortController | null = null;

  private pendingEvent: DefinitionError | null = null;

  private source: { definition: PlanDefinition | undefined; url: string | undefined } | null = null;

  private interrupted = false;

  private warnedValidatorFailure = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** Whether `use()` has been called at least once. */
  get started(): boolean {
    return this.source !== null;
  }

  /** Starts using a definition object, else a definition URL; reports `missing` when neither is given. */
  use(definition: PlanDefinition | undefined, url: string | undefined): void {
    this.source = { definition, url };
    this.request += 1;
    this.fetchAbort?.abort();
    this.fetchAbort = null;

    if (definition !== undefined && definition !== null) {
      this.accept(definition, this.request);
      return;
    }

    if (url) {
      this.startFetch(url, this.request);
      return;
    }

    this.fail(new DefinitionError('missing', 'Neither the definition property nor the definition-src attribute is set.'));
  }

  hostConnected(): void {
    if (this.interrupted && this.source) {
      this.interrupted = false;
      this.use(this.source.definition, this.source.url);
    }
  }

  hostDisconnected(): void {
    if (this.fetchAbort) {
      this.interrupted = true;
      this.fetchAbort.abort();
      this.fetchAbort = null;
    }
  }

  hostUpdated(): void {
    const failure = this.pendingEvent;
    this.pendingEvent = null;

    // Only a failure that is still current is reported; one replaced before rendering is not.
    if (failure && this.state.status === 'error' && this.state.error === failure) {
      this.host.dispatchEvent(new PgpDefinitionErrorEvent(failure.problem, failure.detail));
    }
  }

  private startFetch(url: string, request: number): void {
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.setState({ status: 'loading', url });

    fetchDefinition(url, abort.signal).then(
      (definition) => {
        if (request === this.request) {
          this.fetchAbort = null;
          this.accept(definition, request);
        }
      },
      (error: unknown) => {
        if (request === this.request && !abort.signal.aborted) {
          this.fetchAbort = null;
          this.fail(asDefinitionError(error, 'unreachable', url));
        }
      },
    );
  }

  private accept(definition: unknown, request: number): void {
    let model: DefinitionModel;
    try {
      model = readDefinition(definition);
    } catch (error) {
      this.fail(asDefinitionError(error, 'invalid', ''));
      return;
    }

    this.setState({ status: 'ready', model, validator: null });
    this.loadValidatorFor(model, request);
  }

  private loadValidatorFor(model: DefinitionModel, request: number): void {
    loadValidator(model.source, { section: 'planTypes' }).then(
      (validator) => {
        if (request === this.request) {
          this.setState({ status: 'ready', model, validator });
        }
      },
      (error: unknown) => {
        if (request !== this.request) {
          return;
        }
        if (error instanceof DefinitionError) {
          this.fail(error);
          return;
        }
        this.warnValidatorFailure(model, error);
      },
    );
  }

  // A validator that cannot load for another reason (a blocked chunk, a CSP without
  // 'unsafe-eval') leaves the rules read from the model in force rather than hiding the choices.
  private warnValidatorFailure(model: DefinitionModel, error: unknown): void {
    if (this.warnedValidatorFailure) {
      return;
    }
    this.warnedValidatorFailure = true;
    console.warn(
      `pgp-elements: the validator for definition "${model.id}" failed to load (${String(error)}). ` +
        'Only the required plan types are checked. Precompile the definition with the pgp-elements ' +
        "command, or allow 'unsafe-eval' for run-time compilation.",
    );
  }

  private fail(error: DefinitionError): void {
    this.pendingEvent = error;
    this.setState({ status: 'error', error });
  }

  private setState(state: DefinitionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function asDefinitionError(error: unknown, fallback: 'unreachable' | 'invalid', context: string): DefinitionError {
  if (error instanceof DefinitionError) {
    return error;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DefinitionError(fallback, context ? `${context}: ${reason}` : reason);
}
