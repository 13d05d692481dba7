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
  CREATE TABLE IF NOT EXISTS plan_versions (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    version INTEGER NOT NULL CHECK (version > 0),
    plan_json TEXT NOT NULL CHECK (json_valid(plan_json)),
    status TEXT,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, version)
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
 * Records have the shape `{ id, definitionId, plan, createdAt, updatedAt, version }`, and lists are
 * newest first. Every save is also kept in `plan_versions`, numbered from 1.
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
  const updateStatement = db.prepare('UPDATE plans SET plan_json = @planJson WHERE id = @id');
  const insertVersionStatement = db.prepare(
    'INSERT INTO plan_versions (plan_id, version, plan_json, status, saved_at) VALUES (@id, @version, @planJson, @status, @savedAt)',
  );
  const selectById = db.prepare(`${SELECT_RECORDS} WHERE p.id = ?`);
  // seq orders the list, not created_at, so two plans saved in the same millisecond keep their order.
  const selectNewest = db.prepare(`${SELECT_RECORDS} ORDER BY p.seq DESC LIMIT ?`);
  const countStatement = db.prepare('SELECT COUNT(*) AS count FROM plans');
  const selectLatestVersion = db.prepare('SELECT MAX(version) AS version FROM plan_versions WHERE plan_id = ?');
  const selectVersions = db.prepare(
    'SELECT version, status, saved_at FROM plan_versions WHERE plan_id = ? ORDER BY version DESC',
  );
  const selectVersion = db.prepare(
    'SELECT plan_id, version, plan_json, status, saved_at FROM plan_versions WHERE plan_id = ? AND version = ?',
  );

  const insertInTransaction = db.transaction((row) => {
    insertStatement.run(row);
    insertVersionStatement.run({ ...row, version: 1, savedAt: row.createdAt });
  });

  // A plan saved before versions were kept has no version rows. Its stored plan becomes version 1
  // before the new one is written, so the update keeps it.
  const updateInTransaction = db.transaction((row) => {
    const current = selectById.get(row.id);
    if (current === undefined) {
      return undefined;
    }
    if (current.definition_id !== row.definitionId) {
      throw new Error(`Plan ${row.id} is checked against "${current.definition_id}", not "${row.definitionId}".`);
    }

    let latest = selectLatestVersion.get(row.id).version ?? 0;
    if (latest === 0) {
      latest = 1;
      insertVersionStatement.run({
        id: row.id, version: 1, planJson: current.plan_json, status: statusOf(JSON.parse(current.plan_json)), savedAt: current.created_at,
      });
    }

    updateStatement.run(row);
    insertVersionStatement.run({ ...row, version: latest + 1 });
    return recordFromRow(selectById.get(row.id));
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
    /** Stores a plan under a new id, as its version 1, and returns its record. */
    insert({ definitionId, plan }) {
      const row = {
        id: randomUUID(),
        definitionId,
        planJson: JSON.stringify(plan),
        status: statusOf(plan),
        createdAt: new Date().toISOString(),
      };
      insertInTransaction(row);
      return recordFromRow(selectById.get(row.id));
    },

    /**
     * Replaces the plan with this id and keeps the new plan as its next version, in one transaction,
     * so earlier versions stay readable. Returns the updated record, or undefined when there is no
     * plan with this id. Throws when `definitionId` is not the one the plan was stored with.
     */
    update(id, { definitionId, plan }) {
      const row = { id, definitionId, planJson: JSON.stringify(plan), status: statusOf(plan), savedAt: new Date().toISOString() };
      return updateInTransaction(row);
    },

    /** Returns a plan's versions, newest first, as `{ number, status, savedAt }`; empty when there is no such plan. */
    listVersions(id) {
      return selectVersions.all(id).map((row) => ({ number: row.version, status: row.status, savedAt: row.saved_at }));
    },

    /** Returns version `number` of a plan as `{ planId, number, status, savedAt, plan }`, or undefined. */
    getVersion(id, number) {
      const row = selectVersion.get(id, number);
      return row === undefined ? undefined : {
        planId: row.plan_id, number: row.version, status: row.status, savedAt: row.saved_at, plan: JSON.parse(row.plan_json),
      };
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

// The newest version gives the record its version number and the time of its last save. A plan
// saved before versions were kept counts as version 1, saved when it was created.
const SELECT_RECORDS = `
  SELECT p.id, p.definition_id, p.plan_json, p.created_at, v.version, v.saved_at
  FROM plans p
  LEFT JOIN plan_versions v
    ON v.plan_id = p.id AND v.version = (SELECT MAX(version) FROM plan_versions WHERE plan_id = p.id)`;

function recordFromRow(row) {
  return {
    id: row.id,
    definitionId: row.definition_id,
    plan: JSON.parse(row.plan_json),
    createdAt: row.created_at,
    updatedAt: row.saved_at ?? row.created_at,
    version: row.version ?? 1,
  };
}

// The status is copied into its own column so the version list needs no JSON parsing.
function statusOf(plan) {
  return typeof plan.status === 'string' ? plan.status : null;
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
