import type { AssignmentWork, WorkspaceDay, WorkspaceItem } from '../../shared/schemas/scoring';
import { liveRatings, toRatingView } from '../repositories/ratings';
import type { ServiceContext } from './context';
import { listNotes } from './notes';
import { assignmentEvidence, batchRule } from './ratings';
import { competencyScale } from './workspace-rubric';
import { itemRows, requireOwnAssignment, requireUser, toItem } from './workspace-access';

/**
 * Ruang Asesor: the logged-in user's own assignments in batches that are not closed, grouped
 * by day and then by time slot. The user id comes from the session, never from input.
 */
export function listWorkspace(ctx: ServiceContext): WorkspaceDay[] {
  const user = requireUser(ctx);
  const batches = new Map(
    (
      ctx.db.prepare("SELECT id, name, status FROM batch WHERE deleted_at IS NULL AND status <> 'closed'").all() as {
        id: string;
        name: string;
        status: WorkspaceItem['batchStatus'];
      }[]
    ).map((b) => [b.id, b]),
  );
  const items = itemRows(ctx, 's.assessor_id = ?', user.id)
    .filter((r) => batches.has(r.batch_id))
    .map((r) => toItem(r, batches.get(r.batch_id)!));
  const days: WorkspaceDay[] = [];
  for (const item of items) {
    let day = days.find((d) => d.day === item.day);
    if (!day) days.push((day = { day: item.day, slots: [] }));
    let slot = day.slots.find((s) => s.start === item.start && s.end === item.end);
    if (!slot) day.slots.push((slot = { start: item.start, end: item.end, items: [] }));
    slot.items.push(item);
  }
  // Unscheduled work last; days and slots in time order.
  const key = (v: string | null) => v ?? '\uffff';
  days.sort((a, b) => key(a.day).localeCompare(key(b.day)));
  for (const d of days) d.slots.sort((a, b) => key(a.start).localeCompare(key(b.start)));
  return days;
}

/** One assignment for scoring: the rubric of each competency beside its evidence, and the notes. */
export function getAssignmentWork(ctx: ServiceContext, assignmentId: string): AssignmentWork {
  const scope = requireOwnAssignment(ctx, assignmentId);
  const evidence = assignmentEvidence(ctx, scope);
  const ratings = new Map(liveRatings(ctx.db, scope.id).map((r) => [r.competency, toRatingView(r)]));
  return {
    assignment: scope.item,
    halfLevels: batchRule(scope).halfLevels,
    submittedAt: scope.submittedAt,
    rubric: scope.competencies.map((c) => {
      const e = evidence.get(c)!;
      return { ...competencyScale(ctx.db, scope.batch.frameworkVersionId, c), ...e, rating: ratings.get(c) ?? null };
    }),
    notes: listNotes(ctx, assignmentId),
  };
}
