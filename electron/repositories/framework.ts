import type { Db } from '../db/connection';
import type { FrameworkHeader } from '../../shared/schemas/framework';
import { newId, nowIso } from '../services/ids';

export interface FrameworkRow {
  id: string;
  id_number: string;
  created_at: string;
}

export interface VersionRow {
  id: string;
  framework_id: string;
  number: number;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
  source: string;
  verify_note: string | null;
  scale_values: string;
  scale_configuration: string;
  taxonomies: string;
  locked_at: string | null;
  created_by: string | null;
  origin: string;
  created_at: string;
  updated_at: string;
}

/** The local office id, stamped as updated_by_office on every row this installation writes. */
export function localOfficeId(db: Db): string | null {
  const row = db.prepare('SELECT id FROM office WHERE is_local = 1 AND deleted_at IS NULL').get() as
    { id: string } | undefined;
  return row?.id ?? null;
}

export function insertFramework(db: Db, idNumber: string): FrameworkRow {
  const now = nowIso();
  const id = newId();
  db.prepare(
    'INSERT INTO framework (id, id_number, created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?)',
  ).run(id, idNumber, now, now, localOfficeId(db));
  return { id, id_number: idNumber, created_at: now };
}

export function getFramework(db: Db, id: string): FrameworkRow | undefined {
  return db.prepare('SELECT id, id_number, created_at FROM framework WHERE id = ? AND deleted_at IS NULL').get(id) as
    FrameworkRow | undefined;
}

export function findFrameworkByIdNumber(db: Db, idNumber: string): FrameworkRow | undefined {
  return db
    .prepare('SELECT id, id_number, created_at FROM framework WHERE id_number = ? AND deleted_at IS NULL')
    .get(idNumber) as FrameworkRow | undefined;
}

export function listFrameworkRows(db: Db): FrameworkRow[] {
  return db
    .prepare('SELECT id, id_number, created_at FROM framework WHERE deleted_at IS NULL ORDER BY created_at, id')
    .all() as FrameworkRow[];
}

export function insertVersion(
  db: Db,
  input: { frameworkId: string; number: number; header: FrameworkHeader; createdBy: string | null; origin: string },
): VersionRow {
  const now = nowIso();
  const id = newId();
  const h = input.header;
  db.prepare(
    `INSERT INTO framework_version (id, framework_id, number, name_id, name_en, description_id, description_en, source,
       verify_note, scale_values, scale_configuration, taxonomies, created_by, origin, created_at, updated_at, updated_by_office)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.frameworkId,
    input.number,
    h.name.id,
    h.name.en,
    h.description.id,
    h.description.en,
    h.source,
    h.verifyNote,
    h.scaleValues,
    h.scaleConfiguration,
    JSON.stringify(h.taxonomies),
    input.createdBy,
    input.origin,
    now,
    now,
    localOfficeId(db),
  );
  return getVersionRow(db, id)!;
}

export function updateVersionHeader(db: Db, versionId: string, h: FrameworkHeader): void {
  db.prepare(
    `UPDATE framework_version SET name_id = ?, name_en = ?, description_id = ?, description_en = ?, source = ?, verify_note = ?,
       scale_values = ?, scale_configuration = ?, taxonomies = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
     WHERE id = ?`,
  ).run(
    h.name.id,
    h.name.en,
    h.description.id,
    h.description.en,
    h.source,
    h.verifyNote,
    h.scaleValues,
    h.scaleConfiguration,
    JSON.stringify(h.taxonomies),
    nowIso(),
    localOfficeId(db),
    versionId,
  );
}

/** Marks the version as changed (its nodes were edited), so exports carry a new lastChangeDateTime. */
export function touchVersion(db: Db, versionId: string): void {
  db.prepare(
    'UPDATE framework_version SET updated_at = ?, updated_by_office = ?, revision = revision + 1 WHERE id = ?',
  ).run(nowIso(), localOfficeId(db), versionId);
}

export function getVersionRow(db: Db, id: string): VersionRow | undefined {
  return db.prepare('SELECT * FROM framework_version WHERE id = ? AND deleted_at IS NULL').get(id) as
    VersionRow | undefined;
}

export function listVersionRows(db: Db, frameworkId: string): VersionRow[] {
  return db
    .prepare('SELECT * FROM framework_version WHERE framework_id = ? AND deleted_at IS NULL ORDER BY number')
    .all(frameworkId) as VersionRow[];
}

export function latestVersionRow(db: Db, frameworkId: string): VersionRow | undefined {
  return db
    .prepare(
      'SELECT * FROM framework_version WHERE framework_id = ? AND deleted_at IS NULL ORDER BY number DESC LIMIT 1',
    )
    .get(frameworkId) as VersionRow | undefined;
}

export function versionToHeader(row: VersionRow, idNumber: string): FrameworkHeader {
  return {
    idNumber,
    name: { id: row.name_id, en: row.name_en },
    description: { id: row.description_id, en: row.description_en },
    source: row.source,
    verifyNote: row.verify_note,
    scaleValues: row.scale_values,
    scaleConfiguration: row.scale_configuration,
    taxonomies: JSON.parse(row.taxonomies) as string[],
  };
}

export function usageOf(db: Db, versionId: string): string[] {
  return (
    db
      .prepare(
        'SELECT used_by FROM framework_version_usage WHERE version_id = ? AND deleted_at IS NULL ORDER BY created_at',
      )
      .all(versionId) as { used_by: string }[]
  ).map((r) => r.used_by);
}

/** Records the use and locks the version; using it again for the same thing changes nothing. */
export function insertUsage(db: Db, versionId: string, usedBy: string): boolean {
  const now = nowIso();
  const result = db
    .prepare(
      `INSERT INTO framework_version_usage (id, version_id, used_by, created_at, updated_at, updated_by_office)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(newId(), versionId, usedBy, now, now, localOfficeId(db));
  db.prepare('UPDATE framework_version SET locked_at = COALESCE(locked_at, ?) WHERE id = ?').run(now, versionId);
  return result.changes > 0;
}
