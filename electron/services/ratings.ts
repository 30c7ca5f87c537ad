import {
  evidenceSuggestedLevel,
  isAllowedLevel,
  rationaleReason,
  type LevelEvidence,
} from '../../shared/domain/evidence';
import { findScoringRule, type ScoringRule } from '../../shared/domain/scoring-rule';
import type { RatingSaveInput, RatingView } from '../../shared/schemas/scoring';
import { liveNotes } from '../repositories/notes';
import { findLiveRating, liveRatings, toRatingView } from '../repositories/ratings';
import { insertRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { fieldProblem, invalidField, refusal } from './refusal';
import { nowIso } from './ids';
import { indicatorLevels } from './workspace-rubric';
import {
  isKetua,
  loadAssignment,
  requireOwnAssignment,
  requireRecordable,
  requireUser,
  type AssignmentScope,
} from './workspace-access';

export interface CompetencyEvidence {
  taggedNotes: number;
  positive: number;
  negative: number;
  evidenceLevel: number | null;
}

/** The evidence tagged so far in one assignment, per competency, and what it suggests. */
export function assignmentEvidence(ctx: ServiceContext, scope: AssignmentScope): Map<string, CompetencyEvidence> {
  const levels = indicatorLevels(ctx.db, scope.batch.frameworkVersionId);
  const byCompetency = new Map<
    string,
    { tagged: number; positive: number; negative: number; levels: LevelEvidence[] }
  >();
  for (const n of liveNotes(ctx.db, scope.id)) {
    if (!n.competency) continue;
    const e = byCompetency.get(n.competency) ?? { tagged: 0, positive: 0, negative: 0, levels: [] };
    e.tagged++;
    if (n.polarity === 'positive') e.positive++;
    if (n.polarity === 'negative') e.negative++;
    const level = n.indicator ? levels.get(n.indicator) : undefined;
    if (level !== undefined && n.polarity) e.levels.push({ level, polarity: n.polarity });
    byCompetency.set(n.competency, e);
  }
  return new Map(
    scope.competencies.map((c) => {
      const e = byCompetency.get(c);
      return [
        c,
        {
          taggedNotes: e?.tagged ?? 0,
          positive: e?.positive ?? 0,
          negative: e?.negative ?? 0,
          evidenceLevel: evidenceSuggestedLevel(e?.levels ?? []),
        },
      ];
    }),
  );
}

export function batchRule(scope: AssignmentScope): ScoringRule {
  const rule = findScoringRule(scope.batch.scoringRuleVersion);
  if (!rule) throw refusal('batch.unknownRule', { rule: scope.batch.scoringRuleVersion });
  return rule;
}

const RATIONALE_MESSAGES = {
  'no-evidence': 'scoring.rationaleNoEvidence',
  'departs-from-evidence': 'scoring.rationaleDeparts',
} as const;

export function saveRating(ctx: ServiceContext, input: RatingSaveInput): RatingView {
  return ctx.db.transaction(() => {
    const scope = requireOwnAssignment(ctx, input.assignmentId);
    requireRecordable(ctx, scope);
    if (!scope.competencies.includes(input.competency)) {
      throw invalidField('competency', 'scoring.notMeasured', { competency: input.competency });
    }
    const rule = batchRule(scope);
    if (!isAllowedLevel(input.level, rule.halfLevels))
      throw invalidField('level', rule.halfLevels ? 'scoring.levelHalf' : 'scoring.levelWhole');
    const evidence = assignmentEvidence(ctx, scope).get(input.competency)!;
    const reason = rationaleReason({
      taggedNotes: evidence.taggedNotes,
      evidenceLevel: evidence.evidenceLevel,
      level: input.level,
    });
    if (reason && input.rationale.length === 0)
      throw invalidField('rationale', RATIONALE_MESSAGES[reason]);
    const values = {
      level: input.level,
      rationale: input.rationale,
      rated_without_evidence: evidence.taggedNotes === 0 ? 1 : 0,
      evidence_level: evidence.evidenceLevel,
    };
    const before = findLiveRating(ctx.db, scope.id, input.competency);
    if (before) updateRow(ctx.db, 'rating', before.id, values);
    else insertRow(ctx.db, 'rating', { assignment_id: scope.id, competency: input.competency, ...values });
    if (scope.status === 'not-started') updateRow(ctx.db, 'assignment', scope.id, { status: 'in-progress' });
    const after = findLiveRating(ctx.db, scope.id, input.competency)!;
    appendAudit(ctx.db, {
      actorId: scope.assessorId,
      action: before ? 'update' : 'create',
      entity: 'rating',
      entityId: after.id,
      oldValue: before ? toRatingView(before) : undefined,
      newValue: { assignmentId: scope.id, ...toRatingView(after) },
    });
    return toRatingView(after);
  })();
}

export function listRatings(ctx: ServiceContext, assignmentId: string): RatingView[] {
  const scope = requireOwnAssignment(ctx, assignmentId);
  return liveRatings(ctx.db, scope.id).map(toRatingView);
}

/** Submit: every competency of the exercise rated → submitted, and the ratings are locked. */
export function submitRatings(ctx: ServiceContext, assignmentId: string): { submittedAt: string } {
  return ctx.db.transaction(() => {
    const scope = requireOwnAssignment(ctx, assignmentId);
    requireRecordable(ctx, scope);
    const rated = new Set(liveRatings(ctx.db, scope.id).map((r) => r.competency));
    const missing = scope.competencies.filter((c) => !rated.has(c));
    if (missing.length)
      throw new AppError(
        'VALIDATION',
        {},
        missing.map((c) => fieldProblem(`ratings.${c}`, 'scoring.notRated', { competency: c })),
      );
    const submittedAt = nowIso();
    updateRow(ctx.db, 'assignment', scope.id, { status: 'submitted', submitted_at: submittedAt });
    appendAudit(ctx.db, {
      actorId: scope.assessorId,
      action: 'submit',
      entity: 'assignment',
      entityId: scope.id,
      oldValue: { status: scope.status },
      newValue: { status: 'submitted', submittedAt },
    });
    return { submittedAt };
  })();
}

/** Reopening submitted ratings is for a coordinator, an admin or the batch's ketua, with a reason. */
export function reopenRatings(ctx: ServiceContext, assignmentId: string, reason: string): void {
  ctx.db.transaction(() => {
    const user = requireUser(ctx);
    const scope = loadAssignment(ctx, assignmentId);
    if (user.role !== 'coordinator' && user.role !== 'admin' && !isKetua(ctx, scope.batch.id))
      throw new AppError('FORBIDDEN');
    if (scope.status !== 'submitted') throw refusal('scoring.notSubmitted');
    if (
      ctx.db
        .prepare('SELECT 1 FROM integration_lock WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL')
        .get(scope.batch.id, scope.participantId)
    ) {
      throw refusal('scoring.lockedUnlockFirst');
    }
    updateRow(ctx.db, 'assignment', scope.id, { status: 'in-progress', submitted_at: null });
    appendAudit(ctx.db, {
      actorId: user.id,
      action: 'reopen',
      entity: 'assignment',
      entityId: scope.id,
      oldValue: { status: 'submitted', submittedAt: scope.submittedAt },
      newValue: { status: 'in-progress', reason },
    });
  })();
}
