import type { Db } from '../db/connection';
import { AppError } from '../services/errors';
import { peerBaselines } from './baseline';
import { packageError } from './errors';
import type { ExportScope } from './format';
import { rowHash, toObject, type Value } from './row-hash';
import { tableShapes, type TableShape } from './tables';

/** The rows one package carries, per table: id → values in `shape.columns` order. */
export interface Collected {
  shape: TableShape;
  rows: Map<string, Value[]>;
}

function selectAll(db: Db, shape: TableShape, where?: string, params: Record<string, string> = {}): Value[][] {
  const cols = shape.columns.map((c) => `"${c}"`).join(', ');
  const sql = `SELECT ${cols} FROM "${shape.spec.table}"${where ? ` WHERE ${where}` : ''} ORDER BY "${shape.spec.key}"`;
  return db.prepare(sql).raw(true).all(params) as Value[][];
}

function put(c: Collected, values: Value[]): void {
  c.rows.set(String(values[c.shape.columns.indexOf(c.shape.spec.key)]), values);
}

/**
 * Adds every parent row the chosen rows refer to (FK closure), so a package always carries
 * what it needs: a batch brings its standard, framework version, participants, people.
 * Repeats until nothing is added (self-references such as position_standard.copied_from).
 */
function closeOverReferences(db: Db, all: Collected[]): void {
  const byTable = new Map(all.map((c) => [c.shape.spec.table, c]));
  for (let added = true; added;) {
    added = false;
    for (const child of [...all].reverse()) {
      for (const fk of child.shape.foreignKeys) {
        const parent = byTable.get(fk.table);
        if (!parent) continue;
        const index = child.shape.columns.indexOf(fk.column);
        if (index < 0) continue;
        const stmt = db
          .prepare(
            `SELECT ${parent.shape.columns.map((c) => `"${c}"`).join(', ')} FROM "${fk.table}" WHERE "${fk.to}" = ?`,
          )
          .raw(true);
        for (const values of [...child.rows.values()]) {
          const ref = values[index];
          if (ref === null || ref === undefined || parent.rows.has(String(ref))) continue;
          const row = stmt.get(ref) as Value[] | undefined;
          if (row) {
            put(parent, row);
            added = true;
          }
        }
      }
    }
  }
}

export function collectRows(db: Db, scope: ExportScope, sincePeer: string | null): Collected[] {
  const shapes = tableShapes(db);
  const all: Collected[] = shapes.map((shape) => ({ shape, rows: new Map() }));
  if (scope.kind === 'batch') {
    if (!db.prepare('SELECT 1 FROM batch WHERE id = ?').get(scope.batchId)) throw new AppError('NOT_FOUND');
    for (const c of all)
      if (c.shape.spec.batch)
        for (const v of selectAll(db, c.shape, c.shape.spec.batch, { batch: scope.batchId })) put(c, v);
    closeOverReferences(db, all);
  } else if (scope.kind === 'full') {
    for (const c of all) for (const v of selectAll(db, c.shape)) put(c, v);
  } else {
    if (!sincePeer) throw packageError('unknownOffice', { code: scope.sinceOfficeCode });
    // "Changed since the last exchange with that office": every row whose hash differs from
    // what that office was last sent or sent us. Exact, also for rows that came from a third office.
    for (const c of all) {
      const seen = peerBaselines(db, sincePeer, c.shape.spec.table);
      for (const v of selectAll(db, c.shape))
        if (
          seen.get(String(v[c.shape.columns.indexOf(c.shape.spec.key)])) !==
          rowHash(c.shape, toObject(c.shape.columns, v))
        )
          put(c, v);
    }
    closeOverReferences(db, all);
  }
  return all;
}
