import { addMonths, getPath, newRowId, rowKey, rowsOf, setPath, today, updateChild, withId } from './goal-edits.js';
import type { GoalCollection, Row } from './goal-edits.js';
import { parseDecimal } from './parse-decimal.js';
import type { ParsedDecimal } from './parse-decimal.js';
import type { FollowUpCheckpoint } from './goal-settings.js';

/** A form control inside a goal row that edits one field. */
export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The goal after a user edit, and for a number field, how its text was read. */
export interface ControlEdit {
  goal: Row;
  parsed?: ParsedDecimal;
}

/** Follow-up settings that an edit of a goal's start date applies. */
export interface FollowUpPolicy {
  shown: boolean;
  checkpoints: readonly FollowUpCheckpoint[];
}

const SUB_COLLECTIONS: readonly GoalCollection[] = ['activities', 'actionSteps', 'followUps'];

const CHECKPOINT_MONTHS: Record<FollowUpCheckpoint, number> = { MONTH_6: 6, MONTH_12: 12 };

/** Finds the list inside a goal that contains the row with the given key. */
export function collectionOf(goal: Row, key: string): GoalCollection | undefined {
  return SUB_COLLECTIONS.find((collection) => rowsOf(goal, collection).some((row) => rowKey(row) === key));
}

/** Returns the value stored for the field a control edits, or undefined. */
export function storedValue(goal: Row, control: FieldControl): unknown {
  const key = control.dataset.row ?? '';
  const path = (control.dataset.field ?? '').split('.');
  if (key === rowKey(goal)) {
    return getPath(goal, path);
  }
  const collection = collectionOf(goal, key);
  const row = collection ? rowsOf(goal, collection).find((candidate) => rowKey(candidate) === key) : undefined;
  return row ? getPath(row, path) : undefined;
}

/**
 * Applies the control's current value to the field it edits, in the goal or in one of its rows.
 * Returns null when the control's row is no longer in the goal. A number whose text cannot be
 * read, or could be read two ways, puts back `valueBeforeEdit`: the amount stored when the user
 * started typing, so a digit typed on the way ("1,5" on the way to "1,500") is not kept as a guess.
 */
export function editFromControl(goal: Row, control: FieldControl, followUps: FollowUpPolicy, valueBeforeEdit?: { value: unknown }): ControlEdit | null {
  const key = control.dataset.row ?? '';
  const field = control.dataset.field ?? '';
  const isGoal = key === rowKey(goal);
  const collection = isGoal ? undefined : collectionOf(goal, key);
  if (!isGoal && !collection) {
    return null;
  }

  const update = (change: (row: Row) => Row): Row => (collection ? updateChild(goal, collection, key, change) : change(withId(goal)));

  if (control.dataset.kind === 'decimal') {
    const parsed = parseDecimal(control.value);
    if (parsed.kind === 'ambiguous' || parsed.kind === 'invalid') {
      return { goal: update((row) => (valueBeforeEdit ? setPath(row, field.split('.'), valueBeforeEdit.value) : row)), parsed };
    }
    return { goal: update((row) => setPath(row, field.split('.'), parsed.kind === 'number' ? parsed.value : undefined)), parsed };
  }

  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    return { goal: update((row) => checkedRow(row, field, collection, control.checked)) };
  }

  const value = control.value === '' ? undefined : control.value;
  const edited = update((row) => setPath(row, field.split('.'), value));
  if (isGoal && field === 'startDate' && followUps.shown) {
    return { goal: plannedFollowUps(edited, followUps.checkpoints) };
  }
  return { goal: edited };
}

// A goal's "met" box and an activity's "done" box set the status and prefill today's date,
// which the user can change. Clearing the box puts the row back in progress.
function checkedRow(row: Row, field: string, collection: GoalCollection | undefined, checked: boolean): Row {
  if (field !== 'done' || collection === 'actionSteps') {
    return setPath(row, field.split('.'), checked);
  }

  const doneStatus = collection === 'activities' ? 'COMPLETED' : 'MET';
  if (checked) {
    const dated = typeof row.completedDate === 'string' && row.completedDate !== '' ? row : { ...row, completedDate: today() };
    return { ...dated, status: doneStatus };
  }
  const reopened: Row = { ...row, status: 'IN_PROGRESS' };
  delete reopened.completedDate;
  return reopened;
}

/**
 * Returns the goal with one follow-up per checkpoint, due that many months after its start
 * date. Existing follow-ups keep their notes; the due date of one not yet held follows the start date.
 */
export function plannedFollowUps(goal: Row, checkpoints: readonly FollowUpCheckpoint[]): Row {
  const start = goal.startDate;
  if (typeof start !== 'string') {
    return goal;
  }

  const list = Array.isArray(goal.followUps) ? [...(goal.followUps as unknown[])] : [];
  for (const checkpoint of checkpoints) {
    const dueDate = addMonths(start, CHECKPOINT_MONTHS[checkpoint]);
    if (!dueDate) {
      continue;
    }
    const index = list.findIndex((row) => getPath(row as Row, ['checkpoint']) === checkpoint);
    const existing = index === -1 ? undefined : (list[index] as Row);
    if (!existing) {
      list.push({ id: newRowId(), checkpoint, dueDate });
    } else if (!existing.completedDate) {
      list[index] = { ...withId(existing), dueDate };
    }
  }
  return { ...goal, followUps: list };
}
