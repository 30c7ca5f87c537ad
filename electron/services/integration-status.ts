import type { Db } from '../db/connection';
import { batchParticipants, findBatch } from '../repositories/batch';
import { batchLocks } from '../repositories/integration';
import { AppError } from './errors';

export interface ParticipantProgress {
  participantId: string;
  nip: string;
  name: string;
  /** Ratings in submitted assignments. */
  submitted: number;
  /** Ratings the matrix expects (assignment × competency the exercise measures) that are not submitted. */
  missing: number;
  /** Ratings (submitted or not) flagged "rated without evidence". */
  flagged: number;
  locked: boolean;
}

/** Scoring progress of a batch, one row per participant (CLI `batch status`). */
export function batchProgress(db: Db, batchId: string): ParticipantProgress[] {
  if (!findBatch(db, batchId)) throw new AppError('NOT_FOUND');
  const counts = db
    .prepare(
      `SELECT s.participant_id AS pid,
              COUNT(ec.id) AS expected,
              SUM(CASE WHEN s.status = 'submitted' AND r.id IS NOT NULL THEN 1 ELSE 0 END) AS submitted,
              SUM(CASE WHEN r.rated_without_evidence = 1 THEN 1 ELSE 0 END) AS flagged
       FROM assignment s
       JOIN exercise_competency ec ON ec.exercise_id = s.exercise_id AND ec.deleted_at IS NULL
       LEFT JOIN rating r ON r.assignment_id = s.id AND r.competency = ec.competency AND r.deleted_at IS NULL
       WHERE s.batch_id = ? AND s.deleted_at IS NULL GROUP BY s.participant_id`,
    )
    .all(batchId) as { pid: string; expected: number; submitted: number; flagged: number }[];
  const byParticipant = new Map(counts.map((c) => [c.pid, c]));
  const locked = new Set(batchLocks(db, batchId).map((l) => l.participant_id));
  return batchParticipants(db, batchId).map((p) => {
    const c = byParticipant.get(p.participantId) ?? { expected: 0, submitted: 0, flagged: 0 };
    return {
      participantId: p.participantId,
      nip: p.nip,
      name: p.name,
      submitted: c.submitted,
      missing: c.expected - c.submitted,
      flagged: c.flagged,
      locked: locked.has(p.participantId),
    };
  });
}
