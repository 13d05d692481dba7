import type { DefinitionProblem } from '../plan/definition.js';

/** Name of the event an element dispatches when it cannot use its plan definition. */
export const PGP_DEFINITION_ERROR = 'pgp-definition-error';

/**
 * Dispatched once for each failure to obtain a usable plan definition: none was given, the
 * `definition-src` URL could not be fetched or did not contain JSON, or the JSON is not a valid
 * plan definition. The element shows the same problem in its own error state, so a listener only
 * needs this event to log the failure or to react in the page.
 */
export class PgpDefinitionErrorEvent extends Event {
  /** Kind of failure: `missing`, `unreachable`, `not-json` or `invalid`. */
  readonly problem: DefinitionProblem;

  /** Technical detail for developers (the URL, HTTP status or schema path), in English. */
  readonly detail: string;

  constructor(problem: DefinitionProblem, detail: string) {
    super(PGP_DEFINITION_ERROR, { bubbles: true, composed: true });
    this.problem = problem;
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_DEFINITION_ERROR]: PgpDefinitionErrorEvent;
  }
}
