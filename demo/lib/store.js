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
  );
  CREATE TABLE IF NOT EXISTS evidence (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL
  );
`;

/**
 * Opens (and creates when absent) the SQLite database of saved plans at `dbPath`, creating its
 * folder too. Plans are stored as JSON text exactly as received, unknown properties included.
 * Records have the shape `{ id, definitionId, plan, createdAt }`, and lists are newest first.
 * The same database contains the metadata of uploaded evidence files, which live on disk.
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

  const insertEvidenceStatement = db.prepare(`
    INSERT INTO evidence (id, file_name, stored_name, media_type, size_bytes, sha256, created_at)
    VALUES (@id, @fileName, @storedName, @mediaType, @sizeBytes, @sha256, @createdAt)
  `);
  const selectEvidenceById = db.prepare(
    'SELECT id, file_name, stored_name, media_type, size_bytes, sha256, created_at FROM evidence WHERE id = ?',
  );

  // The file is moved into place inside the transaction: when the move fails the row is rolled
  // back, and when the insert fails the file is never moved.
  const insertEvidenceInTransaction = db.transaction((row, moveFileIntoPlace) => {
    insertEvidenceStatement.run(row);
    moveFileIntoPlace();
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

    /**
     * Stores the metadata of an uploaded file and returns it. `moveFileIntoPlace` is a synchronous
     * function that puts the file at its stored name; if it throws, nothing is stored.
     */
    insertEvidence({ id, fileName, storedName, mediaType, sizeBytes, sha256 }, moveFileIntoPlace) {
      const row = { id, fileName, storedName, mediaType, sizeBytes, sha256, createdAt: new Date().toISOString() };
      insertEvidenceInTransaction(row, moveFileIntoPlace);
      return row;
    },

    /** Returns the metadata of the uploaded file with this id, or undefined. */
    getEvidence(id) {
      const row = selectEvidenceById.get(id);
      return row === undefined ? undefined : evidenceFromRow(row);
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

function evidenceFromRow(row) {
  return {
    id: row.id,
    fileName: row.file_name,
    storedName: row.stored_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}
