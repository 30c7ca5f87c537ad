import { autoAssign, planningWarnings, type Plan, type PlanWarning } from '../../shared/domain/planning';
import { buildSchedule, daysBetween, DEFAULT_SCHEDULE } from '../../shared/domain/schedule';
import type { AssessorProfileInput, AssignmentView } from '../../shared/schemas/batch';
import { batchAssignments, batchExercises, batchParticipants, batchTeam } from '../repositories/batch';
import { insertRow, reviveRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { requireBatch, requirePlanning } from './batches';
import { batchStandard } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { fieldProblem, invalidField, refusal } from './refusal';

export interface AssessorProfile extends AssessorProfileInput {
  displayName: string;
}

export function listAssessors(ctx: ServiceContext): AssessorProfile[] {
  return (
    ctx.db
      .prepare(
        `SELECT u.id AS userId, u.display_name AS displayName, p.certificate_number AS certificateNumber,
                p.certificate_level AS certificateLevel, p.certificate_expiry AS certificateExpiry, p.unit
         FROM user u LEFT JOIN assessor_profile p ON p.user_id = u.id AND p.deleted_at IS NULL
         WHERE u.role = 'assessor' AND u.active = 1 AND u.deleted_at IS NULL ORDER BY u.display_name COLLATE NOCASE`,
      )
      .all() as AssessorProfile[]
  ).map((r) => ({ ...r, certificateNumber: r.certificateNumber ?? null, certificateLevel: r.certificateLevel ?? null, certificateExpiry: r.certificateExpiry ?? null, unit: r.unit ?? null }));
}

export function saveAssessorProfile(ctx: ServiceContext, input: AssessorProfileInput): void {
  ctx.db.transaction(() => {
    const user = ctx.db.prepare("SELECT role FROM user WHERE id = ? AND deleted_at IS NULL").get(input.userId) as { role: string } | undefined;
    if (!user || user.role !== 'assessor') throw invalidField('userId', 'batch.notAssessor');
    const values = {
      certificate_number: input.certificateNumber,
      certificate_level: input.certificateLevel,
      certificate_expiry: input.certificateExpiry,
      unit: input.unit,
    };
    const row = ctx.db.prepare('SELECT user_id, deleted_at FROM assessor_profile WHERE user_id = ?').get(input.userId) as
      | { deleted_at: string | null }
      | undefined;
    if (!row) insertRow(ctx.db, 'assessor_profile', values, input.userId, 'user_id');
    else if (row.deleted_at !== null) throw refusal('batch.assessorProfileDeleted');
    else updateRow(ctx.db, 'assessor_profile', input.userId, values, 'user_id');
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'save', entity: 'assessor_profile', entityId: input.userId, newValue: input });
  })();
}

/** The batch as the pure planning rules see it. */
export function planOf(ctx: ServiceContext, batchId: string): Plan {
  const batch = requireBatch(ctx, batchId);
  const assessorIds = new Set(batchTeam(ctx.db, batchId).filter((m) => m.role === 'asesor').map((m) => m.userId));
  const assessors = listAssessors(ctx).filter((a) => assessorIds.has(a.userId));
  return {
    participants: batchParticipants(ctx.db, batchId).map((p) => ({ id: p.participantId, unit: p.unit })),
    assessors: assessors.map((a) => ({ id: a.userId, unit: a.unit, certificateExpiry: a.certificateExpiry })),
    exercises: batchExercises(ctx.db, batchId).map((e) => ({ id: e.id, competencies: e.competencies })),
    assignments: batchAssignments(ctx.db, batchId).map((a) => ({
      participantId: a.participantId,
      assessorId: a.assessorId,
      exerciseId: a.exerciseId,
      slot: a.day && a.start && a.end ? { day: a.day, start: a.start, end: a.end, room: a.room } : null,
    })),
    competencies: batchStandard(ctx.db, batchId).requirements.map((r) => r.competency),
    startsOn: batch.startsOn,
  };
}

export function batchWarnings(ctx: ServiceContext, batchId: string): PlanWarning[] {
  return planningWarnings(planOf(ctx, batchId));
}

/**
 * Replaces every not-yet-started assignment with a balanced automatic one and a timetable.
 * Started or submitted work is never touched.
 */
