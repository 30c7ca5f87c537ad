import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import type { TableShape } from './tables';

export type Value = string | number | null;
export type Row = Record<string, Value>;

/**
 * The hash that says whether two copies of a row are the same: SHA-256 over the compared
 * columns in name order. Column order in a file or a table never matters; local-only columns
 * (e.g. a username renamed on arrival) never make a row look changed.
 */
export function rowHash(shape: TableShape, row: Row): string {
  return hashCanonical(canonical(shape, row));
}

/** The compared values as one string: equal strings mean equal rows (and equal hashes). */
export function canonical(shape: TableShape, row: Row): string {
  return JSON.stringify(shape.hashColumns.map((c) => row[c] ?? null));
}

export function hashCanonical(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Reads local rows (all columns) by key. When many rows will be asked for, one scan of the
 * table into memory is several times faster than a lookup per row.
 */
export function localRowReader(db: Db, shape: TableShape, expected = 0): (id: string) => Row | undefined {
  const { table, key } = shape.spec;
  if (expected > 2000) {
    const all = new Map<string, Row>();
    for (const r of db.prepare(`SELECT * FROM "${table}"`).iterate() as IterableIterator<Row>)
      all.set(String(r[key]), r);
    return (id) => all.get(id);
  }
  const stmt = db.prepare(`SELECT * FROM "${table}" WHERE "${key}" = ?`);
  return (id) => stmt.get(id) as Row | undefined;
}

/** The local office's id, or null before setup. */
export function localOffice(db: Db): { id: string; code: string; name: string } | null {
  return (
    (db.prepare('SELECT id, code, name FROM office WHERE is_local = 1').get() as
      { id: string; code: string; name: string } | undefined) ?? null
  );
}

/** Row arrays in `columns` order → objects. */
export function toObject(columns: readonly string[], values: readonly Value[]): Row {
  const row: Row = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i] ?? null;
  return row;
}
