import type { Migration } from '../migration';

/**
 * Data protection (UU 27/2022, issue 8): each participant's acknowledgement of the privacy
 * notice, with the notice version they saw and how it was given.
 */
export const m0007Privacy: Migration = {
  version: 7,
  name: 'privacy',
  up(db) {
    db.exec(`
      CREATE TABLE privacy_ack (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant (id),
        notice_version TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('on-screen', 'signed-paper')),
        acknowledged_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES user (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_office TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX privacy_ack_participant ON privacy_ack (participant_id);
    `);
  },
};
