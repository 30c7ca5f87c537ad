import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { nowIso } from './ids';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  old_value: string | null;
  new_value: string | null;
  prev_hash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function hashRow(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actor_id,
    row.action,
    row.entity,
    row.entity_id,
    row.old_value,
    row.new_value,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry chained to the previous one. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: nowIso(),
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    old_value: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
    new_value: entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
    prev_hash: last?.hash ?? GENESIS,
  };
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, old_value, new_value, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @action, @entity, @entity_id, @old_value, @new_value, @prev_hash, @hash)`,
  ).run({ ...row, hash: hashRow(row) });
}

export interface AuditProblem {
  seq: number;
  problem: 'hash-mismatch' | 'broken-link' | 'missing-entry';
}

/** Re-computes the chain; names every entry that was edited, removed or re-linked. */
export function verifyAudit(db: Db): { entries: number; problems: AuditProblem[] } {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) problems.push({ seq: expectedSeq, problem: 'missing-entry' });
    if (row.prev_hash !== prevHash) problems.push({ seq: row.seq, problem: 'broken-link' });
    const { hash, ...rest } = row;
    if (hashRow(rest) !== hash) problems.push({ seq: row.seq, problem: 'hash-mismatch' });
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { entries: rows.length, problems };
}
