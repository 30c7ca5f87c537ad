import type { Migration } from '../migration';

/**
 * Office-to-office exchange (issue 7). These tables are local bookkeeping and never travel:
 *  - exchange_trusted_office: signing keys this office accepts, by office code;
 *  - exchange_baseline: per peer, table and row, the hash of the row as last sent to or
 *    received from that peer ('*' = sent without a named recipient) — the common ancestor
 *    that tells "changed here", "changed there" and "changed on both sides" apart;
 *  - exchange_watermark: the last package sent to each office ("since" exports);
 *  - exchange_import: every applied package (who, when, signer, counts), undo state;
 *  - exchange_undo: before-images of every row and baseline an import touched.
 */
export const m0006Exchange: Migration = {
  version: 6,
  name: 'exchange',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_trusted_office (
        office_code TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        office_name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        trusted_at TEXT NOT NULL,
        trusted_by TEXT
      ) STRICT;

      CREATE TABLE exchange_baseline (
        peer TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        row_hash TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (peer, table_name, row_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exchange_baseline_row ON exchange_baseline (table_name, row_id);

      CREATE TABLE exchange_watermark (
        office_id TEXT PRIMARY KEY,
        last_sent_at TEXT NOT NULL,
        package_id TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exchange_import (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL,
        signer_office_id TEXT NOT NULL,
        signer_office_code TEXT NOT NULL,
        signer_office_name TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (json_valid(scope)),
        counts TEXT NOT NULL CHECK (json_valid(counts)),
        imported_by TEXT,
        imported_at TEXT NOT NULL,
        backup_file TEXT,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX exchange_import_package_live ON exchange_import (package_id) WHERE undone_at IS NULL;

      CREATE TABLE exchange_undo (
        import_id TEXT NOT NULL REFERENCES exchange_import (id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('row', 'baseline')),
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        -- JSON object of the row before the import; NULL when the import created it.
        before TEXT,
        -- Hash of the row right after the import: undo refuses when it no longer matches.
        after_hash TEXT,
        PRIMARY KEY (import_id, seq)
      ) STRICT;
    `);
  },
};
