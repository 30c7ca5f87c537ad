import type { BatchSummary, ExerciseView } from '../../shared/schemas/batch';
import type { WorkspaceItem } from '../../shared/schemas/scoring';
import { findBatch } from '../repositories/batch';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { batchStatus, refusal } from './refusal';

/** One assignment with what every scoring rule needs about it. */
export interface AssignmentScope {
  id: string;
  batch: BatchSummary;
  participantId: string;
  assessorId: string;
  exerciseId: string;
  status: WorkspaceItem['status'];
  submittedAt: string | null;
  /** Competencies the exercise measures (its column of the matrix). */
  competencies: string[];
  item: WorkspaceItem;
}

interface ScopeRow {
  id: string;
  batch_id: string;
  participant_id: string;
  assessor_id: string;
  exercise_id: string;
  day: string | null;
  start_time: string | null;
  end_time: string | null;
  room: string | null;
  status: WorkspaceItem['status'];
  submitted_at: string | null;
  nip: string;
  participant_name: string;
  exercise_name: string;
  exercise_kind: ExerciseView['kind'];
  duration_minutes: number;
}

export const ITEM_SQL = `
  SELECT s.id, s.batch_id, s.participant_id, s.assessor_id, s.exercise_id, s.day, s.start_time, s.end_time, s.room, s.status,
         s.submitted_at, p.nip, p.name AS participant_name, e.name AS exercise_name, e.kind AS exercise_kind, e.duration_minutes
  FROM assignment s JOIN participant p ON p.id = s.participant_id JOIN exercise e ON e.id = s.exercise_id
  WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL`;

export function toItem(r: ScopeRow, batch: Pick<BatchSummary, 'name' | 'status'>): WorkspaceItem {
  return {
    assignmentId: r.id,
    batchId: r.batch_id,
    batchName: batch.name,
    batchStatus: batch.status,
    participant: { id: r.participant_id, nip: r.nip, name: r.participant_name },
    exercise: { id: r.exercise_id, name: r.exercise_name, kind: r.exercise_kind, durationMinutes: r.duration_minutes },
    day: r.day,
    start: r.start_time,
    end: r.end_time,
    room: r.room,
    status: r.status,
  };
}

export function itemRows(ctx: ServiceContext, where: string, ...params: string[]): ScopeRow[] {
  return ctx.db.prepare(`${ITEM_SQL} AND ${where} ORDER BY s.day, s.start_time, p.name`).all(...params) as ScopeRow[];
}

export function requireUser(ctx: ServiceContext): { id: string; role: string } {
  if (!ctx.session.user) throw new AppError('UNAUTHENTICATED');
  return ctx.session.user;
}

export function loadAssignment(ctx: ServiceContext, assignmentId: string): AssignmentScope {
  const row = itemRows(ctx, 's.id = ?', assignmentId)[0];
  if (!row) throw new AppError('NOT_FOUND');
  const batch = findBatch(ctx.db, row.batch_id);
  if (!batch) throw new AppError('NOT_FOUND');
  const competencies = (
    ctx.db
      .prepare(
        'SELECT competency FROM exercise_competency WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY competency',
      )
      .all(row.exercise_id) as {
      competency: string;
    }[]
  ).map((c) => c.competency);
  return {
    id: row.id,
    batch,
    participantId: row.participant_id,
    assessorId: row.assessor_id,
    exerciseId: row.exercise_id,
    status: row.status,
    submittedAt: row.submitted_at,
    competencies,
    item: toItem(row, batch),
  };
}

/**
 * The assignment, only when it is the logged-in assessor's own. Someone else's assignment is
 * refused, whatever the caller's role: notes and ratings belong to the assessor who wrote them.
 */
export function requireOwnAssignment(ctx: ServiceContext, assignmentId: string): AssignmentScope {
  const user = requireUser(ctx);
  const scope = loadAssignment(ctx, assignmentId);
  if (scope.assessorId !== user.id) throw new AppError('FORBIDDEN');
  return scope;
}

/** Whether the user leads this batch (its ketua tim). */
export function isKetua(ctx: ServiceContext, batchId: string): boolean {
  const user = ctx.session.user;
  if (!user) return false;
  return Boolean(
    ctx.db
      .prepare(
        "SELECT 1 FROM batch_member WHERE batch_id = ? AND user_id = ? AND role = 'ketua' AND deleted_at IS NULL",
      )
      .get(batchId, user.id),
  );
}

/**
 * Notes and ratings are recorded while the batch runs (and during integration, for an
 * assignment the coordinator reopened), never after submission or once the participant's
 * integration is locked.
 */
export function requireRecordable(ctx: ServiceContext, scope: AssignmentScope): void {
  if (scope.batch.status !== 'running' && scope.batch.status !== 'integration') {
    throw refusal('scoring.notRecordable', { status: batchStatus(scope.batch.status) });
  }
  if (scope.status === 'submitted') {
    throw refusal('scoring.submitted');
  }
  if (
    ctx.db
      .prepare('SELECT 1 FROM integration_lock WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL')
      .get(scope.batch.id, scope.participantId)
  ) {
    throw refusal('scoring.locked');
  }
}
