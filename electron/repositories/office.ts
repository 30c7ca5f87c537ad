import type { Db } from '../db/connection';
import type { Office, OfficeInput } from '../../shared/schemas/office';
import { newId, nowIso } from '../services/ids';

interface OfficeRow {
  id: string;
  code: string;
  name: string;
  province: string;
  agency: string;
  created_at: string;
}

const toOffice = (r: OfficeRow): Office => ({
  id: r.id,
  code: r.code,
  name: r.name,
  province: r.province,
  agency: r.agency,
  createdAt: r.created_at,
});

export function getLocalOffice(db: Db): Office | null {
  const row = db.prepare('SELECT * FROM office WHERE is_local = 1 AND deleted_at IS NULL').get() as
    | OfficeRow
    | undefined;
  return row ? toOffice(row) : null;
}

export function insertLocalOffice(db: Db, input: OfficeInput): Office {
  const now = nowIso();
  const id = newId();
  db.prepare(
    `INSERT INTO office (id, code, name, province, agency, is_local, created_at, updated_at, updated_by_office)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  ).run(id, input.code, input.name, input.province, input.agency, now, now, id);
  return toOffice(db.prepare('SELECT * FROM office WHERE id = ?').get(id) as OfficeRow);
}
