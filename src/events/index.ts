export { PGP_DEFINITION_ERROR, PgpDefinitionErrorEvent } from './pgp-definition-error-event.js';
export { PGP_EVIDENCE_REQUEST, PgpEvidenceRequestEvent } from './pgp-evidence-request-event.js';
export type { EvidenceUpload } from './pgp-evidence-request-event.js';
