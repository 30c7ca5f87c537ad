import type { Db } from '../db/connection';
import type { Kinerja, Potensial } from '../../shared/domain/nine-box';
import type { Category, CompetencyGap } from '../../shared/domain/jpm';
import type { ResultView } from '../../shared/schemas/results';
import { isExpired } from '../../shared/domain/validity';

export interface ResultRow {
  id: string;
  batch_id: string;
  participant_id: string;
  rule_version: string;
  purpose: 'pengisian' | 'pemetaan';
  jenjang: string;
  total_achieved: number;
  total_required: number;
  jpm: number;
  ikk: number;
  category: Category;
  gaps: string;
  potensi_score: number | null;
  potential_band: Potensial;
  kinerja: Kinerja | null;
  nine_box: number | null;
  assessed_on: string;
  valid_until: string;
  computed_at: string;
  revision: number;
}

/** A result with the participant's identity and number in the batch. */
export interface ResultJoined extends ResultRow {
  number: number;
  nip: string;
  name: string;
  unit: string | null;
}

const JOINED = `
  SELECT r.*, COALESCE(bp.number, 0) AS number, p.nip, p.name, p.unit FROM result r
  JOIN participant p ON p.id = r.participant_id
  LEFT JOIN batch_participant bp ON bp.batch_id = r.batch_id AND bp.participant_id = r.participant_id AND bp.deleted_at IS NULL
  WHERE r.deleted_at IS NULL`;

export function batchResults(db: Db, batchId: string): ResultJoined[] {
  return db.prepare(`${JOINED} AND r.batch_id = ? ORDER BY number, p.name`).all(batchId) as ResultJoined[];
}

export function findResult(db: Db, batchId: string, participantId: string): ResultJoined | undefined {
  return db.prepare(`${JOINED} AND r.batch_id = ? AND r.participant_id = ?`).get(batchId, participantId) as ResultJoined | undefined;
}

export function resultsByNip(db: Db, nip: string): ResultJoined[] {
  return db.prepare(`${JOINED} AND p.nip = ? AND p.deleted_at IS NULL ORDER BY r.assessed_on DESC`).all(nip) as ResultJoined[];
}

export function toResultView(r: ResultJoined, today: string): ResultView {
  return {
    id: r.id,
    batchId: r.batch_id,
    participantId: r.participant_id,
    number: r.number,
    nip: r.nip,
    name: r.name,
    unit: r.unit,
    ruleVersion: r.rule_version,
    jenjang: r.jenjang,
    totalAchieved: r.total_achieved,
    totalRequired: r.total_required,
    jpm: r.jpm,
    ikk: r.ikk,
    category: r.category,
    gaps: JSON.parse(r.gaps) as CompetencyGap[],
    potensiScore: r.potensi_score,
    potentialBand: r.potential_band,
    kinerja: r.kinerja,
    nineBox: r.nine_box,
    assessedOn: r.assessed_on,
    validUntil: r.valid_until,
    expired: isExpired(r.assessed_on, today),
    computedAt: r.computed_at,
    revision: r.revision,
  };
}

/** The locked participants' final levels, per participant → competency → level. */
export function lockedFinalLevels(db: Db, batchId: string): Map<string, Map<string, number>> {
  const rows = db
    .prepare(
      `SELECT d.participant_id, d.competency, d.final_level FROM integration_decision d
       JOIN integration_lock l ON l.batch_id = d.batch_id AND l.participant_id = d.participant_id AND l.deleted_at IS NULL
       WHERE d.batch_id = ? AND d.deleted_at IS NULL`,
    )
    .all(batchId) as { participant_id: string; competency: string; final_level: number }[];
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.participant_id) ?? new Map<string, number>();
    m.set(r.competency, r.final_level);
    out.set(r.participant_id, m);
  }
  return out;
}

export function lockedParticipantIds(db: Db, batchId: string): Set<string> {
  const rows = db.prepare('SELECT participant_id FROM integration_lock WHERE batch_id = ? AND deleted_at IS NULL').all(batchId) as { participant_id: string }[];
  return new Set(rows.map((r) => r.participant_id));
}
