import type { Db } from '../db/connection';
import type { AssignmentView, BatchSummary, ExerciseView } from '../../shared/schemas/batch';

interface BatchRow {
  id: string;
  name: string;
  purpose: BatchSummary['purpose'];
  status: BatchSummary['status'];
  standard_id: string;
  framework_version_id: string;
  scoring_rule_version: string;
  starts_on: string;
  ends_on: string;
  venue: string;
  participant_count: number;
}

const SUMMARY_SQL = `
  SELECT b.*, (SELECT COUNT(*) FROM batch_participant bp WHERE bp.batch_id = b.id AND bp.deleted_at IS NULL) AS participant_count
  FROM batch b WHERE b.deleted_at IS NULL`;

const toSummary = (r: BatchRow): BatchSummary => ({
  id: r.id,
  name: r.name,
  purpose: r.purpose,
  status: r.status,
  standardId: r.standard_id,
  frameworkVersionId: r.framework_version_id,
  scoringRuleVersion: r.scoring_rule_version,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  venue: r.venue,
  participantCount: r.participant_count,
});

export function listBatchRows(db: Db): BatchSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY b.starts_on DESC, b.name`).all() as BatchRow[]).map(toSummary);
}

export function findBatch(db: Db, id: string): BatchSummary | undefined {
  const row = db.prepare(`${SUMMARY_SQL} AND b.id = ?`).get(id) as BatchRow | undefined;
  return row && toSummary(row);
}

export function batchTeam(db: Db, batchId: string) {
  return db
    .prepare(
      `SELECT m.id, m.user_id AS userId, m.role, u.display_name AS displayName FROM batch_member m
       JOIN user u ON u.id = m.user_id WHERE m.batch_id = ? AND m.deleted_at IS NULL ORDER BY m.role, u.display_name`,
    )
    .all(batchId) as { id: string; userId: string; role: 'ketua' | 'admin' | 'asesor' | 'narasumber' | 'tester'; displayName: string }[];
}

export function batchParticipants(db: Db, batchId: string) {
  return db
    .prepare(
      `SELECT bp.id, bp.participant_id AS participantId, bp.number, p.nip, p.name, p.unit FROM batch_participant bp
       JOIN participant p ON p.id = bp.participant_id WHERE bp.batch_id = ? AND bp.deleted_at IS NULL ORDER BY bp.number`,
    )
    .all(batchId) as { id: string; participantId: string; number: number; nip: string; name: string; unit: string | null }[];
}

interface ExerciseRow {
  id: string;
  kind: ExerciseView['kind'];
  name: string;
  duration_minutes: number;
  instructions: string;
  materials: string;
  sort_order: number;
}

export function batchExercises(db: Db, batchId: string): ExerciseView[] {
  const rows = db
    .prepare('SELECT * FROM exercise WHERE batch_id = ? AND deleted_at IS NULL ORDER BY sort_order')
    .all(batchId) as ExerciseRow[];
  const matrix = db.prepare(
    'SELECT competency FROM exercise_competency WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY competency',
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    durationMinutes: r.duration_minutes,
    instructions: r.instructions,
    materials: r.materials,
    sortOrder: r.sort_order,
    competencies: (matrix.all(r.id) as { competency: string }[]).map((m) => m.competency),
  }));
}

export function batchAssignments(db: Db, batchId: string, assessorId?: string): AssignmentView[] {
  const rows = db
    .prepare(
      `SELECT id, participant_id, assessor_id, exercise_id, day, start_time, end_time, room, status FROM assignment
       WHERE batch_id = ? AND deleted_at IS NULL ${assessorId ? 'AND assessor_id = ?' : ''}
       ORDER BY day, start_time, participant_id`,
    )
    .all(...(assessorId ? [batchId, assessorId] : [batchId])) as {
    id: string;
    participant_id: string;
    assessor_id: string;
    exercise_id: string;
    day: string | null;
    start_time: string | null;
    end_time: string | null;
    room: string | null;
    status: AssignmentView['status'];
  }[];
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    assessorId: r.assessor_id,
    exerciseId: r.exercise_id,
    day: r.day,
    start: r.start_time,
    end: r.end_time,
    room: r.room,
    status: r.status,
  }));
}
