import type { Db } from '../db/connection';

export interface IdpRow {
  id: string;
  result_id: string;
  period_from: string;
  period_to: string;
  status: 'draft' | 'agreed' | 'in-progress' | 'done';
  mentor: string | null;
  supervisor: string | null;
  assessee_approved_on: string | null;
  supervisor_approved_on: string | null;
  revision: number;
}

export interface IdpItemRow {
  id: string;
  idp_id: string;
  competency: string;
  required: number;
  achieved: number;
  target: number;
  indicators: string;
  evidence: string;
  sort_order: number;
}

export interface IdpActivityRow {
  id: string;
  item_id: string;
  form_code: string;
  pillar: 70 | 20 | 10;
  provider: string;
  start_on: string | null;
  end_on: string | null;
  jp: number;
  sort_order: number;
}

export function findIdpByResult(db: Db, resultId: string): IdpRow | undefined {
  return db.prepare('SELECT * FROM idp WHERE result_id = ? AND deleted_at IS NULL').get(resultId) as IdpRow | undefined;
}

export function idpItems(db: Db, idpId: string): IdpItemRow[] {
  return db.prepare('SELECT * FROM idp_item WHERE idp_id = ? AND deleted_at IS NULL ORDER BY sort_order').all(idpId) as IdpItemRow[];
}

export function idpActivities(db: Db, itemId: string): IdpActivityRow[] {
  return db.prepare('SELECT * FROM idp_activity WHERE item_id = ? AND deleted_at IS NULL ORDER BY sort_order').all(itemId) as IdpActivityRow[];
}
