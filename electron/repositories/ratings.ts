import type { Db } from '../db/connection';
import type { RatingView } from '../../shared/schemas/scoring';

export interface RatingRow {
  id: string;
  assignment_id: string;
  competency: string;
  level: number;
  rationale: string;
  rated_without_evidence: number;
  evidence_level: number | null;
  updated_at: string;
}

export function findLiveRating(db: Db, assignmentId: string, competency: string): RatingRow | undefined {
  return db
    .prepare('SELECT * FROM rating WHERE assignment_id = ? AND competency = ? AND deleted_at IS NULL')
    .get(assignmentId, competency) as RatingRow | undefined;
}

export function liveRatings(db: Db, assignmentId: string): RatingRow[] {
  return db
    .prepare('SELECT * FROM rating WHERE assignment_id = ? AND deleted_at IS NULL ORDER BY competency')
    .all(assignmentId) as RatingRow[];
}

export function toRatingView(r: RatingRow): RatingView {
  return {
    competency: r.competency,
    level: r.level,
    rationale: r.rationale,
    ratedWithoutEvidence: r.rated_without_evidence === 1,
    evidenceLevel: r.evidence_level,
    updatedAt: r.updated_at,
  };
}

export interface BatchRatingRow extends RatingRow {
  participant_id: string;
  exercise_id: string;
  assessor_id: string;
  assessor_name: string;
  status: 'not-started' | 'in-progress' | 'submitted';
}

/** Every live rating of a batch with its assignment, for the integration meeting and status. */
export function batchRatings(db: Db, batchId: string): BatchRatingRow[] {
  return db
    .prepare(
      `SELECT r.*, s.participant_id, s.exercise_id, s.assessor_id, s.status, u.display_name AS assessor_name
       FROM rating r JOIN assignment s ON s.id = r.assignment_id JOIN user u ON u.id = s.assessor_id
       WHERE s.batch_id = ? AND s.deleted_at IS NULL AND r.deleted_at IS NULL
       ORDER BY s.participant_id, r.competency, s.exercise_id, u.display_name`,
    )
    .all(batchId) as BatchRatingRow[];
}
