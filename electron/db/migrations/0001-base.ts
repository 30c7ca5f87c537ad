import type { Migration } from '../migration';

/**
 * Base tables. Exchangeable rows carry UUID keys, timestamps, the office that last changed
 * them, a revision counter and a tombstone (DESIGN.md §3).
 */
export const m0001Base: Migration = {
  version: 1,
  name: 'base',
  up(db) {
    db.exec(`
      CREATE TABLE office (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        province TEXT NOT NULL,
        agency TEXT NOT NULL,
        is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_office TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX office_one_local ON office (is_local) WHERE is_local = 1;

      CREATE TABLE user (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL REFERENCES office (id),
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'assessor')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_office TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        old_value TEXT,
        new_value TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

      -- The audit log is append-only: the database itself refuses edits and deletes.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