export function autoAssignBatch(ctx: ServiceContext, batchId: string): AssignmentView[] {
  return ctx.db.transaction(() => {
    const batch = requirePlanning(ctx, batchId);
    const plan = planOf(ctx, batchId);
    if (plan.assessors.length === 0) throw refusal('batch.noAssessors');
    if (plan.exercises.length === 0 || plan.participants.length === 0) {
      throw refusal('batch.noParticipantsOrExercises');
    }
    for (const a of batchAssignments(ctx.db, batchId)) if (a.status === 'not-started') tombstoneRow(ctx.db, 'assignment', a.id);
    const exercises = batchExercises(ctx.db, batchId);
    const assigned = autoAssign({ ...plan, assignments: [] } as Plan);
    const scheduled = buildSchedule(
      assigned,
      exercises.map((e) => ({ id: e.id, durationMinutes: e.durationMinutes, group: e.kind === 'diskusi-kelompok' })),
      { ...DEFAULT_SCHEDULE, days: daysBetween(batch.startsOn, batch.endsOn) },
    );
    for (const a of scheduled) upsertAssignment(ctx, batchId, a.participantId, a.assessorId, a.exerciseId, a.slot ?? null);
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'auto-assign', entity: 'batch', entityId: batchId, newValue: { assignments: scheduled.length } });
    return batchAssignments(ctx.db, batchId);
  })();
}

function upsertAssignment(
  ctx: ServiceContext,
  batchId: string,
  participantId: string,
  assessorId: string,
  exerciseId: string,
  slot: { day: string; start: string; end: string; room?: string | null } | null,
): string {
  const values = { day: slot?.day ?? null, start_time: slot?.start ?? null, end_time: slot?.end ?? null, room: slot?.room ?? null };
  const row = ctx.db
    .prepare('SELECT id, deleted_at FROM assignment WHERE participant_id = ? AND exercise_id = ? AND assessor_id = ?')
    .get(participantId, exerciseId, assessorId) as { id: string; deleted_at: string | null } | undefined;
  if (!row) return insertRow(ctx.db, 'assignment', { batch_id: batchId, participant_id: participantId, assessor_id: assessorId, exercise_id: exerciseId, status: 'not-started', ...values });
  if (row.deleted_at !== null) reviveRow(ctx.db, 'assignment', row.id, { ...values, status: 'not-started' });
  else updateRow(ctx.db, 'assignment', row.id, values);
  return row.id;
}

/** Assigns by hand; the participant, assessor (a team asesor) and exercise must belong to the batch. */
export function assignManually(
  ctx: ServiceContext,
  input: { batchId: string; participantId: string; assessorId: string; exerciseId: string; slot: { day: string; start: string; end: string; room: string | null } | null },
): AssignmentView {
  return ctx.db.transaction(() => {
    requirePlanning(ctx, input.batchId);
    const plan = planOf(ctx, input.batchId);
    const problems = [
      !plan.participants.some((p) => p.id === input.participantId) && fieldProblem('participantId', 'scoring.notBatchParticipant'),
      !plan.assessors.some((a) => a.id === input.assessorId) && fieldProblem('assessorId', 'batch.notTeamAssessor'),
      !plan.exercises.some((e) => e.id === input.exerciseId) && fieldProblem('exerciseId', 'batch.notBatchExercise'),
    ].filter((p): p is { path: string; message: string } => Boolean(p));
    if (problems.length) throw new AppError('VALIDATION', {}, problems);
    const id = upsertAssignment(ctx, input.batchId, input.participantId, input.assessorId, input.exerciseId, input.slot);
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'assign', entity: 'assignment', entityId: id, newValue: input });
    return batchAssignments(ctx.db, input.batchId).find((a) => a.id === id)!;
  })();
}

export function unassign(ctx: ServiceContext, assignmentId: string): void {
  ctx.db.transaction(() => {
    const row = ctx.db.prepare('SELECT batch_id, status FROM assignment WHERE id = ? AND deleted_at IS NULL').get(assignmentId) as
      | { batch_id: string; status: string }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    requirePlanning(ctx, row.batch_id);
    if (row.status !== 'not-started') throw refusal('batch.assignmentStarted');
    tombstoneRow(ctx.db, 'assignment', assignmentId);
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'unassign', entity: 'assignment', entityId: assignmentId });
  })();
}
