import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS plans (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    definition_id TEXT NOT NULL,
    plan_json TEXT NOT NULL CHECK (json_valid(plan_json)),
    created_at TEXT NOT NULL
  )
`;

/**
 * Opens (and creates when absent) the SQLite database of saved plans at `dbPath`, creating its
 * folder too. Plans are stored as JSON text exactly as received, unknown properties included.
 * Records have the shape `{ id, definitionId, plan, createdAt }`, and lists are newest first.
 */
export function openPlanStore(dbPath) {
  if (dbPath !== ':memory:') {
    mkdirSync(dirname(dbPath), { recursive: true });
  }

  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const insertStatement = db.prepare(
    'INSERT INTO plans (id, definition_id, plan_json, created_at) VALUES (@id, @definitionId, @planJson, @createdAt)',
  );
  const selectById = db.prepare('SELECT id, definition_id, plan_json, created_at FROM plans WHERE id = ?');
  // seq orders the list, not created_at, so two plans saved in the same millisecond keep their order.
  const selectNewest = db.prepare(
    'SELECT id, definition_id, plan_json, created_at FROM plans ORDER BY seq DESC LIMIT ?',
  );
  const countStatement = db.prepare('SELECT COUNT(*) AS count FROM plans');

  const insertInTransaction = db.transaction((row) => {
    insertStatement.run(row);
  });

  return {
    /** Stores a plan under a new id and returns its record. */
    insert({ definitionId, plan }) {
      const row = {
        id: randomUUID(),
        definitionId,
        planJson: JSON.stringify(plan),
        createdAt: new Date().toISOString(),
      };
      insertInTransaction(row);
      return { id: row.id, definitionId, plan: JSON.parse(row.planJson), createdAt: row.createdAt };
    },

    /** Returns the record with this id, or undefined. */
    get(id) {
      const row = selectById.get(id);
      return row === undefined ? undefined : recordFromRow(row);
    },

    /** Returns up to `limit` records, newest first. */
    listNewest(limit) {
      return selectNewest.all(limit).map(recordFromRow);
    },

    /** Returns how many plans are stored. */
    count() {
      return countStatement.get().count;
    },

    close() {
      db.close();
    },
  };
}

function recordFromRow(row) {
  return {
    id: row.id,
    definitionId: row.definition_id,
    plan: JSON.parse(row.plan_json),
    createdAt: row.created_at,
  };
}
