import type { Db } from '../db/connection';
import { newId, nowIso } from '../services/ids';

/**
 * Writes for exchangeable rows (DESIGN.md §3): every insert stamps created/updated time and
 * the office; every update bumps the revision; deletes are tombstones. Table and column
 * names come from code, never from input.
 */
type Value = string | number | null;

function localOfficeId(db: Db): string | null {
  const row = db.prepare('SELECT id FROM office WHERE is_local = 1').get() as { id: string } | undefined;
  return row?.id ?? null;
}

export function insertRow(db: Db, table: string, values: Record<string, Value>, id = newId(), key = 'id'): string {
  const now = nowIso();
  const row: Record<string, Value> = { [key]: id, ...values, created_at: now, updated_at: now, updated_by_office: localOfficeId(db) };
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  return id;
}

/** Updates the given columns of a live row; returns false when there is no such row. */
export function updateRow(db: Db, table: string, id: string, values: Record<string, Value>, key = 'id'): boolean {
  const sets = Object.keys(values).map((c) => `${c} = @${c}`);
  const result = db
    .prepare(
      `UPDATE ${table} SET ${[...sets, 'updated_at = @updated_at', 'updated_by_office = @office', 'revision = revision + 1'].join(', ')}
       WHERE ${key} = @__id AND deleted_at IS NULL`,
    )
    .run({ ...values, updated_at: nowIso(), office: localOfficeId(db), __id: id });
  return result.changes > 0;
}

/** Marks a row deleted; the tombstone travels to other offices like any change. */
export function tombstoneRow(db: Db, table: string, id: string, key = 'id'): boolean {
  const now = nowIso();
  const result = db
    .prepare(
      `UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1
       WHERE ${key} = ? AND deleted_at IS NULL`,
    )
    .run(now, now, localOfficeId(db), id);
  return result.changes > 0;
}

/** Brings a tombstoned row back with new values (used when a link is re-created). */
export function reviveRow(db: Db, table: string, id: string, values: Record<string, Value> = {}): void {
  const sets = Object.keys(values).map((c) => `${c} = @${c}`);
  db.prepare(
    `UPDATE ${table} SET ${[...sets, 'deleted_at = NULL', 'updated_at = @updated_at', 'updated_by_office = @office', 'revision = revision + 1'].join(', ')}
     WHERE id = @__id`,
  ).run({ ...values, updated_at: nowIso(), office: localOfficeId(db), __id: id });
}
