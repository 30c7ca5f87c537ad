import type { Migration } from '../migration';

const ROW = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by_office TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT`;

/**
 * Results, talent map and development plans (issue 6).
 *  - result: one live row per batch × participant, computed from the LOCKED final levels with
 *    the batch's scoring rule; the rule version is stored so a later default never changes it.
 *    Kinerja and the optional potensi score are entered later and kept across recomputes.
 *  - idp / idp_item / idp_activity: the rencana pengembangan individu drafted from the gaps.
 * Uniqueness holds among live rows only, so a tombstone never blocks a new row.
 */
export const m0008Results: Migration = {
  version: 8,
  name: 'results',
  up(db) {
    db.exec(`
      CREATE TABLE result (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        participant_id TEXT NOT NULL REFERENCES participant (id),
        rule_version TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN ('pengisian', 'pemetaan')),
        -- The jenjang of the batch's standard: a result may be reused for a post of the same jenjang.
        jenjang TEXT NOT NULL,
        total_achieved REAL NOT NULL,
        total_required REAL NOT NULL CHECK (total_required > 0),
        jpm REAL NOT NULL,
        ikk REAL NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('MS', 'MMS', 'KMS', 'O', 'CO', 'KO')),
        gaps TEXT NOT NULL CHECK (json_valid(gaps)),
        potensi_score REAL CHECK (potensi_score IS NULL OR (potensi_score >= 0 AND potensi_score <= 100)),
        potential_band TEXT NOT NULL CHECK (potential_band IN ('rendah', 'menengah', 'tinggi')),
        kinerja TEXT CHECK (kinerja IS NULL OR kinerja IN ('di-atas', 'sesuai', 'di-bawah')),
        nine_box INTEGER CHECK (nine_box IS NULL OR nine_box BETWEEN 1 AND 9),
        assessed_on TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        computed_at TEXT NOT NULL,${ROW},
        CHECK ((kinerja IS NULL) = (nine_box IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX result_live ON result (batch_id, participant_id) WHERE deleted_at IS NULL;
      CREATE INDEX result_participant ON result (participant_id);

      CREATE TABLE idp (
        id TEXT PRIMARY KEY,
        result_id TEXT NOT NULL REFERENCES result (id),
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'in-progress', 'done')),
        mentor TEXT,
        supervisor TEXT,
        assessee_approved_on TEXT,
        supervisor_approved_on TEXT,${ROW},
        CHECK (period_to >= period_from)
      ) STRICT;
      CREATE UNIQUE INDEX idp_live ON idp (result_id) WHERE deleted_at IS NULL;

      CREATE TABLE idp_item (
        id TEXT PRIMARY KEY,
        idp_id TEXT NOT NULL REFERENCES idp (id),
        competency TEXT NOT NULL,
        required REAL NOT NULL,
        achieved REAL NOT NULL,
        target REAL NOT NULL CHECK (target >= 1 AND target <= 5),
        -- [{ idNumber, text: { id, en } }]: the behaviours of the target level, copied from the framework version.
        indicators TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indicators)),
        evidence TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL,${ROW}
      ) STRICT;
      CREATE INDEX idp_item_idp ON idp_item (idp_id);

      CREATE TABLE idp_activity (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES idp_item (id),
        form_code TEXT NOT NULL,
        pillar INTEGER NOT NULL CHECK (pillar IN (70, 20, 10)),
        provider TEXT NOT NULL DEFAULT '',
        start_on TEXT,
        end_on TEXT,
        jp REAL NOT NULL CHECK (jp >= 0),
        sort_order INTEGER NOT NULL,${ROW},
        CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on)
      ) STRICT;
      CREATE INDEX idp_activity_item ON idp_activity (item_id);
    `);
  },
};
