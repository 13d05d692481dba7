import { msg } from '@lit/localize';
import { PgpEvidenceRequestEvent } from '../../events/pgp-evidence-request-event.js';
import type { EvidenceUpload } from '../../events/pgp-evidence-request-event.js';

/** The goal or activity a file documents. */
export interface EvidenceTarget {
  goalKey: string;
  /** Key of the row that gets the reference: the goal's for goal evidence, else the activity's. */
  rowKey: string;
  goalId: string;
  activityId?: string;
}

/** Upload state of a row's chosen file: uploading, failed with a reason, or not taken by the page. */
export type UploadState =
  | { status: 'pending'; file: File; target: EvidenceTarget }
  | { status: 'failed'; file: File; target: EvidenceTarget; reason: string }
  | { status: 'refused'; file: File; target: EvidenceTarget };

interface UploadCallbacks {
  /** Called whenever a row's upload state changes, so the row can re-render. */
  changed(target: EvidenceTarget): void;
  /** Called with the reference the page stored, to add to the row's `evidence`. */
  stored(target: EvidenceTarget, reference: EvidenceUpload): void;
}

/**
 * Runs the `pgp-evidence-request` handshake for each row and keeps its state by row key, so a
 * removed row's upload never shows in another row. A result that arrives after the row was
 * removed, or after a newer attempt started, is dropped.
 */
export class EvidenceUploads {
  private readonly states = new Map<string, UploadState>();

  private readonly attempts = new Map<string, number>();

  private warnedNoListener = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: UploadCallbacks,
  ) {}

  /** Returns the upload state of a row, or undefined when it has none. */
  stateOf(rowKey: string): UploadState | undefined {
    return this.states.get(rowKey);
  }

  /** Returns whether any row of the given goal has an upload state. */
  hasStateInGoal(goalKey: string): boolean {
    return [...this.states.values()].some((state) => state.target.goalKey === goalKey);
  }

  /** Dispatches `pgp-evidence-request` for a file and follows the promise the page hands back. */
  request(target: EvidenceTarget, file: File): void {
    const attempt = (this.attempts.get(target.rowKey) ?? 0) + 1;
    this.attempts.set(target.rowKey, attempt);

    const event = new PgpEvidenceRequestEvent(file, target.goalId, target.activityId);
    this.host.dispatchEvent(event);
    const upload = event.uploadPromise;

    if (!upload) {
      this.warnNoListener();
      this.setState({ status: 'refused', file, target });
      return;
    }

    this.setState({ status: 'pending', file, target });
    upload.then(
      (reference) => this.settle(target, attempt, () => this.accept(target, file, reference)),
      (error: unknown) => this.settle(target, attempt, () => this.setState({ status: 'failed', file, target, reason: failureReason(error) })),
    );
  }

  /** Dispatches the request again for the file that failed or was refused. */
  retry(rowKey: string): void {
    const state = this.states.get(rowKey);
    if (state && state.status !== 'pending') {
      this.request(state.target, state.file);
    }
  }

  /** Forgets a row's file, and ignores the result of an upload still in flight. */
  dismiss(rowKey: string): void {
    const state = this.states.get(rowKey);
    this.attempts.set(rowKey, (this.attempts.get(rowKey) ?? 0) + 1);
    if (state) {
      this.states.delete(rowKey);
      this.callbacks.changed(state.target);
    }
  }

  /** Forgets every row's file, as a form reset does. */
  dismissAll(): void {
    for (const key of [...this.states.keys()]) {
      this.dismiss(key);
    }
  }

  private settle(target: EvidenceTarget, attempt: number, apply: () => void): void {
    if (this.attempts.get(target.rowKey) === attempt) {
      apply();
    }
  }

  private accept(target: EvidenceTarget, file: File, reference: unknown): void {
    if (!isUpload(reference)) {
      console.warn(
        `pgp-goal-list: the pgp-evidence-request promise for "${file.name}" resolved to ${JSON.stringify(reference)}. ` +
          'Resolve it to { id, fileName, url } (plus mediaType and sizeBytes if known) of the stored file.',
      );
      this.setState({ status: 'failed', file, target, reason: msg('The page did not say where it stored the file.', { id: 'goalList.evidence.badReference' }) });
      return;
    }

    this.states.delete(target.rowKey);
    this.callbacks.stored(target, { ...reference });
    this.callbacks.changed(target);
  }

  private setState(state: UploadState): void {
    this.states.set(state.target.rowKey, state);
    this.callbacks.changed(state.target);
  }

  private warnNoListener(): void {
    if (this.warnedNoListener) {
      return;
    }
    this.warnedNoListener = true;
    console.warn(
      'pgp-goal-list: no pgp-evidence-request listener called event.waitUntil(), so the chosen file was not stored. ' +
        'Listen for pgp-evidence-request, upload event.file and call event.waitUntil() synchronously with a promise of { id, fileName, url }.',
    );
  }
}

function isUpload(value: unknown): value is EvidenceUpload {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { id, fileName, url } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof fileName === 'string' && typeof url === 'string';
}

function failureReason(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text.trim() !== '' ? text : msg('The upload failed.', { id: 'goalList.evidence.failedNoReason' });
}
