import type { BatchDetail, BatchInput, BatchSummary } from '../../shared/schemas/batch';
import { BATCH_STATUSES } from '../../shared/schemas/batch';
import { findScoringRule } from '../../shared/domain/scoring-rule';
import { batchAssignments, batchExercises, batchParticipants, batchTeam, findBatch, listBatchRows } from '../repositories/batch';
import { insertRow, reviveRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import { batchStandard, standardForBatch } from './batch-standard';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { batchStatus, invalidField, refusal } from './refusal';

export function listBatches(ctx: ServiceContext): BatchSummary[] {
  return listBatchRows(ctx.db);
}

export function requireBatch(ctx: ServiceContext, id: string): BatchSummary {
  const batch = findBatch(ctx.db, id);
  if (!batch) throw new AppError('NOT_FOUND');
  return batch;
}

/** Only a batch still being planned may change its plan; later stages keep it fixed. */
export function requirePlanning(ctx: ServiceContext, id: string): BatchSummary {
  const batch = requireBatch(ctx, id);
  if (batch.status !== 'planning') {
    throw refusal('batch.notPlanning', { status: batchStatus(batch.status) });
  }
  return batch;
}

export function getBatch(ctx: ServiceContext, id: string): BatchDetail {
  const batch = requireBatch(ctx, id);
  return {
    ...batch,
    team: batchTeam(ctx.db, id).map(({ userId, role, displayName }) => ({ userId, role, displayName })),
    participants: batchParticipants(ctx.db, id).map(({ participantId, number, nip, name, unit }) => ({ participantId, number, nip, name, unit })),
    exercises: batchExercises(ctx.db, id),
    assignments: batchAssignments(ctx.db, id),
    competencies: batchStandard(ctx.db, id).requirements.map((r) => ({ code: r.competency, level: r.level })),
  };
}

/** A batch records the framework version and scoring rule in force when it is created. */
export function createBatch(ctx: ServiceContext, input: BatchInput): BatchSummary {
  if (!findScoringRule(input.scoringRuleVersion)) {
    throw invalidField('scoringRuleVersion', 'batch.unknownRule', { rule: input.scoringRuleVersion });
  }
  return ctx.db.transaction(() => {
    const standard = standardForBatch(ctx.db, input.standardId);
    const id = insertRow(ctx.db, 'batch', {
      name: input.name,
      purpose: input.purpose,
      standard_id: input.standardId,
      framework_version_id: standard.frameworkVersionId,
      scoring_rule_version: input.scoringRuleVersion,
      standard_snapshot: JSON.stringify(standard.snapshot),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      venue: input.venue,
      status: 'planning',
    });
    standard.markUsed(`batch:${id}`, ctx.session.user?.id ?? null);
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'create', entity: 'batch', entityId: id, newValue: input });
    return findBatch(ctx.db, id)!;
  })();
}

export function updateBatch(ctx: ServiceContext, id: string, input: Omit<BatchInput, 'standardId'>): BatchSummary {
  return ctx.db.transaction(() => {
    const before = requirePlanning(ctx, id);
    if (!findScoringRule(input.scoringRuleVersion)) throw invalidField('scoringRuleVersion', 'batch.unknownRule', { rule: input.scoringRuleVersion });
    updateRow(ctx.db, 'batch', id, {
      name: input.name,
      purpose: input.purpose,
      scoring_rule_version: input.scoringRuleVersion,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      venue: input.venue,
    });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'update', entity: 'batch', entityId: id, oldValue: before, newValue: input });
    return findBatch(ctx.db, id)!;
  })();
}

/** Status moves one step forward, or one step back with an audit trail (e.g. reopening integration). */
export function setBatchStatus(ctx: ServiceContext, id: string, status: BatchSummary['status']): BatchSummary {
  return ctx.db.transaction(() => {
    const batch = requireBatch(ctx, id);
    const from = BATCH_STATUSES.indexOf(batch.status);
    const to = BATCH_STATUSES.indexOf(status);
    if (Math.abs(to - from) !== 1) {
      throw refusal('batch.statusStep', { from: batchStatus(batch.status), to: batchStatus(status) });
    }
    updateRow(ctx.db, 'batch', id, { status });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'status', entity: 'batch', entityId: id, oldValue: batch.status, newValue: status });
    return findBatch(ctx.db, id)!;
  })();
}

export function setTeam(ctx: ServiceContext, batchId: string, members: { userId: string; role: BatchDetail['team'][number]['role'] }[]): void {
  ctx.db.transaction(() => {
    requireBatch(ctx, batchId);
    const existing = ctx.db
      .prepare('SELECT id, user_id, role, deleted_at FROM batch_member WHERE batch_id = ?')
      .all(batchId) as { id: string; user_id: string; role: string; deleted_at: string | null }[];
    const wanted = new Set(members.map((m) => `${m.userId}|${m.role}`));
    for (const row of existing) if (row.deleted_at === null && !wanted.has(`${row.user_id}|${row.role}`)) tombstoneRow(ctx.db, 'batch_member', row.id);
    for (const m of members) {
      const user = ctx.db.prepare('SELECT id FROM user WHERE id = ? AND deleted_at IS NULL').get(m.userId);
      if (!user) throw invalidField('members', 'batch.unknownUser', { id: m.userId });
      const row = existing.find((r) => r.user_id === m.userId && r.role === m.role);
      if (!row) insertRow(ctx.db, 'batch_member', { batch_id: batchId, user_id: m.userId, role: m.role });
      else if (row.deleted_at !== null) reviveRow(ctx.db, 'batch_member', row.id);
    }
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'team', entity: 'batch', entityId: batchId, newValue: members });
  })();
}

export function addParticipants(ctx: ServiceContext, batchId: string, participantIds: string[]): number {
  return ctx.db.transaction(() => {
    requirePlanning(ctx, batchId);
    let next = ((ctx.db.prepare('SELECT MAX(number) AS n FROM batch_participant WHERE batch_id = ?').get(batchId) as { n: number | null }).n ?? 0) + 1;
    let added = 0;
    for (const pid of participantIds) {
      if (!ctx.db.prepare('SELECT 1 FROM participant WHERE id = ? AND deleted_at IS NULL').get(pid)) {
        throw invalidField('participantIds', 'batch.unknownParticipant', { id: pid });
      }
      const row = ctx.db.prepare('SELECT id, deleted_at FROM batch_participant WHERE batch_id = ? AND participant_id = ?').get(batchId, pid) as
        | { id: string; deleted_at: string | null }
        | undefined;
      if (row && row.deleted_at === null) continue;
      if (row) reviveRow(ctx.db, 'batch_participant', row.id, { number: next++ });
      else insertRow(ctx.db, 'batch_participant', { batch_id: batchId, participant_id: pid, number: next++ });
      added++;
    }
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'add-participants', entity: 'batch', entityId: batchId, newValue: participantIds });
    return added;
  })();
}

export function removeParticipant(ctx: ServiceContext, batchId: string, participantId: string): void {
  ctx.db.transaction(() => {
    requirePlanning(ctx, batchId);
    const row = ctx.db
      .prepare('SELECT id FROM batch_participant WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL')
      .get(batchId, participantId) as { id: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    tombstoneRow(ctx.db, 'batch_participant', row.id);
    for (const a of ctx.db.prepare('SELECT id FROM assignment WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL').all(batchId, participantId) as { id: string }[]) {
      tombstoneRow(ctx.db, 'assignment', a.id);
    }
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'remove-participant', entity: 'batch', entityId: batchId, oldValue: participantId });
  })();
}
