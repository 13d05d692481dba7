import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftProblem, StoredDraft } from './draft-storage.js';

/** A choice between a stored draft and the plan on screen, or another tab's version and this one. */
export type DraftChoice =
  | { kind: 'offer'; draft: StoredDraft }
  | { kind: 'confirm-start-over'; draft: StoredDraft }
  | { kind: 'deleted'; draft: StoredDraft }
  | { kind: 'conflict'; draft: StoredDraft | null };

/** Contents of the notices above the steps, and the callback of their buttons. */
export interface NoticesView {
  draftChoice: DraftChoice | null;
  storageProblem: DraftProblem | null;
  importProblem: string | null;
  importOffer: { fileName: string } | null;
  formatDate: (iso: string) => string;
  act: (action: NoticeAction) => void;
}

/** Buttons of the notices. */
export type NoticeAction =
  | 'continue-draft'
  | 'start-over'
  | 'confirm-start-over'
  | 'cancel-start-over'
  | 'undo-start-over'
  | 'dismiss-deleted'
  | 'load-other-tab'
  | 'keep-this-tab'
  | 'export'
  | 'dismiss-import-problem'
  | 'replace-with-import'
  | 'cancel-import';

/** Renders the draft, storage and import notices; each takes focus from script when it appears. */
export function renderNotices(view: NoticesView): TemplateResult {
  return html`<div class="notices">
    ${view.draftChoice ? renderDraftChoice(view.draftChoice, view) : nothing}
    ${view.storageProblem ? renderStorageProblem(view.storageProblem, view) : nothing}
    ${view.importProblem ? renderImportProblem(view.importProblem, view) : nothing}
    ${view.importOffer ? renderImportOffer(view.importOffer.fileName, view) : nothing}
  </div>`;
}

function button(label: string, action: NoticeAction, view: NoticesView, primary = false): TemplateResult {
  return html`<button type="button" part="button" class=${primary ? 'primary' : ''} data-action=${action} @click=${() => view.act(action)}>${label}</button>`;
}

function notice(kind: string, content: TemplateResult, actions: TemplateResult[]): TemplateResult {
  return html`<div class="notice" part="notice" data-notice=${kind} tabindex="-1">
    ${content}
    <div class="actions">${actions}</div>
  </div>`;
}

function renderDraftChoice(choice: DraftChoice, view: NoticesView): TemplateResult {
  const date = choice.draft ? view.formatDate(choice.draft.savedAt) : '';
  switch (choice.kind) {
    case 'offer':
      return notice('draft-offer', html`<p>${msg(str`You have a draft of this plan from ${date}.`, { id: 'wizard.draft.offer' })}</p>`, [
        button(msg(str`Continue your draft from ${date}`, { id: 'wizard.draft.continue' }), 'continue-draft', view, true),
        button(msg('Start over', { id: 'wizard.draft.startOver' }), 'start-over', view),
      ]);
    case 'confirm-start-over':
      return notice('confirm-start-over', html`<p>${msg(str`Start over? The draft from ${date} will be deleted from this device.`, { id: 'wizard.draft.confirm' })}</p>`, [
        button(msg('Delete the draft and start over', { id: 'wizard.draft.confirmYes' }), 'confirm-start-over', view, true),
        button(msg('Go back to the choice', { id: 'wizard.draft.confirmNo' }), 'cancel-start-over', view),
      ]);
    case 'deleted':
      return notice('draft-deleted', html`<p>${msg(str`The draft from ${date} was deleted. You are starting a new plan.`, { id: 'wizard.draft.deleted' })}</p>`, [
        button(msg('Undo and continue the draft', { id: 'wizard.draft.undo' }), 'undo-start-over', view),
        button(msg('Close this message', { id: 'wizard.draft.dismiss' }), 'dismiss-deleted', view),
      ]);
    case 'conflict':
      return renderConflict(choice.draft, date, view);
  }
}

function renderConflict(draft: StoredDraft | null, date: string, view: NoticesView): TemplateResult {
  const text = draft
    ? msg(str`This plan was changed in another tab (saved ${date}). Choose which version to keep; the other one will be replaced.`, { id: 'wizard.conflict.changed' })
    : msg('This plan was changed in another tab: its draft was deleted there, perhaps because the plan was submitted. Your answers here are unchanged.', { id: 'wizard.conflict.deleted' });
  const actions = [button(msg('Keep the version in this tab', { id: 'wizard.conflict.keep' }), 'keep-this-tab', view, true)];
  if (draft) {
    actions.push(button(msg("Load the other tab's version", { id: 'wizard.conflict.load' }), 'load-other-tab', view));
  }
  return notice('conflict', html`<p>${text}</p>`, actions);
}

function renderStorageProblem(problem: DraftProblem, view: NoticesView): TemplateResult {
  const text =
    problem === 'full'
      ? msg("Your draft could not be saved on this device because the browser's storage is full. Your answers are still here. Use Export to keep a copy.", { id: 'wizard.storage.full' })
      : msg('Your draft could not be saved on this device because the browser does not allow this page to store data. Your answers are still here. Use Export to keep a copy.', {
          id: 'wizard.storage.unavailable',
        });
  return html`<div class="notice warning" part="notice" data-notice="storage" role="alert">
    <p>${text}</p>
    <div class="actions">${button(msg('Export the plan', { id: 'wizard.storage.export' }), 'export', view)}</div>
  </div>`;
}

function renderImportProblem(problem: string, view: NoticesView): TemplateResult {
  return html`<div class="notice warning" part="notice" data-notice="import-problem" role="alert">
    <p>${problem} ${msg('Nothing was changed.', { id: 'wizard.import.unchanged' })}</p>
    <div class="actions">${button(msg('Close this message', { id: 'wizard.import.dismiss' }), 'dismiss-import-problem', view)}</div>
  </div>`;
}

function renderImportOffer(fileName: string, view: NoticesView): TemplateResult {
  return notice('import-offer', html`<p>${msg(str`Replace your current answers with the plan in "${fileName}"?`, { id: 'wizard.import.confirm' })}</p>`, [
    button(msg('Replace my answers', { id: 'wizard.import.replace' }), 'replace-with-import', view, true),
    button(msg('Cancel', { id: 'wizard.import.cancel' }), 'cancel-import', view),
  ]);
}
