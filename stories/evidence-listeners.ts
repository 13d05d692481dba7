import type { EvidenceUpload, PgpEvidenceRequestEvent } from '../src/index.js';

/** Ways the story's page can respond to `pgp-evidence-request`, by the name shown in Controls. */
export const evidenceOutcomes = ['stores the file', 'fails', 'fails once, then stores the file', 'stays pending', 'no listener'] as const;

export type EvidenceOutcome = (typeof evidenceOutcomes)[number];

/** The message a failed upload rejects with, as a host's server might word it. */
export const UPLOAD_FAILURE_MESSAGE = 'The document server did not answer. Check your connection, then retry.';

// The plan schema accepts only these media types in an evidence reference.
const ACCEPTED_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'];

/**
 * Returns a `pgp-evidence-request` listener that responds the way `outcome` names, or undefined for
 * "no listener". Each listener calls `waitUntil()` synchronously, as the event requires, and stores
 * nothing: a stored file is only a reference with a link relative to the Storybook page.
 */
export function evidenceListener(outcome: EvidenceOutcome): ((event: PgpEvidenceRequestEvent) => void) | undefined {
  switch (outcome) {
    case 'stores the file':
      return (event) => event.waitUntil(Promise.resolve(storedReference(event.file)));
    case 'fails':
      return (event) => event.waitUntil(Promise.reject(new Error(UPLOAD_FAILURE_MESSAGE)));
    case 'fails once, then stores the file':
      return failingOnce();
    case 'stays pending':
      // A promise that never settles keeps the row in its uploading state for as long as the story is open.
      return (event) => event.waitUntil(new Promise<EvidenceUpload>(() => {}));
    case 'no listener':
      return undefined;
  }
}

/** Returns the reference a host would return after storing `file`. */
export function storedReference(file: File): EvidenceUpload {
  const id = `e-${crypto.randomUUID()}`;
  const reference: EvidenceUpload = { id, fileName: file.name, url: `evidence/${id}/${encodeURIComponent(file.name)}`, sizeBytes: file.size };
  if (ACCEPTED_MEDIA_TYPES.includes(file.type)) {
    reference.mediaType = file.type;
  }
  return reference;
}

/** Returns a small PDF-typed file to choose in a story's play function. */
export function sampleEvidenceFile(name = 'workshop-certificate.pdf'): File {
  return new File(['%PDF-1.4\n% sample certificate\n'], name, { type: 'application/pdf' });
}

function failingOnce(): (event: PgpEvidenceRequestEvent) => void {
  const failedFiles = new WeakSet<File>();
  return (event) => {
    if (failedFiles.has(event.file)) {
      event.waitUntil(Promise.resolve(storedReference(event.file)));
      return;
    }
    failedFiles.add(event.file);
    event.waitUntil(Promise.reject(new Error(UPLOAD_FAILURE_MESSAGE)));
  };
}
