import { msg, str } from '@lit/localize';
import { appendChild, moveChild, moveItem, newRowId, removeChild, rowKey, rowsOf, updateChild } from './goal-edits.js';
import type { GoalCollection, Row } from './goal-edits.js';
import { activityReference, asHeading, followUpReference, goalReference, stepReference } from './row-names.js';

/** A goal with its key and its index in the value. */
export interface GoalRow {
  goal: Row;
  key: string;
  index: number;
}

/** Element state and callbacks the list actions use. */
export interface ListHost {
  root(): ShadowRoot | null;
  updateComplete(): Promise<unknown>;
  goals(): unknown[];
  goalRows(): GoalRow[];
  /** Replaces the goals after a user action and fires `input` and `change`. */
  commit(goals: unknown[]): void;
  announce(message: string): void;
  forgetRow(key: string, goalKey: string): void;
  toggle(goalKey: string): void;
  expandAll(): void;
  collapseAll(): void;
}

type SubCollection = Exclude<GoalCollection, 'evidence'>;

/**
 * Runs the buttons of the list: add, remove and move goals and their rows, collapse and expand,
 * and remove evidence. Each action announces what it did and moves focus where the user expects:
 * to the new row's first field, to the row after a removed one, or back to the button that moved a row.
 */
export class ListActions {
  constructor(private readonly host: ListHost) {}

  /** Runs the action a button names in its `data-action`. */
  run(button: HTMLButtonElement, action: string): void {
    if (button.getAttribute('aria-disabled') === 'true') {
      return;
    }
    const goalKey = button.closest<HTMLElement>('[data-goal]')?.dataset.goal;
    const goal = this.host.goalRows().find((row) => row.key === goalKey);
    const collection = button.dataset.collection;
    const item = button.dataset.item ?? '';

    switch (action) {
      case 'toggle':
        if (goal) this.host.toggle(goal.key);
        return;
      case 'expand-all':
        this.host.expandAll();
        return;
      case 'collapse-all':
        this.host.collapseAll();
        return;
      case 'add-goal':
        this.addGoal();
        return;
    }

    if (!goal) {
      return;
    }
    if (collection === 'goals') {
      this.goalAction(goal, action);
    } else if (action === 'add-activity' || action === 'add-step' || action === 'add-follow-up') {
      this.addRow(goal, ADD_ACTIONS[action]);
    } else if (action === 'remove-evidence') {
      this.removeEvidence(goal, button.dataset.row ?? '', item);
    } else if (collection === 'activities' || collection === 'actionSteps' || collection === 'followUps') {
      this.rowAction(goal, collection, item, action);
    }
  }

  private addGoal(): void {
    const goal: Row = { id: newRowId() };
    const goals = [...this.host.goals(), goal];
    this.host.commit(goals);
    this.host.announce(msg(str`${asHeading(goalReference(goal, goals.length - 1))} added.`, { id: 'goalList.announce.goalAdded' }));
    this.focusLater(`[data-row="${CSS.escape(String(goal.id))}"]`);
  }

  private goalAction(goal: GoalRow, action: string): void {
    const goals = this.host.goals();
    const reference = asHeading(goalReference(goal.goal, goal.index));

    if (action === 'remove') {
      const rows = this.host.goalRows();
      const position = rows.findIndex((row) => row.key === goal.key);
      const neighbour = rows[position + 1] ?? rows[position - 1];
      this.host.forgetRow(goal.key, goal.key);
      this.host.commit(goals.filter((_goal, index) => index !== goal.index));
      this.host.announce(msg(str`${reference} removed.`, { id: 'goalList.announce.goalRemoved' }));
      this.focusLater(neighbour ? `[id="heading-${CSS.escape(neighbour.key)}"]` : '[data-action="add-goal"]');
      return;
    }

    const offset = action === 'move-up' ? -1 : 1;
    this.host.commit(moveItem(goals, goal.index, offset));
    const position = goal.index + offset + 1;
    this.host.announce(msg(str`${reference} moved to position ${position}.`, { id: 'goalList.announce.goalMoved' }));
    this.focusLater(`[data-action="${action}"][data-collection="goals"][data-item="${CSS.escape(goal.key)}"]`);
  }

