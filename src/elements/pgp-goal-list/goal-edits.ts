// Immutable updates of the goals array. Every edit returns new objects along the changed path and
// keeps every property it does not touch, including ones the element does not know.

/** A goal, activity, action step, follow-up or evidence reference as plain JSON. */
export type Row = Record<string, unknown>;

/** The lists inside a goal whose rows are added, removed and reordered. */
export type GoalCollection = 'activities' | 'actionSteps' | 'followUps' | 'evidence';

const internalKeys = new WeakMap<object, string>();

/** Returns a new random id for a row the user adds. */
export function newRowId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // crypto.randomUUID() exists only in secure contexts; a page served over plain http gets this.
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Returns the key a row is rendered under: its `id`, or for a row passed in without one, a key
 * kept for that object. `withId()` turns the key into the id when the user edits the row, so the
 * key stays the same across edits.
 */
export function rowKey(row: Row): string {
  if (typeof row.id === 'string' && row.id !== '') {
    return row.id;
  }
  let key = internalKeys.get(row);
  if (key === undefined) {
    key = newRowId();
    internalKeys.set(row, key);
  }
  return key;
}

/** Returns the row with an `id`, taken from its rendering key when it had none. */
export function withId(row: Row): Row {
  return typeof row.id === 'string' && row.id !== '' ? row : { ...row, id: rowKey(row) };
}

/**
 * Returns the rows of a list inside a row, ignoring entries that are not objects.
 * NOTE: a list with a non-object entry shifts the indices used in pointers after it; such a
 * list is invalid anyway, and the validator reports the entry at the goal.
 */
export function rowsOf(row: Row, collection: string): Row[] {
  const list = row[collection];
  return Array.isArray(list) ? list.filter(isRow) : [];
}

/** Returns a copy of a row with the value at a dotted path set, or removed when `value` is undefined. */
export function setPath(row: Row, path: readonly string[], value: unknown): Row {
  const [head, ...rest] = path;
  if (head === undefined) {
    return row;
  }

  const next: Row = { ...row };
  if (rest.length === 0) {
    if (value === undefined) {
      delete next[head];
    } else {
      next[head] = value;
    }
    return next;
  }

  const child = isRow(row[head]) ? (row[head] as Row) : {};
  next[head] = setPath(child, rest, value);
  return next;
}

/** Returns the value at a dotted path, or undefined. */
export function getPath(row: Row, path: readonly string[]): unknown {
  let value: unknown = row;
  for (const segment of path) {
    value = isRow(value) ? value[segment] : undefined;
  }
  return value;
}

/** Replaces the row with the given key in a list inside `parent`, giving both an id. */
export function updateChild(parent: Row, collection: GoalCollection, key: string, update: (row: Row) => Row): Row {
  const list = parent[collection];
  if (!Array.isArray(list)) {
    return parent;
  }
  const next = list.map((row: unknown) => (isRow(row) && rowKey(row) === key ? update(withId(row)) : row));
  return { ...withId(parent), [collection]: next };
}

/** Appends a row to a list inside `parent`. */
export function appendChild(parent: Row, collection: GoalCollection, row: Row): Row {
  const list = Array.isArray(parent[collection]) ? (parent[collection] as unknown[]) : [];
  return { ...withId(parent), [collection]: [...list, row] };
}

/** Removes the row with the given key from a list inside `parent`. */
export function removeChild(parent: Row, collection: GoalCollection, key: string): Row {
  const list = Array.isArray(parent[collection]) ? (parent[collection] as unknown[]) : [];
  return { ...withId(parent), [collection]: list.filter((row) => !(isRow(row) && rowKey(row) === key)) };
}

/** Moves the row with the given key one place up (-1) or down (+1) in a list inside `parent`. */
export function moveChild(parent: Row, collection: GoalCollection, key: string, offset: -1 | 1): Row {
  const list = Array.isArray(parent[collection]) ? (parent[collection] as unknown[]) : [];
  return { ...withId(parent), [collection]: moveItem(list, list.findIndex((row) => isRow(row) && rowKey(row) === key), offset) };
}

/** Returns a copy of a list with the item at `index` moved by `offset`; unchanged at an edge. */
export function moveItem<T>(list: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || target < 0 || target >= list.length) {
    return [...list];
  }
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Returns today's date in the user's time zone as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth(), now.getDate());
}

/**
 * Adds whole months to a `YYYY-MM-DD` date, keeping the day of the month or, when the target
 * month is shorter, using its last day (2024-08-31 plus 6 months is 2025-02-28). Returns `null`
 * for text that is not such a date.
 */
export function addMonths(date: string, months: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return null;
  }
  const monthIndex = Number(match[2]) - 1 + months;
  const year = Number(match[1]) + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(year, month, Math.min(Number(match[3]), lastDay));
}

function isoDate(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
