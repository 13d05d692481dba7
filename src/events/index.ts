export { PGP_DEFINITION_ERROR, PgpDefinitionErrorEvent } from './pgp-definition-error-event.js';
