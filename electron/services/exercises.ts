import type { ExerciseInput, ExerciseView } from '../../shared/schemas/batch';
import { batchExercises } from '../repositories/batch';
import { insertRow, reviveRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { batchStandard } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { fieldProblem } from './refusal';
import { requirePlanning } from './batches';

function requireExercise(ctx: ServiceContext, exerciseId: string): { batch_id: string } {
  const row = ctx.db.prepare('SELECT batch_id FROM exercise WHERE id = ? AND deleted_at IS NULL').get(exerciseId) as
    | { batch_id: string }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function addExercise(ctx: ServiceContext, batchId: string, input: ExerciseInput): ExerciseView {
  return ctx.db.transaction(() => {
    requirePlanning(ctx, batchId);
    const order = (ctx.db.prepare('SELECT COUNT(*) AS n FROM exercise WHERE batch_id = ? AND deleted_at IS NULL').get(batchId) as { n: number }).n;
    const id = insertRow(ctx.db, 'exercise', {
      batch_id: batchId,
      kind: input.kind,
      name: input.name,
      duration_minutes: input.durationMinutes,
      instructions: input.instructions,
      materials: input.materials,
      sort_order: order,
    });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'create', entity: 'exercise', entityId: id, newValue: input });
    return batchExercises(ctx.db, batchId).find((e) => e.id === id)!;
  })();
}

export function updateExercise(ctx: ServiceContext, exerciseId: string, input: ExerciseInput): ExerciseView {
  return ctx.db.transaction(() => {
    const { batch_id } = requireExercise(ctx, exerciseId);
    requirePlanning(ctx, batch_id);
    updateRow(ctx.db, 'exercise', exerciseId, {
      kind: input.kind,
      name: input.name,
      duration_minutes: input.durationMinutes,
      instructions: input.instructions,
      materials: input.materials,
    });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'update', entity: 'exercise', entityId: exerciseId, newValue: input });
    return batchExercises(ctx.db, batch_id).find((e) => e.id === exerciseId)!;
  })();
}

export function removeExercise(ctx: ServiceContext, exerciseId: string): void {
  ctx.db.transaction(() => {
    const { batch_id } = requireExercise(ctx, exerciseId);
    requirePlanning(ctx, batch_id);
    tombstoneRow(ctx.db, 'exercise', exerciseId);
    for (const table of ['exercise_competency', 'assignment']) {
      for (const r of ctx.db.prepare(`SELECT id FROM ${table} WHERE exercise_id = ? AND deleted_at IS NULL`).all(exerciseId) as { id: string }[]) {
        tombstoneRow(ctx.db, table, r.id);
      }
    }
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'delete', entity: 'exercise', entityId: exerciseId });
  })();
}

/**
 * Sets which competencies an exercise measures (one column of the competency × exercise
 * matrix). Only competencies of the batch's standard may be chosen.
 */
export function setExerciseCompetencies(ctx: ServiceContext, exerciseId: string, competencies: string[]): ExerciseView {
  return ctx.db.transaction(() => {
    const { batch_id } = requireExercise(ctx, exerciseId);
    requirePlanning(ctx, batch_id);
    const allowed = new Set(batchStandard(ctx.db, batch_id).requirements.map((r) => r.competency));
    const unknown = competencies.filter((c) => !allowed.has(c));
    if (unknown.length) {
      throw new AppError('VALIDATION', {}, unknown.map((c) => fieldProblem('competencies', 'batch.notInStandard', { competency: c })));
    }
    const rows = ctx.db.prepare('SELECT id, competency, deleted_at FROM exercise_competency WHERE exercise_id = ?').all(exerciseId) as {
      id: string;
      competency: string;
      deleted_at: string | null;
    }[];
    const wanted = new Set(competencies);
    for (const r of rows) if (r.deleted_at === null && !wanted.has(r.competency)) tombstoneRow(ctx.db, 'exercise_competency', r.id);
    for (const c of wanted) {
      const r = rows.find((x) => x.competency === c);
      if (!r) insertRow(ctx.db, 'exercise_competency', { exercise_id: exerciseId, competency: c });
      else if (r.deleted_at !== null) reviveRow(ctx.db, 'exercise_competency', r.id);
    }
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'matrix', entity: 'exercise', entityId: exerciseId, oldValue: rows.filter((r) => !r.deleted_at).map((r) => r.competency), newValue: competencies });
    return batchExercises(ctx.db, batch_id).find((e) => e.id === exerciseId)!;
  })();
}
