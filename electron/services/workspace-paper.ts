import { translate } from '../../shared/i18n/translate';
import type { WorkspaceItem } from '../../shared/schemas/scoring';
import { buildPaperForm, type PaperFormData } from '../pdf/builders/paper-form';
import { renderPdf } from '../pdf/render';
import type { ServiceContext } from './context';
import { documentMeta } from './documents';
import { AppError } from './errors';
import { invalidField, refusal } from './refusal';
import { getLanguage } from './settings';
import { competencyScale } from './workspace-rubric';
import { isKetua, itemRows, loadAssignment, requireUser, toItem, type AssignmentScope } from './workspace-access';
import { findBatch } from '../repositories/batch';

/**
 * The code printed under the QR: the LAST 8 hex digits of the id. Ids are UUID v7, whose first
 * digits are a timestamp, so assignments made by one auto-assign share their first 8 digits;
 * the last ones are random.
 */
export function assignmentShortCode(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}

function canPrint(ctx: ServiceContext, scope: AssignmentScope): boolean {
  const user = requireUser(ctx);
  return (
    user.role === 'coordinator' || user.role === 'admin' || scope.assessorId === user.id || isKetua(ctx, scope.batch.id)
  );
}

export function paperFormData(ctx: ServiceContext, scope: AssignmentScope): PaperFormData {
  const assessor = ctx.db.prepare('SELECT display_name FROM user WHERE id = ?').get(scope.assessorId) as {
    display_name: string;
  };
  const { item } = scope;
  return {
    assignmentId: scope.id,
    shortCode: assignmentShortCode(scope.id),
    batchName: scope.batch.name,
    participant: { name: item.participant.name, nip: item.participant.nip },
    exercise: { name: item.exercise.name, durationMinutes: item.exercise.durationMinutes },
    assessor: assessor.display_name,
    slot:
      item.day && item.start && item.end ? { day: item.day, start: item.start, end: item.end, room: item.room } : null,
    competencies: scope.competencies.map((c) => competencyScale(ctx.db, scope.batch.frameworkVersionId, c)),
  };
}

/** The blank paper form of one assignment as PDF bytes. */
export async function paperForm(ctx: ServiceContext, assignmentId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const scope = loadAssignment(ctx, assignmentId);
  if (!canPrint(ctx, scope)) throw new AppError('FORBIDDEN');
  const data = paperFormData(ctx, scope);
  const language = getLanguage(ctx.db);
  const meta = documentMeta(ctx.db, { kind: 'LOP', title: translate(language, 'scoring.paper.title'), language, data });
  const pdf = await renderPdf(buildPaperForm(meta, data));
  const safe = `${data.participant.nip}-${data.exercise.name}`.replace(/[^A-Za-z0-9-]+/g, '-');
  return { fileName: `lembar-observasi-${safe}-${data.shortCode}.pdf`, pdf };
}

/**
 * Keyboard re-entry of a paper form: the full id from the QR, or 8+ characters of it (the
 * printed code is its end; the start is accepted too). Assessors find only their own forms.
 */
export function findForReentry(
  ctx: ServiceContext,
  code: string,
): { assignmentId: string; shortCode: string; item: WorkspaceItem } {
  const user = requireUser(ctx);
  const wanted = code.trim().toLowerCase().replace(/[\s-]/g, '');
  if (!/^[0-9a-f]{8,32}$/.test(wanted)) {
    throw invalidField('code', 'scoring.paperCode');
  }
  const own = user.role === 'assessor';
  const rows = itemRows(ctx, own ? 's.assessor_id = ?' : '1 = 1', ...(own ? [user.id] : [])).filter((r) => {
    const hex = r.id.replace(/-/g, '').toLowerCase();
    return hex.startsWith(wanted) || hex.endsWith(wanted);
  });
  if (rows.length === 0) throw new AppError('NOT_FOUND');
  // Several forms share the prefix (UUID v7 ids made together start alike): not a duplicate, ask for more.
  if (rows.length > 1) throw refusal('scoring.paperAmbiguous', { count: rows.length, code: code.trim() });
  const row = rows[0]!;
  const batch = findBatch(ctx.db, row.batch_id)!;
  return { assignmentId: row.id, shortCode: assignmentShortCode(row.id), item: toItem(row, batch) };
}
