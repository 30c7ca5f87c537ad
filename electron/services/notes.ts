import type { NoteSaveInput, NoteView } from '../../shared/schemas/scoring';
import { findNote, liveNotes, toNoteView } from '../repositories/notes';
import { insertRow, reviveRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { invalidField, refusal, refusalText } from './refusal';
import { nowIso } from './ids';
import { indicatorLevels, indicatorPlace } from './workspace-rubric';
import { requireOwnAssignment, requireRecordable, type AssignmentScope } from './workspace-access';

/** A tag must name a competency the exercise measures, and an indicator of that competency. */
function checkTag(ctx: ServiceContext, scope: AssignmentScope, input: NoteSaveInput): number | null {
  if (input.competency === null) {
    if (input.indicator !== null || input.polarity !== null) {
      throw invalidField('competency', 'scoring.tagNeedsCompetency');
    }
    return null;
  }
  if (!scope.competencies.includes(input.competency)) {
    throw invalidField('competency', 'scoring.notMeasured', { competency: input.competency });
  }
  if (input.indicator === null) return null;
  const place = indicatorPlace(ctx.db, scope.batch.frameworkVersionId, input.indicator);
  if (!place || place.competency !== input.competency) {
    throw invalidField('indicator', 'scoring.notIndicatorOf', { indicator: input.indicator, competency: input.competency });
  }
  return place.level;
}

/**
 * Autosave: an idempotent upsert keyed by the renderer's UUID, one short transaction, so the
 * renderer may call it every half second while the assessor types. The first save stamps
 * `observed_at` (main side clock) and moves the assignment from not-started to in-progress;
 * a save that changes nothing writes nothing. Text edits are not audited one by one (the
 * row's revision counts them); creating and deleting a note are.
 */
export function saveNote(ctx: ServiceContext, input: NoteSaveInput): NoteView {
  return ctx.db
    .transaction(() => {
      const scope = requireOwnAssignment(ctx, input.assignmentId);
      const userId = scope.assessorId;
      const existing = findNote(ctx.db, input.id);
      if (existing && (existing.author_id !== userId || existing.assignment_id !== input.assignmentId)) {
        throw new AppError('CONFLICT', { what: refusalText('scoring.noteOfOther') });
      }
      if (existing?.deleted_at) throw refusal('scoring.noteDeleted');
      const values = {
        text: input.text,
        competency: input.competency,
        indicator: input.indicator,
        polarity: input.polarity,
      };
      const unchanged =
        existing !== undefined &&
        existing.text === values.text &&
        existing.competency === values.competency &&
        existing.indicator === values.indicator &&
        existing.polarity === values.polarity;
      // A resend of what is already stored (a retried autosave) succeeds even after submission.
      if (unchanged) {
        return toNoteView(
          existing,
          existing.indicator
            ? (indicatorPlace(ctx.db, scope.batch.frameworkVersionId, existing.indicator)?.level ?? null)
            : null,
        );
      }
      requireRecordable(ctx, scope);
      const level = checkTag(ctx, scope, input);
      if (!existing) {
        insertRow(
          ctx.db,
          'observation_note',
          { assignment_id: input.assignmentId, author_id: userId, observed_at: nowIso(), ...values },
          input.id,
        );
        appendAudit(ctx.db, {
          actorId: userId,
          action: 'create',
          entity: 'observation_note',
          entityId: input.id,
          newValue: { assignmentId: input.assignmentId },
        });
        if (scope.status === 'not-started') updateRow(ctx.db, 'assignment', scope.id, { status: 'in-progress' });
      } else {
        updateRow(ctx.db, 'observation_note', input.id, values);
      }
      return toNoteView(findNote(ctx.db, input.id)!, level);
    })
    .immediate();
}

export function listNotes(ctx: ServiceContext, assignmentId: string): NoteView[] {
  const scope = requireOwnAssignment(ctx, assignmentId);
  const levels = indicatorLevels(ctx.db, scope.batch.frameworkVersionId);
  return liveNotes(ctx.db, assignmentId).map((n) =>
    toNoteView(n, n.indicator ? (levels.get(n.indicator) ?? null) : null),
  );
}

export function deleteNote(ctx: ServiceContext, id: string): void {
  ctx.db.transaction(() => {
    const note = findNote(ctx.db, id);
    if (!note || note.deleted_at) throw new AppError('NOT_FOUND');
    const scope = requireOwnAssignment(ctx, note.assignment_id);
    requireRecordable(ctx, scope);
    tombstoneRow(ctx.db, 'observation_note', id);
    appendAudit(ctx.db, {
      actorId: scope.assessorId,
      action: 'delete',
      entity: 'observation_note',
      entityId: id,
      oldValue: { text: note.text, competency: note.competency, indicator: note.indicator, polarity: note.polarity },
    });
  })();
}

/**
 * Undoes a deletion (the assessor's "Urungkan"): the tombstone is lifted, the note comes back
 * with its text, tags and observed_at. Only the note's own author may restore it, under the same
 * rule as recording (running batch, not submitted, not locked). Restoring a live note is a no-op,
 * so a repeated click answers the same.
 */
export function restoreNote(ctx: ServiceContext, id: string): NoteView {
  return ctx.db
    .transaction(() => {
      const note = findNote(ctx.db, id);
      if (!note) throw new AppError('NOT_FOUND');
      const scope = requireOwnAssignment(ctx, note.assignment_id);
      if (note.author_id !== scope.assessorId) throw new AppError('FORBIDDEN');
      if (note.deleted_at) {
        requireRecordable(ctx, scope);
        reviveRow(ctx.db, 'observation_note', id);
        appendAudit(ctx.db, {
          actorId: scope.assessorId,
          action: 'restore',
          entity: 'observation_note',
          entityId: id,
          newValue: { text: note.text, competency: note.competency, indicator: note.indicator, polarity: note.polarity },
        });
      }
      const row = findNote(ctx.db, id)!;
      const level = row.indicator ? (indicatorPlace(ctx.db, scope.batch.frameworkVersionId, row.indicator)?.level ?? null) : null;
      return toNoteView(row, level);
    })
    .immediate();
}
