import type { Migration } from '../migration';

const ROW = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by_office TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT`;

/**
 * The assessor's day and the integration meeting (issue 5): observation notes, ratings per
 * assignment × competency, the meeting's decisions and per-participant lock, and the batch's
 * own copy of the interview guides. Uniqueness holds among live rows only (partial indexes),
 * so a tombstoned row never blocks a new one.
 */
export const m0005Scoring: Migration = {
  version: 5,
  name: 'scoring',
  up(db) {
    db.exec(`
      CREATE TABLE observation_note (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignment (id),
        author_id TEXT NOT NULL REFERENCES user (id),
        -- Set by the main side when the note is first saved; later autosaves keep it.
        observed_at TEXT NOT NULL,
        text TEXT NOT NULL,
        competency TEXT,
        indicator TEXT,
        polarity TEXT CHECK (polarity IN ('positive', 'negative')),${ROW},
        CHECK (indicator IS NULL OR competency IS NOT NULL)
      ) STRICT;
      CREATE INDEX observation_note_assignment ON observation_note (assignment_id);

      CREATE TABLE rating (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignment (id),
        competency TEXT NOT NULL,
        -- REAL so a batch whose rule allows half levels can store 2.5.
        level REAL NOT NULL CHECK (level >= 1 AND level <= 5),
        rationale TEXT NOT NULL DEFAULT '',
        rated_without_evidence INTEGER NOT NULL DEFAULT 0 CHECK (rated_without_evidence IN (0, 1)),
        -- What the tagged evidence suggested when the rating was saved (null: no level evidence).
        evidence_level REAL,${ROW}
      ) STRICT;
      CREATE UNIQUE INDEX rating_live ON rating (assignment_id, competency) WHERE deleted_at IS NULL;

      CREATE TABLE integration_decision (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        participant_id TEXT NOT NULL REFERENCES participant (id),
        competency TEXT NOT NULL,
        suggested_level REAL,
        rule TEXT NOT NULL,
        final_level REAL NOT NULL CHECK (final_level >= 1 AND final_level <= 5),
        rationale TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL REFERENCES user (id),
        decided_at TEXT NOT NULL,${ROW}
      ) STRICT;
      CREATE UNIQUE INDEX integration_decision_live ON integration_decision (batch_id, participant_id, competency) WHERE deleted_at IS NULL;

      -- One live row per locked participant; unlocking tombstones it.
      CREATE TABLE integration_lock (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        participant_id TEXT NOT NULL REFERENCES participant (id),
        locked_at TEXT NOT NULL,
        locked_by TEXT NOT NULL REFERENCES user (id),
        sign_off_name TEXT NOT NULL,${ROW}
      ) STRICT;
      CREATE UNIQUE INDEX integration_lock_live ON integration_lock (batch_id, participant_id) WHERE deleted_at IS NULL;

      CREATE TABLE batch_interview_guide (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        competency TEXT NOT NULL,
        guide TEXT NOT NULL CHECK (json_valid(guide)),${ROW}
      ) STRICT;
      CREATE UNIQUE INDEX batch_interview_guide_live ON batch_interview_guide (batch_id, competency) WHERE deleted_at IS NULL;
    `);
  },
};
