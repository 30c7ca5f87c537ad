import { computeJpm, type CompetencyScore } from '../../shared/domain/jpm';
import { nineBox, potentialBand, potentialScore } from '../../shared/domain/nine-box';
import { findScoringRule, type ScoringRule } from '../../shared/domain/scoring-rule';
import { canReuse, validUntil } from '../../shared/domain/validity';
import { CATEGORIES, type ResultsMatrix, type ResultView } from '../../shared/schemas/results';
import type { BatchSummary } from '../../shared/schemas/batch';
import { batchParticipants } from '../repositories/batch';
import { batchResults, findResult, lockedFinalLevels, resultsByNip, toResultView, type ResultJoined } from '../repositories/result';
import { insertRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { batchStandard } from './batch-standard';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { refusal } from './refusal';
import { nowIso } from './ids';
import { potentialBands } from './nine-box';
import { competencyNames } from './workspace-rubric';

export const today = (): string => nowIso().slice(0, 10);
const actor = (ctx: ServiceContext) => ctx.session.user?.id ?? null;

export function batchRuleOf(batch: BatchSummary): ScoringRule {
  const rule = findScoringRule(batch.scoringRuleVersion);
  if (!rule) throw refusal('batch.unknownRule', { rule: batch.scoringRuleVersion });
  return rule;
}

export interface PendingParticipant {
  participantId: string;
  number: number;
  nip: string;
  name: string;
  hasResult: boolean;
}

function pendingOf(ctx: ServiceContext, batchId: string): PendingParticipant[] {
  const locked = lockedFinalLevels(ctx.db, batchId);
  const withResult = new Set(batchResults(ctx.db, batchId).map((r) => r.participant_id));
  return batchParticipants(ctx.db, batchId)
    .filter((p) => !locked.has(p.participantId))
    .map((p) => ({ participantId: p.participantId, number: p.number, nip: p.nip, name: p.name, hasResult: withResult.has(p.participantId) }));
}

/** The stored columns a computation decides; compared field by field so an unchanged result is not rewritten. */
type Computed = Record<string, string | number | null>;

/**
 * Results from the LOCKED final levels only, with the batch's purpose, scoring rule and
 * standard snapshot (weights included). Idempotent: a result whose numbers did not change
 * keeps its revision. Kinerja and potensi entered later are kept; band and box follow them.
 */
export function computeResults(ctx: ServiceContext, batchId: string): { computed: number; changed: number; unchanged: number; pending: PendingParticipant[] } {
  return ctx.db.transaction(() => {
    const batch = requireBatch(ctx, batchId);
    const rule = batchRuleOf(batch);
    const standard = batchStandard(ctx.db, batchId);
    const levels = lockedFinalLevels(ctx.db, batchId);
    const bands = potentialBands(ctx.db);
    const assessedOn = batch.endsOn;
    let changed = 0;
    let unchanged = 0;
    for (const p of batchParticipants(ctx.db, batchId)) {
      const final = levels.get(p.participantId);
      if (!final) continue;
      const scores: CompetencyScore[] = standard.requirements.map((r) => {
        const achieved = final.get(r.competency);
        if (achieved === undefined) throw refusal('results.noFinalLevel', { nip: p.nip, competency: r.competency });
        return { competency: r.competency, required: r.level, achieved, weight: r.weight ?? undefined };
      });
      const jpm = computeJpm(scores, batch.purpose, rule);
      const before = findResult(ctx.db, batchId, p.participantId);
      const band = potentialBand(potentialScore(jpm.jpm, before?.potensi_score ?? null, bands), bands);
      const values: Computed = {
        rule_version: jpm.ruleVersion,
        purpose: batch.purpose,
        jenjang: standard.jenjang,
        total_achieved: jpm.totalAchieved,
        total_required: jpm.totalRequired,
        jpm: jpm.jpm,
        ikk: jpm.ikk,
        category: jpm.category,
        gaps: JSON.stringify(jpm.gaps),
        potential_band: band,
        nine_box: before?.kinerja ? nineBox(before.kinerja, band) : null,
        assessed_on: assessedOn,
        valid_until: validUntil(assessedOn),
      };
      if (before && Object.entries(values).every(([k, v]) => (before as unknown as Computed)[k] === v)) {
        unchanged++;
        continue;
      }
      changed++;
      const computedAt = nowIso();
      let id: string;
      if (before) {
        id = before.id;
        updateRow(ctx.db, 'result', id, { ...values, computed_at: computedAt });
      } else {
        id = insertRow(ctx.db, 'result', { batch_id: batchId, participant_id: p.participantId, ...values, computed_at: computedAt });
      }
      appendAudit(ctx.db, {
        actorId: actor(ctx),
        action: before ? 'recompute' : 'compute',
        entity: 'result',
        entityId: id,
        oldValue: before ? { jpm: before.jpm, category: before.category, ruleVersion: before.rule_version } : undefined,
        newValue: { batchId, participantId: p.participantId, jpm: jpm.jpm, category: jpm.category, ruleVersion: jpm.ruleVersion },
      });
    }
    return { computed: changed + unchanged, changed, unchanged, pending: pendingOf(ctx, batchId) };
  })();
}

export function requireResult(ctx: ServiceContext, batchId: string, participantId: string): ResultJoined {
  const r = findResult(ctx.db, batchId, participantId);
  if (!r) throw new AppError('NOT_FOUND');
  return r;
}

/** The Hasil screen: participants × competencies, category distribution, average gap per competency. */
export function resultsMatrix(ctx: ServiceContext, batchId: string): ResultsMatrix {
  const batch = requireBatch(ctx, batchId);
  const standard = batchStandard(ctx.db, batchId);
  const names = competencyNames(ctx.db, batch.frameworkVersionId);
  const day = today();
  const rows = batchResults(ctx.db, batchId).map((r) => toResultView(r, day));
  const categories = CATEGORIES.filter((c) => (batch.purpose === 'pengisian' ? ['MS', 'MMS', 'KMS'] : ['O', 'CO', 'KO']).includes(c));
  return {
    batchId,
    purpose: batch.purpose,
    ruleVersion: batch.scoringRuleVersion,
    competencies: standard.requirements.map((r) => ({ competency: r.competency, name: names.get(r.competency) ?? { id: r.competency, en: r.competency }, required: r.level })),
    rows,
    pending: pendingOf(ctx, batchId),
    distribution: categories.map((category) => ({ category, count: rows.filter((r) => r.category === category).length })),
    averageGap: standard.requirements.map((req) => {
      const gaps = rows.flatMap((r) => r.gaps.filter((g) => g.competency === req.competency).map((g) => g.gap));
      return { competency: req.competency, average: gaps.length ? Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 100) / 100 : null };
    }),
  };
}

/** One participant's rows for the profile chart (required vs achieved). */
export function resultProfile(ctx: ServiceContext, batchId: string, participantId: string) {
  const batch = requireBatch(ctx, batchId);
  const result = toResultView(requireResult(ctx, batchId, participantId), today());
  const names = competencyNames(ctx.db, batch.frameworkVersionId);
  return {
    result,
    rows: result.gaps.map((g) => ({ ...g, label: names.get(g.competency) ?? { id: g.competency, en: g.competency } })),
  };
}

/** Still-valid results of this NIP for the same jenjang, newest first (BKN FAQ, domain.md §2.9). */
export function reusableResults(ctx: ServiceContext, nip: string, jenjang: string): ResultView[] {
  const day = today();
  return resultsByNip(ctx.db, nip.replace(/\D/g, ''))
    .filter((r) => canReuse({ jenjang: r.jenjang, assessedOn: r.assessed_on }, { jenjang }, day))
    .map((r) => toResultView(r, day));
}
