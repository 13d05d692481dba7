import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import type { Plan } from '../../plan/types.js';
import { isObject } from './plan-edits.js';
import { isStepId } from './steps.js';

/** A draft as kept in `localStorage`: the plan, the step the user was on and when it was saved. */
export interface StoredDraft {
  plan: Plan;
  step: WizardStepId;
  /** ISO date and time of the save. */
  savedAt: string;
}

/** Why the last save failed: storage is full, or the browser does not allow it. */
export type DraftProblem = 'full' | 'unavailable';

/** Wizard callbacks the controller calls. */
export interface DraftHost {
  /** The plan and step to save now. */
  snapshot(): { plan: Plan; step: WizardStepId };
  /** Called after each debounced or immediate save point, whether or not `localStorage` is used. */
  saved(plan: Plan): void;
  /** Called when another tab changed or removed the draft under the same key. */
  changedElsewhere(draft: StoredDraft | null): void;
}

/** Delay after the last edit before a draft is saved. */
export const DRAFT_DELAY_MS = 1000;

/**
 * Keeps the wizard's draft: a save about a second after the last edit and at once on a step
 * change, in `localStorage` under the `autosave` key when there is one, and a report when another
 * tab changes the same key. A failed save leaves the plan on screen and sets `problem`.
 *
 * While `paused` (the user has not yet chosen between a stored draft and a new plan, or between
 * this tab's version and another tab's), nothing is written, so neither version is overwritten.
 */
export class DraftStorage implements ReactiveController {
  /** Key of the draft in `localStorage`; null keeps drafts only in the `pgp-draft` event. */
  key: string | null = null;

  /** Reason the last save failed, or null after a save that worked. */
  problem: DraftProblem | null = null;

  /** Whether writes wait for a choice the user has to make first. */
  paused = false;

  private readonly host: ReactiveControllerHost;

  private readonly wizard: DraftHost;

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, wizard: DraftHost) {
    this.host = host;
    this.wizard = wizard;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.handleStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.handleStorage);
    if (this.timer !== undefined) {
      this.saveNow();
    }
  }

  /** Saves about a second after the last call. */
  scheduleSave(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveNow(), DRAFT_DELAY_MS);
  }

  /** Saves at once, cancelling a scheduled save. */
  saveNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.paused) {
      return;
    }

    const { plan, step } = this.wizard.snapshot();
    if (this.key !== null) {
      const draft: StoredDraft = { plan, step, savedAt: new Date().toISOString() };
      this.write(() => localStorage.setItem(this.key as string, JSON.stringify(draft)));
    }
    this.wizard.saved(plan);
  }

  /** Cancels a scheduled save, so a plan that was just submitted is not written back. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Returns the stored draft, or null when there is none, it cannot be read, or storage is off. */
  read(): StoredDraft | null {
    if (this.key === null) {
      return null;
    }
    let text: string | null = null;
    this.write(() => {
      text = localStorage.getItem(this.key as string);
    });
    return parseDraft(text);
  }

  /** Removes the stored draft. */
  clear(): void {
    this.cancel();
    if (this.key !== null) {
      this.write(() => localStorage.removeItem(this.key as string));
    }
  }

  // Storage can throw on every call: QuotaExceededError when it is full, SecurityError when the
  // browser's settings block storage for the page.
  private write(operation: () => void): void {
    const before = this.problem;
    try {
      operation();
      this.problem = null;
    } catch (error) {
      this.problem = isQuotaError(error) ? 'full' : 'unavailable';
    }
    if (before !== this.problem) {
      this.host.requestUpdate();
    }
  }

  private readonly handleStorage = (event: StorageEvent): void => {
    if (this.key === null || event.key !== this.key) {
      return;
    }
    // Another document's write; a StorageEvent never reports this document's own writes.
    if (event.storageArea !== null && event.storageArea !== safeLocalStorage()) {
      return;
    }
    this.wizard.changedElsewhere(parseDraft(event.newValue));
  };
}

/** Reads a stored draft, or returns null when the text is not one. */
export function parseDraft(text: string | null): StoredDraft | null {
  if (text === null) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed) && isObject(parsed.plan) && typeof parsed.savedAt === 'string') {
      return { plan: parsed.plan as Plan, step: isStepId(parsed.step) ? parsed.step : 'types', savedAt: parsed.savedAt };
    }
  } catch {
    // Not JSON: not a draft this element wrote, so there is nothing to offer.
  }
  return null;
}

function isQuotaError(error: unknown): boolean {
  // Firefox named it NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function safeLocalStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
