import type { Migration } from '../migration';

const ROW = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by_office TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT`;

/**
 * Kegiatan asesmen (issue 4): batches, their team and participants, exercises with the
 * competency × exercise matrix, assessor certificates, and assessor × participant × exercise
 * assignments with their time slot. Link tables have their own UUID so they travel between
 * offices and can carry a tombstone like any other row.
 */
export const m0004Batches: Migration = {
  version: 4,
  name: 'batches',
  up(db) {
    db.exec(`
      CREATE TABLE assessor_profile (
        user_id TEXT PRIMARY KEY REFERENCES user (id),
        certificate_number TEXT,
        certificate_level TEXT,
        certificate_expiry TEXT,
        unit TEXT,${ROW}
      ) STRICT;

      CREATE TABLE batch (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN ('pengisian', 'pemetaan')),
        standard_id TEXT NOT NULL REFERENCES position_standard (id),
        framework_version_id TEXT NOT NULL REFERENCES framework_version (id),
        scoring_rule_version TEXT NOT NULL,
        -- The standard's required levels as they were when the batch was made: later edits of
        -- the standard never change what a running or finished batch is measured against.
        standard_snapshot TEXT NOT NULL CHECK (json_valid(standard_snapshot)),
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'running', 'integration', 'closed')),${ROW}
      ) STRICT;

      CREATE TABLE batch_member (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        user_id TEXT NOT NULL REFERENCES user (id),
        role TEXT NOT NULL CHECK (role IN ('ketua', 'admin', 'asesor', 'narasumber', 'tester')),${ROW},
        UNIQUE (batch_id, user_id, role)
      ) STRICT;

      CREATE TABLE batch_participant (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        participant_id TEXT NOT NULL REFERENCES participant (id),
        number INTEGER NOT NULL,${ROW},
        UNIQUE (batch_id, participant_id)
      ) STRICT;

      CREATE TABLE exercise (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        instructions TEXT NOT NULL DEFAULT '',
        materials TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL,${ROW}
      ) STRICT;
      CREATE INDEX exercise_batch ON exercise (batch_id);

      CREATE TABLE exercise_competency (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        competency TEXT NOT NULL,${ROW},
        UNIQUE (exercise_id, competency)
      ) STRICT;

      CREATE TABLE assignment (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES batch (id),
        participant_id TEXT NOT NULL REFERENCES participant (id),
        assessor_id TEXT NOT NULL REFERENCES user (id),
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        day TEXT,
        start_time TEXT,
        end_time TEXT,
        room TEXT,
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'submitted')),
        submitted_at TEXT,${ROW},
        UNIQUE (participant_id, exercise_id, assessor_id)
      ) STRICT;
      CREATE INDEX assignment_batch ON assignment (batch_id);
      CREATE INDEX assignment_assessor ON assignment (assessor_id);
    `);
  },
};
