import type { Db } from '../db/connection';
import type { JenjangCode } from '../../shared/domain/jenjang';
import type { PositionStandard, Requirement } from '../../shared/schemas/position-standard';
import { newId, nowIso } from '../services/ids';
import { localOfficeId } from './framework';

interface StandardRow {
  id: string;
  name: string;
  jabatan_group: string;
  jenjang: JenjangCode;
  unit: string;
  agency: string;
  framework_id: string;
  is_default: number;
  verify: number;
  copied_from: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface StandardRecord {
  name: string;
  group: string;
  jenjang: JenjangCode;
  unit: string;
  agency: string;
  frameworkId: string;
  isDefault: boolean;
  verify: boolean;
  copiedFrom: string | null;
}

function requirementsOf(db: Db, standardId: string): PositionStandard['requirements'] {
  return (
    db
      .prepare(
        `SELECT competency_id_number AS competency, required_level AS level, weight FROM position_standard_requirement
         WHERE standard_id = ? AND deleted_at IS NULL ORDER BY rowid`,
      )
      .all(standardId) as { competency: string; level: number; weight: number | null }[]
  ).map((r) => ({ competency: r.competency, level: r.level, weight: r.weight }));
}

const toStandard = (db: Db, r: StandardRow): PositionStandard => ({
  id: r.id,
  name: r.name,
  group: r.jabatan_group,
  jenjang: r.jenjang,
  unit: r.unit,
  agency: r.agency,
  frameworkId: r.framework_id,
  isDefault: r.is_default === 1,
  verify: r.verify === 1,
  copiedFrom: r.copied_from,
  requirements: requirementsOf(db, r.id),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export function getStandard(db: Db, id: string): PositionStandard | undefined {
  const row = db.prepare('SELECT * FROM position_standard WHERE id = ? AND deleted_at IS NULL').get(id) as
    StandardRow | undefined;
  return row ? toStandard(db, row) : undefined;
}

export function listStandards(db: Db, filter: { frameworkId?: string; jenjang?: string } = {}): PositionStandard[] {
  const rows = db
    .prepare(
      `SELECT * FROM position_standard WHERE deleted_at IS NULL
         AND (@frameworkId IS NULL OR framework_id = @frameworkId) AND (@jenjang IS NULL OR jenjang = @jenjang)
       ORDER BY is_default DESC, name COLLATE NOCASE, id`,
    )
    .all({ frameworkId: filter.frameworkId ?? null, jenjang: filter.jenjang ?? null }) as StandardRow[];
  return rows.map((r) => toStandard(db, r));
}

export function insertStandard(db: Db, s: StandardRecord, id = newId()): string {
  const now = nowIso();
  db.prepare(
    `INSERT INTO position_standard (id, name, jabatan_group, jenjang, unit, agency, framework_id, is_default, verify, copied_from,
       created_at, updated_at, updated_by_office)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    s.name,
    s.group,
    s.jenjang,
    s.unit,
    s.agency,
    s.frameworkId,
    s.isDefault ? 1 : 0,
    s.verify ? 1 : 0,
    s.copiedFrom,
    now,
    now,
    localOfficeId(db),
  );
  return id;
}

export function updateStandardRow(db: Db, id: string, s: Omit<StandardRecord, 'copiedFrom'>): void {
  db.prepare(
    `UPDATE position_standard SET name = ?, jabatan_group = ?, jenjang = ?, unit = ?, agency = ?, framework_id = ?, is_default = ?, verify = ?,
       updated_at = ?, updated_by_office = ?, revision = revision + 1 WHERE id = ? AND deleted_at IS NULL`,
  ).run(
    s.name,
    s.group,
    s.jenjang,
    s.unit,
    s.agency,
    s.frameworkId,
    s.isDefault ? 1 : 0,
    s.verify ? 1 : 0,
    nowIso(),
    localOfficeId(db),
    id,
  );
}

/**
 * Makes the live requirements equal to `wanted`: changed levels/weights are updated in place
 * (revision + 1), dropped competencies are tombstoned, new ones inserted.
 */
export function replaceRequirements(db: Db, standardId: string, wanted: readonly Requirement[]): void {
  const now = nowIso();
  const office = localOfficeId(db);
  const current = new Map(requirementsOf(db, standardId).map((r) => [r.competency, r]));
  const keep = new Set(wanted.map((w) => w.competency));
  for (const old of current.values()) {
    if (!keep.has(old.competency)) {
      db.prepare(
        `UPDATE position_standard_requirement SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
         WHERE standard_id = ? AND competency_id_number = ? AND deleted_at IS NULL`,
      ).run(now, now, office, standardId, old.competency);
    }
  }
  for (const w of wanted) {
    const old = current.get(w.competency);
    if (!old) {
      db.prepare(
        `INSERT INTO position_standard_requirement (id, standard_id, competency_id_number, required_level, weight, created_at, updated_at, updated_by_office)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(newId(), standardId, w.competency, w.level, w.weight, now, now, office);
    } else if (old.level !== w.level || old.weight !== w.weight) {
      db.prepare(
        `UPDATE position_standard_requirement SET required_level = ?, weight = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
         WHERE standard_id = ? AND competency_id_number = ? AND deleted_at IS NULL`,
      ).run(w.level, w.weight, now, office, standardId, w.competency);
    }
  }
}

/** Tombstones a standard and its requirements (batches that used it keep their reference). */
export function tombstoneStandard(db: Db, id: string): void {
  const now = nowIso();
  const office = localOfficeId(db);
  db.prepare(
    `UPDATE position_standard_requirement SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
     WHERE standard_id = ? AND deleted_at IS NULL`,
  ).run(now, now, office, id);
  db.prepare(
    `UPDATE position_standard SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(now, now, office, id);
}
