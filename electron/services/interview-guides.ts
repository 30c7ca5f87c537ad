import fs from 'node:fs';
import { interviewGuide, interviewGuideSet, type InterviewGuide } from '../../shared/schemas/interview-guide';
import { resourcePath } from '../resources-path';
import { findBatch } from '../repositories/batch';
import { insertRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { batchStandard } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { invalidField, refusal } from './refusal';
import { isKetua, requireUser } from './workspace-access';
import { competencyNames } from './workspace-rubric';

export interface BatchGuide extends InterviewGuide {
  updatedAt: string;
  revision: number;
}

let seedCache: InterviewGuide[] | null = null;

/** The seeded BEI guides shipped in resources/ (read once; the file is validated by its schema). */
export function seedGuides(): InterviewGuide[] {
  seedCache ??= interviewGuideSet.parse(
    JSON.parse(fs.readFileSync(resourcePath('interview-guides', 'bei-asn.json'), 'utf8')),
  ).guides;
  return seedCache;
}

function requireBatchReader(ctx: ServiceContext, batchId: string): void {
  const user = requireUser(ctx);
  if (!ctx.db.prepare('SELECT 1 FROM batch WHERE id = ? AND deleted_at IS NULL').get(batchId))
    throw new AppError('NOT_FOUND');
  if (user.role === 'coordinator' || user.role === 'admin') return;
  if (
    !ctx.db
      .prepare('SELECT 1 FROM batch_member WHERE batch_id = ? AND user_id = ? AND deleted_at IS NULL')
      .get(batchId, user.id)
  )
    throw new AppError('FORBIDDEN');
}

interface GuideRow {
  id: string;
  competency: string;
  guide: string;
  updated_at: string;
  revision: number;
}

const rowsOf = (ctx: ServiceContext, batchId: string) =>
  ctx.db
    .prepare(
      'SELECT id, competency, guide, updated_at, revision FROM batch_interview_guide WHERE batch_id = ? AND deleted_at IS NULL',
    )
    .all(batchId) as GuideRow[];

/**
 * The batch's own interview guides, in the order of its standard. On first use the batch gets
 * a copy of the seeded guide of every competency it measures, so later edits stay in the batch.
 */
export function listGuides(ctx: ServiceContext, batchId: string): BatchGuide[] {
  requireBatchReader(ctx, batchId);
  const order = batchStandard(ctx.db, batchId).requirements.map((r) => r.competency);
  let rows = rowsOf(ctx, batchId);
  if (rows.length === 0) {
    ctx.db
      .transaction(() => {
        if (rowsOf(ctx, batchId).length > 0) return;
        for (const g of seedGuides())
          if (order.includes(g.competency))
            insertRow(ctx.db, 'batch_interview_guide', {
              batch_id: batchId,
              competency: g.competency,
              guide: JSON.stringify(g),
            });
      })
      .immediate();
    rows = rowsOf(ctx, batchId);
  }
  return rows
    .map((r) => ({ ...interviewGuide.parse(JSON.parse(r.guide)), updatedAt: r.updated_at, revision: r.revision }))
    .sort((a, b) => order.indexOf(a.competency) - order.indexOf(b.competency));
}

/**
 * Edits one guide of the batch (coordinator, admin or the batch's ketua). Allowed while the batch
 * is planned, running or in integration (an interview opened after the save shows the new text);
 * a closed batch keeps the guides its interviews were held with. `revision` is the one the editor
 * opened: when someone saved since, the save is refused (STALE) rather than overwriting theirs.
 */
export function saveGuide(
  ctx: ServiceContext,
  batchId: string,
  guide: InterviewGuide,
  revision: number | null,
): BatchGuide {
  const user = requireUser(ctx);
  if (user.role !== 'coordinator' && user.role !== 'admin' && !isKetua(ctx, batchId)) throw new AppError('FORBIDDEN');
  listGuides(ctx, batchId);
  return ctx.db.transaction(() => {
    const batch = findBatch(ctx.db, batchId)!;
    if (batch.status === 'closed') {
      throw refusal('batch.closedGuides');
    }
    if (!batchStandard(ctx.db, batchId).requirements.some((r) => r.competency === guide.competency)) {
      throw invalidField('competency', 'batch.notInStandard', { competency: guide.competency });
    }
    const before = rowsOf(ctx, batchId).find((r) => r.competency === guide.competency);
    if ((before?.revision ?? null) !== revision) {
      // The official competency names are Indonesian; they read the same in both languages.
      const name = competencyNames(ctx.db, batch.frameworkVersionId).get(guide.competency)?.id ?? guide.competency;
      throw new AppError('STALE', { what: `${name}, rev. ${before?.revision ?? '—'}` });
    }
    if (before) updateRow(ctx.db, 'batch_interview_guide', before.id, { guide: JSON.stringify(guide) });
    else
      insertRow(ctx.db, 'batch_interview_guide', {
        batch_id: batchId,
        competency: guide.competency,
        guide: JSON.stringify(guide),
      });
    appendAudit(ctx.db, {
      actorId: user.id,
      action: before ? 'update' : 'create',
      entity: 'batch_interview_guide',
      entityId: batchId,
      oldValue: before ? (JSON.parse(before.guide) as unknown) : undefined,
      newValue: guide,
    });
    return listGuides(ctx, batchId).find((g) => g.competency === guide.competency)!;
  })();
}
