import type { ErrorDetail } from '../../shared/contract/envelope';
import type { Db } from '../db/connection';
import { packageError } from './errors';
import { matchNaturalKeys } from './identify';
import type { VerifiedPackage } from './read';
import type { Row, Value } from './row-hash';
import { tableShapes, type ColumnInfo, type TableShape } from './tables';

/** One table of a package, checked against this database's schema, in registry order. */
export interface IncomingTable {
  shape: TableShape;
  rows: Row[];
  /** Ids (local) of rows matched to a local row by natural key: same thing, made in both offices. */
  matched: Set<string>;
}

const MAX_DETAILS = 50;

function typeProblem(col: ColumnInfo, v: Value): string | null {
  if (v === null) return col.notNull ? 'required / wajib' : null;
  if (col.type === 'TEXT') return typeof v === 'string' ? null : 'text expected / harus teks';
  if (col.type === 'INTEGER')
    return typeof v === 'number' && Number.isInteger(v) ? null : 'integer expected / harus bilangan bulat';
  if (col.type === 'REAL') return typeof v === 'number' && Number.isFinite(v) ? null : 'number expected / harus angka';
  return null;
}

/**
 * Schema of every row (columns and types per PRAGMA table_info; unknown columns from a newer
 * minor version are ignored, excluded columns such as password hashes are never read),
 * duplicate ids, and references: every foreign key must point to a row in the package or here.
 */
export function checkRows(db: Db, pkg: VerifiedPackage): IncomingTable[] {
  const tables = checkSchema(db, pkg);
  matchNaturalKeys(db, tables);
  checkReferences(db, tables);
  return tables;
}

function checkSchema(db: Db, pkg: VerifiedPackage): IncomingTable[] {
  const problems: ErrorDetail[] = [];
  const add = (path: string, message: string) => problems.length < MAX_DETAILS && problems.push({ path, message });
  const result: IncomingTable[] = [];
  for (const shape of tableShapes(db)) {
    const file = pkg.tables.get(shape.spec.table);
    if (!file) continue;
    const t = shape.spec.table;
    const index = new Map(file.columns.map((c, i) => [c, i]));
    if (index.size !== file.columns.length) add(`data/${t}.json`, 'duplicate column / kolom ganda');
    const cols = shape.all.filter((c) => shape.columns.includes(c.name));
    for (const c of cols)
      if (!index.has(c.name) && c.notNull && !c.hasDefault)
        add(`data/${t}.json`, `missing column / kolom tidak ada: ${c.name}`);
    const seen = new Set<string>();
    const rows: Row[] = [];
    file.rows.forEach((values, r) => {
      const row: Row = {};
      for (const c of cols) {
        const i = index.get(c.name);
        if (i === undefined) continue;
        const v = values[i] ?? null;
        const p = typeProblem(c, v);
        if (p) add(`${t}, row ${r + 1}, column ${c.name}`, p);
        row[c.name] = v;
      }
      const id = row[shape.spec.key];
      if (typeof id === 'string') {
        if (seen.has(id)) add(`${t}, row ${r + 1}`, `${id}: duplicate id / id ganda`);
        seen.add(id);
      }
      rows.push(row);
    });
    result.push({ shape, rows, matched: new Set() });
  }
  if (problems.length)
    throw packageError(problems.some((p) => p.message.includes('duplicate id')) ? 'duplicateId' : 'rows', {}, problems);
  return result;
}

function checkReferences(db: Db, result: IncomingTable[]): void {
  const problems: ErrorDetail[] = [];
  const add = (path: string, message: string) => problems.length < MAX_DETAILS && problems.push({ path, message });
  const ids = new Map(result.map((t) => [t.shape.spec.table, new Set(t.rows.map((r) => String(r[t.shape.spec.key])))]));
  for (const t of result) {
    for (const fk of t.shape.foreignKeys) {
      const inPackage = ids.get(fk.table);
      const local = db.prepare(`SELECT 1 FROM "${fk.table}" WHERE "${fk.to}" = ?`).pluck();
      t.rows.forEach((row, r) => {
        const v = row[fk.column];
        if (v === null || v === undefined || inPackage?.has(String(v)) || local.get(v) !== undefined) return;
        add(
          `${t.shape.spec.table}, row ${r + 1}, column ${fk.column}`,
          `${String(v)} → ${fk.table}: not found / tidak ditemukan`,
        );
      });
    }
  }
  if (problems.length) throw packageError('missingRef', {}, problems);
}
