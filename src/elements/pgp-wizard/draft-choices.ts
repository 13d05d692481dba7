import type { ReactiveControllerHost } from 'lit';
import type { Plan } from '../../plan/types.js';
import type { DraftStorage, StoredDraft } from './draft-storage.js';
import type { DraftChoice, NoticeAction } from './notices-template.js';

/** Wizard operations the notices' buttons call. */
export interface ChoiceHost extends ReactiveControllerHost {
  readonly drafts: DraftStorage;
  /** The plan on screen. */
  currentPlan(): Plan;
  /** Opens a stored draft's plan at its step, as a user edit. */
  openDraft(draft: StoredDraft): void;
  /** Replaces the plan with an imported one, as a user edit. */
  openImported(plan: Plan): void;
  exportPlan(): void;
  /** Moves focus to the notice shown after the next render. */
  focusNotice(): void;
}

/**
 * Choices the user makes about drafts and files: continue a stored draft or start over (with a
 * confirmation and an undo), keep this tab's version or another tab's, and replace the plan with
 * an imported file.
 */
export class DraftChoices {
  choice: DraftChoice | null = null;

  importProblem: string | null = null;

  importOffer: { plan: Plan; fileName: string } | null = null;

  private readonly host: ChoiceHost;

  constructor(host: ChoiceHost) {
    this.host = host;
  }

  /** Offers the stored draft, if there is one; writes wait until the user chooses. */
  offerStored(): void {
    const draft = this.host.drafts.read();
    if (!draft) {
      return;
    }
    this.host.drafts.paused = true;
    this.show({ kind: 'offer', draft });
  }

  /** Shows that another tab changed the draft, unless its plan equals the one shown here. */
  conflict(draft: StoredDraft | null): void {
    if (draft && JSON.stringify(draft.plan) === JSON.stringify(this.host.currentPlan())) {
      return;
    }
    this.host.drafts.paused = true;
    this.show({ kind: 'conflict', draft });
  }

  /** Shows why a chosen file cannot be opened; the plan stays as it is. */
  rejectImport(problem: string): void {
    this.importOffer = null;
    this.importProblem = problem;
    this.host.requestUpdate();
  }

  /** Shows a confirmation before the plan is replaced with a file's plan. */
  offerImport(plan: Plan, fileName: string): void {
    this.importProblem = null;
    this.importOffer = { plan, fileName };
    this.host.requestUpdate();
    this.host.focusNotice();
  }

  /** Forgets a "draft deleted" notice once the user has moved on. */
  dismissDeleted(): void {
    if (this.choice?.kind === 'deleted') {
      this.choice = null;
    }
  }

  act(action: NoticeAction): void {
    const draft = this.choice?.draft ?? null;
    switch (action) {
      case 'continue-draft':
      case 'undo-start-over':
      case 'load-other-tab':
        if (draft) this.resume(draft, action === 'undo-start-over');
        break;
      case 'start-over':
        if (draft) this.show({ kind: 'confirm-start-over', draft });
        break;
      case 'cancel-start-over':
        if (draft) this.show({ kind: 'offer', draft });
        break;
      case 'confirm-start-over':
        this.host.drafts.clear();
        this.host.drafts.paused = false;
        if (draft) this.show({ kind: 'deleted', draft });
        break;
      case 'dismiss-deleted':
        this.close();
        break;
      case 'keep-this-tab':
        this.close();
        this.host.drafts.saveNow();
        break;
      default:
        this.actOnFile(action);
    }
  }

  private actOnFile(action: NoticeAction): void {
    if (action === 'export') {
      this.host.exportPlan();
    } else if (action === 'dismiss-import-problem') {
      this.importProblem = null;
    } else if (action === 'replace-with-import' && this.importOffer) {
      const plan = this.importOffer.plan;
      this.importOffer = null;
      this.host.openImported(plan);
    } else if (action === 'cancel-import') {
      this.importOffer = null;
    }
    this.host.requestUpdate();
  }

  private resume(draft: StoredDraft, writeBack: boolean): void {
    this.close();
    this.host.openDraft(draft);
    if (writeBack) {
      this.host.drafts.saveNow();
    }
  }

  private close(): void {
    this.choice = null;
    this.host.drafts.paused = false;
    this.host.requestUpdate();
  }

  private show(choice: DraftChoice): void {
    this.choice = choice;
    this.host.requestUpdate();
    this.host.focusNotice();
  }
}