  private addRow(goal: GoalRow, collection: SubCollection): void {
    const row: Row = collection === 'followUps' ? { id: newRowId(), checkpoint: 'OTHER' } : { id: newRowId() };
    const updated = appendChild(goal.goal, collection, row);
    this.replaceGoal(goal, updated);

    const index = rowsOf(updated, collection).length - 1;
    this.host.announce(msg(str`${asHeading(this.reference(collection, row, index, goal.index))} added.`, { id: 'goalList.announce.rowAdded' }));
    this.focusLater(`[data-row="${CSS.escape(String(row.id))}"]`);
  }

  private rowAction(goal: GoalRow, collection: SubCollection, key: string, action: string): void {
    const rows = rowsOf(goal.goal, collection);
    const index = rows.findIndex((row) => rowKey(row) === key);
    if (index === -1) {
      return;
    }
    const reference = asHeading(this.reference(collection, rows[index], index, goal.index));

    if (action === 'remove') {
      const neighbour = rows[index + 1] ?? rows[index - 1];
      this.host.forgetRow(key, goal.key);
      this.replaceGoal(goal, removeChild(goal.goal, collection, key));
      this.host.announce(msg(str`${reference} removed.`, { id: 'goalList.announce.rowRemoved' }));
      this.focusLater(neighbour ? this.rowFocusSelector(collection, rowKey(neighbour)) : `[data-action="${ADD_ACTION_OF[collection]}"][data-row="${CSS.escape(goal.key)}"]`);
      return;
    }

    const offset = action === 'move-up' ? -1 : 1;
    this.replaceGoal(goal, moveChild(goal.goal, collection, key, offset));
    const position = index + offset + 1;
    this.host.announce(msg(str`${reference} moved to position ${position}.`, { id: 'goalList.announce.rowMoved' }));
    this.focusLater(`[data-action="${action}"][data-item="${CSS.escape(key)}"]`);
  }

  private removeEvidence(goal: GoalRow, ownerKey: string, referenceKey: string): void {
    const updated = ownerKey === goal.key
      ? removeChild(goal.goal, 'evidence', referenceKey)
      : updateChild(goal.goal, 'activities', ownerKey, (activity) => removeChild(activity, 'evidence', referenceKey));
    this.replaceGoal(goal, updated);
    this.host.announce(msg('File removed.', { id: 'goalList.announce.evidenceRemoved' }));
    this.focusLater(`[id="f-${CSS.escape(ownerKey)}-evidence-file"]`);
  }

  private replaceGoal(goal: GoalRow, updated: Row): void {
    const goals = [...this.host.goals()];
    goals[goal.index] = updated;
    this.host.commit(goals);
  }

  private reference(collection: SubCollection, row: Row, index: number, goalIndex: number): string {
    switch (collection) {
      case 'activities':
        return activityReference(row, index, goalIndex);
      case 'actionSteps':
        return stepReference(row, index, goalIndex);
      case 'followUps':
        return followUpReference(index, goalIndex);
    }
  }

  // An activity's heading takes focus, so a screen reader reads which activity is next; steps and
  // follow-ups have no heading, so their first field does.
  private rowFocusSelector(collection: SubCollection, key: string): string {
    return collection === 'activities' ? `[id="heading-${CSS.escape(key)}"]` : `[data-row="${CSS.escape(key)}"]`;
  }

  private focusLater(selector: string): void {
    void this.host.updateComplete().then(() => {
      this.host.root()?.querySelector<HTMLElement>(selector)?.focus();
    });
  }
}

const ADD_ACTIONS: Record<'add-activity' | 'add-step' | 'add-follow-up', SubCollection> = {
  'add-activity': 'activities',
  'add-step': 'actionSteps',
  'add-follow-up': 'followUps',
};

const ADD_ACTION_OF: Record<SubCollection, string> = {
  activities: 'add-activity',
  actionSteps: 'add-step',
  followUps: 'add-follow-up',
};
