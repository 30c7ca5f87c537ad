import { isAllowedLevel } from '../../shared/domain/evidence';
import { integrationFlags, suggestedLevel, type ExerciseRating } from '../../shared/domain/integration';
import { findScoringRule, type ScoringRule } from '../../shared/domain/scoring-rule';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { BatchSummary } from '../../shared/schemas/batch';
import type { DecideInput, IntegrationMatrix } from '../../shared/schemas/scoring';
import { batchExercises, batchParticipants, findBatch } from '../repositories/batch';
import { batchDecisions, batchLocks, findDecision, findLock } from '../repositories/integration';
import { evidenceCounts } from '../repositories/notes';
import { batchRatings } from '../repositories/ratings';
import { insertRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { batchStandard } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { batchStatus, fieldProblem, invalidField, refusal } from './refusal';
import { nowIso } from './ids';
import { isKetua, requireUser } from './workspace-access';
import { competencyNames } from './workspace-rubric';

type Cell = IntegrationMatrix['participants'][number]['cells'][number];

/**
 * The integration meeting belongs to the batch's ketua tim or a coordinator, and only once the
 * batch is in integration: before that nobody sees one assessor's ratings beside another's.
 */
function requireLead(
  ctx: ServiceContext,
  batchId: string,
  statuses: BatchSummary['status'][] = ['integration'],
): { batch: BatchSummary; rule: ScoringRule; userId: string } {
  const user = requireUser(ctx);
  const batch = findBatch(ctx.db, batchId);
  if (!batch) throw new AppError('NOT_FOUND');
  if (user.role !== 'coordinator' && !isKetua(ctx, batchId)) throw new AppError('FORBIDDEN');
  if (!statuses.includes(batch.status)) {
    const wanted = (language: Language) =>
      statuses.map((s) => `"${batchStatus(s)(language)}"`).join(translate(language, 'refusals.scoring.or'));
    throw refusal('scoring.integrationStatus', { status: batchStatus(batch.status), wanted });
  }
  const rule = findScoringRule(batch.scoringRuleVersion);
  if (!rule) throw refusal('batch.unknownRule', { rule: batch.scoringRuleVersion });
  return { batch, rule, userId: user.id };
}

export function ruleStatement(rule: ScoringRule, language: Language): string {
  const t = (k: string) => translate(language, `scoring.rule.${k}`);
  return translate(language, 'scoring.rule.statement', {
    aggregation: t(rule.aggregation),
    step: t(rule.halfLevels ? 'half' : 'whole'),
    tie: t(rule.rounding === 'half-up' ? 'halfUp' : 'halfDown'),
    version: rule.version,
  });
}

/** Rows grouped by a key, in their original order (Map.groupBy arrives with Node 21). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * The meeting's matrix: every participant (or only `onlyParticipant`, for a decision or a lock)
 * × every competency of the standard. The batch's rows are read once and indexed, so the work
 * grows with the batch, not with its square.
 */
function buildMatrix(
  ctx: ServiceContext,
  batch: BatchSummary,
  rule: ScoringRule,
  onlyParticipant?: string,
): IntegrationMatrix {
  const requirements = batchStandard(ctx.db, batch.id).requirements;
  const names = competencyNames(ctx.db, batch.frameworkVersionId);
  const exercises = batchExercises(ctx.db, batch.id);
  const exerciseName = new Map(exercises.map((e) => [e.id, e.name]));
  const assignments = ctx.db
    .prepare('SELECT participant_id, exercise_id FROM assignment WHERE batch_id = ? AND deleted_at IS NULL')
    .all(batch.id) as { participant_id: string; exercise_id: string }[];
  // Only submitted ratings reach the meeting: work in progress is the assessor's own.
  const ratings = groupBy(
    batchRatings(ctx.db, batch.id).filter((r) => r.status === 'submitted'),
    (r) => `${r.participant_id}|${r.competency}`,
  );
  const assignmentsOf = groupBy(assignments, (a) => a.participant_id);
  const evidence = evidenceCounts(ctx.db, batch.id);
  const decisions = new Map(batchDecisions(ctx.db, batch.id).map((d) => [`${d.participant_id}|${d.competency}`, d]));
  const locks = new Map(batchLocks(ctx.db, batch.id).map((l) => [l.participant_id, l]));

  const members = batchParticipants(ctx.db, batch.id);
  const participants = (onlyParticipant ? members.filter((p) => p.participantId === onlyParticipant) : members).map(
    (p) => {
      const taken = new Set((assignmentsOf.get(p.participantId) ?? []).map((a) => a.exercise_id));
      const cells: Cell[] = requirements.map((req) => {
        const mine = ratings.get(`${p.participantId}|${req.competency}`) ?? [];
        const expected = exercises
          .filter((e) => taken.has(e.id) && e.competencies.includes(req.competency))
          .map((e) => e.id);
        const domain: ExerciseRating[] = mine.map((r) => ({
          exercise: r.exercise_id,
          assessor: r.assessor_id,
          level: r.level,
        }));
        const d = decisions.get(`${p.participantId}|${req.competency}`);
        return {
          competency: req.competency,
          requiredLevel: req.level,
          ratings: mine.map((r) => ({
            assignmentId: r.assignment_id,
            exerciseId: r.exercise_id,
            exerciseName: exerciseName.get(r.exercise_id) ?? r.exercise_id,
            assessorId: r.assessor_id,
            assessorName: r.assessor_name,
            level: r.level,
            evidenceCount: evidence.get(`${r.assignment_id}|${r.competency}`) ?? 0,
            ratedWithoutEvidence: r.rated_without_evidence === 1,
            rationale: r.rationale,
          })),
          flags: integrationFlags(domain, expected),
          suggestedLevel: suggestedLevel(domain, rule),
          decision: d
            ? {
                finalLevel: d.final_level,
                suggestedLevel: d.suggested_level,
                rule: d.rule,
                rationale: d.rationale,
                decidedBy: d.decided_by,
                decidedByName: d.decided_by_name,
                decidedAt: d.decided_at,
              }
            : null,
        };
      });
      const lock = locks.get(p.participantId);
      return {
        participantId: p.participantId,
        nip: p.nip,
        name: p.name,
        lock: lock ? { lockedAt: lock.locked_at, lockedBy: lock.locked_by, signOffName: lock.sign_off_name } : null,
        cells,
      };
    },
  );

  return {
    batchId: batch.id,
    batchStatus: batch.status,
    rule: {
      version: rule.version,
      aggregation: rule.aggregation,
      rounding: rule.rounding,
      halfLevels: rule.halfLevels,
      statement: { id: ruleStatement(rule, 'id'), en: ruleStatement(rule, 'en') },
    },
    exercises: exercises.map((e) => ({ id: e.id, name: e.name, competencies: e.competencies })),
    competencies: requirements.map((r) => ({
      competency: r.competency,
      name: names.get(r.competency) ?? { id: r.competency, en: r.competency },
      requiredLevel: r.level,
    })),
    participants,
  };
}

export function integrationMatrix(ctx: ServiceContext, batchId: string): IntegrationMatrix {
  const { batch, rule } = requireLead(ctx, batchId, ['integration', 'closed']);
  return buildMatrix(ctx, batch, rule);
}

function requireUnlocked(ctx: ServiceContext, batchId: string, participantId: string): void {
  if (findLock(ctx.db, batchId, participantId)) {
    throw refusal('scoring.lockedForDecision');
  }
}

/** The agreed final level; a rationale is required when it differs from the suggestion. */
export function decide(ctx: ServiceContext, input: DecideInput): Cell {
  return ctx.db.transaction(() => {
    const { batch, rule, userId } = requireLead(ctx, input.batchId);
    requireUnlocked(ctx, batch.id, input.participantId);
    const row = buildMatrix(ctx, batch, rule, input.participantId).participants[0];
    if (!row) throw invalidField('participantId', 'scoring.notBatchParticipant');
    const cell = row.cells.find((c) => c.competency === input.competency);
    if (!cell)
      throw invalidField('competency', 'batch.notInStandard', { competency: input.competency });
    if (!isAllowedLevel(input.finalLevel, rule.halfLevels)) {
      throw invalidField('finalLevel', rule.halfLevels ? 'scoring.levelHalf' : 'scoring.levelWhole');
    }
    if (input.finalLevel !== cell.suggestedLevel && input.rationale.length === 0) {
      throw cell.suggestedLevel === null
        ? invalidField('rationale', 'scoring.rationaleNoSuggestion')
        : invalidField('rationale', 'scoring.rationaleDiffers', { level: cell.suggestedLevel });
    }
    const before = findDecision(ctx.db, batch.id, input.participantId, input.competency);
    const values = {
      suggested_level: cell.suggestedLevel,
      rule: rule.version,
      final_level: input.finalLevel,
      rationale: input.rationale,
      decided_by: userId,
      decided_at: nowIso(),
    };
    if (before) updateRow(ctx.db, 'integration_decision', before.id, values);
    else
      insertRow(ctx.db, 'integration_decision', {
        batch_id: batch.id,
        participant_id: input.participantId,
        competency: input.competency,
        ...values,
      });
    const after = findDecision(ctx.db, batch.id, input.participantId, input.competency)!;
    appendAudit(ctx.db, {
      actorId: userId,
      action: before ? 'update' : 'create',
      entity: 'integration_decision',
      entityId: after.id,
      oldValue: before
        ? {
            finalLevel: before.final_level,
            rationale: before.rationale,
            decidedBy: before.decided_by,
            decidedAt: before.decided_at,
          }
        : undefined,
      newValue: {
        participantId: input.participantId,
        competency: input.competency,
        suggestedLevel: cell.suggestedLevel,
        finalLevel: input.finalLevel,
        rationale: input.rationale,
      },
    });
    return buildMatrix(ctx, batch, rule, input.participantId).participants[0]!.cells.find(
      (c) => c.competency === input.competency,
    )!;
  })();
}

/** Lock and sign-off: every competency of the standard decided; afterwards decisions are refused. */
export function lockParticipant(
  ctx: ServiceContext,
  batchId: string,
  participantId: string,
  signOffName: string,
): { lockedAt: string } {
  return ctx.db.transaction(() => {
    const { batch, rule, userId } = requireLead(ctx, batchId);
    requireUnlocked(ctx, batch.id, participantId);
    const row = buildMatrix(ctx, batch, rule, participantId).participants[0];
    if (!row) throw invalidField('participantId', 'scoring.notBatchParticipant');
    const undecided = row.cells.filter((c) => !c.decision);
    if (undecided.length)
      throw new AppError(
        'VALIDATION',
        {},
        undecided.map((c) => fieldProblem(`decisions.${c.competency}`, 'scoring.notDecided', { competency: c.competency })),
      );
    const lockedAt = nowIso();
    const id = insertRow(ctx.db, 'integration_lock', {
      batch_id: batch.id,
      participant_id: participantId,
      locked_at: lockedAt,
      locked_by: userId,
      sign_off_name: signOffName,
    });
    appendAudit(ctx.db, {
      actorId: userId,
      action: 'lock',
      entity: 'integration_lock',
      entityId: id,
      newValue: {
        batchId,
        participantId,
        signOffName,
        finalLevels: Object.fromEntries(row.cells.map((c) => [c.competency, c.decision!.finalLevel])),
      },
    });
    return { lockedAt };
  })();
}

export function unlockParticipant(ctx: ServiceContext, batchId: string, participantId: string, reason: string): void {
  ctx.db.transaction(() => {
    const { batch, userId } = requireLead(ctx, batchId);
    const lock = findLock(ctx.db, batch.id, participantId);
    if (!lock) throw refusal('scoring.notLocked');
    tombstoneRow(ctx.db, 'integration_lock', lock.id);
    appendAudit(ctx.db, {
      actorId: userId,
      action: 'unlock',
      entity: 'integration_lock',
      entityId: lock.id,
      oldValue: { lockedAt: lock.locked_at, lockedBy: lock.locked_by, signOffName: lock.sign_off_name },
      newValue: { reason },
    });
  })();
}
