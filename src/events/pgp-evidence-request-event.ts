/** Name of the event `<pgp-goal-list>` dispatches when the user chooses an evidence file. */
export const PGP_EVIDENCE_REQUEST = 'pgp-evidence-request';

/** Reference to a stored file, which the plan keeps instead of the file itself. */
export interface EvidenceUpload {
  id: string;
  fileName: string;
  url: string;
  mediaType?: string;
  sizeBytes?: number;
  [key: string]: unknown;
}

/**
 * Dispatched when the user chooses a file as evidence for a goal or an activity. The plan never
 * holds file contents: the page stores the file where it keeps documents and, synchronously in
 * its listener, calls `waitUntil()` with a promise of the stored file's reference.
 *
 * While the promise is pending the row shows that the file is uploading. When it resolves, the
 * reference is added to the row's `evidence`. When it rejects, the row shows the error's message
 * with a way to retry. When no listener calls `waitUntil()`, the row shows that the page did not accept
 * the file.
 */
export class PgpEvidenceRequestEvent extends Event {
  /** The file the user chose. */
  readonly file: File;

  /** `id` of the goal the file documents, or of the goal that contains the activity. */
  readonly goalId: string;

  /** `id` of the activity the file documents; undefined for evidence of the goal itself. */
  readonly activityId: string | undefined;

  private upload: Promise<EvidenceUpload> | undefined;

  constructor(file: File, goalId: string, activityId?: string) {
    super(PGP_EVIDENCE_REQUEST, { bubbles: true, composed: true });
    this.file = file;
    this.goalId = goalId;
    this.activityId = activityId;
  }

  /** The promise passed to `waitUntil()`, or undefined when no listener called it. */
  get uploadPromise(): Promise<EvidenceUpload> | undefined {
    return this.upload;
  }

  /**
   * Hands the element a promise of the stored file's reference. As with `ExtendableEvent`, it
   * must be called synchronously while the event is being dispatched, and only once.
   */
  waitUntil(promise: Promise<EvidenceUpload>): void {
    // Outside dispatch (before it, after it, or later in a then() callback) the phase is NONE.
    if (this.eventPhase === Event.NONE) {
      throw new DOMException('waitUntil() must be called synchronously in a pgp-evidence-request listener, not later.', 'InvalidStateError');
    }
    if (this.upload) {
      throw new DOMException('waitUntil() was already called for this file; call it once, with the promise of the upload.', 'InvalidStateError');
    }
    this.upload = Promise.resolve(promise);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [PGP_EVIDENCE_REQUEST]: PgpEvidenceRequestEvent;
  }
}
