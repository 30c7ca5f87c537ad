import type { Migration } from '../migration';

/**
 * Participants (peserta), issue 4. The NIP is text (18 digits, never a number) and unique among
 * live rows; sex and birth date are derived from it and stored so lists need no parsing.
 *
 * Search (figures in docs/benchmarks.md): names through an external-content FTS5 index with the
 * trigram tokenizer, kept in sync by triggers, so any part of a name ("wati" finds "Suwati")
 * is found in about a millisecond over 50,000 rows, where LIKE '%…%' scans every row. NIP and
 * unit are NOT in the FTS index: trigram-indexing them tripled the cost of an import, while a
 * NIP is searched by prefix on its unique index and a unit through the few distinct unit names.
 * The index is keyed by participant's rowid; VACUUM keeps rowids in practice, and
 * `INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')` restores it if ever needed.
 */
export const m0003Participants: Migration = {
  version: 3,
  name: 'participants',
  up(db) {
    db.exec(`
      CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('pns', 'pppk')),
        nip TEXT NOT NULL CHECK (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL CHECK (length(name) > 0),
        title_before TEXT,
        title_after TEXT,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        birth_date TEXT NOT NULL,
        golongan TEXT,
        jabatan TEXT,
        jenjang TEXT,
        unit TEXT,
        agency TEXT,
        email TEXT,
        phone TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_office TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX participant_nip_live ON participant (nip) WHERE deleted_at IS NULL;
      CREATE INDEX participant_name ON participant (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
      CREATE INDEX participant_unit ON participant (unit) WHERE deleted_at IS NULL;

      CREATE VIRTUAL TABLE participant_fts USING fts5 (
        name,
        content = 'participant', content_rowid = 'rowid', tokenize = 'trigram remove_diacritics 1'
      );
      CREATE TRIGGER participant_fts_insert AFTER INSERT ON participant BEGIN
        INSERT INTO participant_fts (rowid, name) VALUES (new.rowid, new.name);
      END;
      CREATE TRIGGER participant_fts_delete AFTER DELETE ON participant BEGIN
        INSERT INTO participant_fts (participant_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
      END;
      CREATE TRIGGER participant_fts_update AFTER UPDATE OF name ON participant BEGIN
        INSERT INTO participant_fts (participant_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
        INSERT INTO participant_fts (rowid, name) VALUES (new.rowid, new.name);
      END;
    `);
  },
};
