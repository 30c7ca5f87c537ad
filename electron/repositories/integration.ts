import type { Db } from '../db/connection';

export interface DecisionRow {
  id: string;
  batch_id: string;
  participant_id: string;
  competency: string;
  suggested_level: number | null;
  rule: string;
  final_level: number;
  rationale: string;
  decided_by: string;
  decided_by_name: string;
  decided_at: string;
}

export interface LockRow {
  id: string;
  participant_id: string;
  locked_at: string;
  locked_by: string;
  sign_off_name: string;
}

export function batchDecisions(db: Db, batchId: string): DecisionRow[] {
  return db
    .prepare(
      `SELECT d.*, u.display_name AS decided_by_name FROM integration_decision d JOIN user u ON u.id = d.decided_by
       WHERE d.batch_id = ? AND d.deleted_at IS NULL`,
    )
    .all(batchId) as DecisionRow[];
}

export function findDecision(
  db: Db,
  batchId: string,
  participantId: string,
  competency: string,
): DecisionRow | undefined {
  return db
    .prepare(
      `SELECT d.*, u.display_name AS decided_by_name FROM integration_decision d JOIN user u ON u.id = d.decided_by
       WHERE d.batch_id = ? AND d.participant_id = ? AND d.competency = ? AND d.deleted_at IS NULL`,
    )
    .get(batchId, participantId, competency) as DecisionRow | undefined;
}

export function batchLocks(db: Db, batchId: string): LockRow[] {
  return db
    .prepare('SELECT * FROM integration_lock WHERE batch_id = ? AND deleted_at IS NULL')
    .all(batchId) as LockRow[];
}

export function findLock(db: Db, batchId: string, participantId: string): LockRow | undefined {
  return db
    .prepare('SELECT * FROM integration_lock WHERE batch_id = ? AND participant_id = ? AND deleted_at IS NULL')
    .get(batchId, participantId) as LockRow | undefined;
}
