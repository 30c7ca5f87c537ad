import type { Db } from '../db/connection';
import type { NoteView } from '../../shared/schemas/scoring';

export interface NoteRow {
  id: string;
  assignment_id: string;
  author_id: string;
  observed_at: string;
  updated_at: string;
  text: string;
  competency: string | null;
  indicator: string | null;
  polarity: 'positive' | 'negative' | null;
  revision: number;
  deleted_at: string | null;
}

/** Any note with this id, live or tombstoned: an id is never reused for another note. */
export function findNote(db: Db, id: string): NoteRow | undefined {
  return db.prepare('SELECT * FROM observation_note WHERE id = ?').get(id) as NoteRow | undefined;
}

export function liveNotes(db: Db, assignmentId: string): NoteRow[] {
  return db
    .prepare('SELECT * FROM observation_note WHERE assignment_id = ? AND deleted_at IS NULL ORDER BY observed_at, id')
    .all(assignmentId) as NoteRow[];
}

export function toNoteView(r: NoteRow, indicatorLevel: number | null): NoteView {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    observedAt: r.observed_at,
    updatedAt: r.updated_at,
    text: r.text,
    competency: r.competency,
    indicator: r.indicator,
    indicatorLevel,
    polarity: r.polarity,
    revision: r.revision,
  };
}

/** Live tagged notes of a batch per assignment × competency, for the integration matrix and status. */
export function evidenceCounts(db: Db, batchId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT n.assignment_id AS a, n.competency AS c, COUNT(*) AS n FROM observation_note n
       JOIN assignment s ON s.id = n.assignment_id
       WHERE s.batch_id = ? AND n.deleted_at IS NULL AND n.competency IS NOT NULL GROUP BY n.assignment_id, n.competency`,
    )
    .all(batchId) as { a: string; c: string; n: number }[];
  return new Map(rows.map((r) => [`${r.a}|${r.c}`, r.n]));
}
