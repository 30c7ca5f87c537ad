import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';
import { nowIso } from '../services/ids';
import { packageError } from './errors';
import { localRowReader, rowHash, type Row } from './row-hash';
import { shapeOf } from './tables';

interface UndoEntry {
  seq: number;
  kind: 'row' | 'baseline';
  table_name: string;
  row_id: string;
  before: string | null;
  after_hash: string | null;
}

export interface UndoResult {
  importId: string;
  packageId: string;
  restoredRows: number;
}

/**
 * Undoes the most recent import that is not undone yet, in one transaction, if none of the rows
 * it wrote changed since (else refuses, naming them): rows it created are deleted (children
 * first), rows it changed get their before-image back, and the baselines it moved go back too.
 * Call inside a transaction.
 */
export function undoLastImport(db: Db): UndoResult {
  const last = db
    .prepare(
      'SELECT id, package_id, signer_office_id FROM exchange_import WHERE undone_at IS NULL ORDER BY imported_at DESC, rowid DESC LIMIT 1',
    )
    .get() as { id: string; package_id: string; signer_office_id: string } | undefined;
  if (!last) throw packageError('nothingToUndo');
  const entries = db
    .prepare(
      'SELECT seq, kind, table_name, row_id, before, after_hash FROM exchange_undo WHERE import_id = ? ORDER BY seq DESC',
    )
    .all(last.id) as UndoEntry[];
  const changed: { path: string; message: string }[] = [];
  const readers = new Map<string, ReturnType<typeof localRowReader>>();
  const reader = (table: string) => {
    let r = readers.get(table);
    if (!r) readers.set(table, (r = localRowReader(db, shapeOf(db, table)!)));
    return r;
  };
  for (const e of entries) {
    if (e.kind !== 'row') continue;
    const shape = shapeOf(db, e.table_name)!;
    const now = reader(e.table_name)(e.row_id);
    if (!now || rowHash(shape, now) !== e.after_hash)
      changed.push({
        path: `${e.table_name} ${e.row_id}`,
        message: 'changed after the import / berubah sesudah impor',
      });
  }
  if (changed.length) throw packageError('undoBlocked', {}, changed);
  db.pragma('defer_foreign_keys = ON');
  const peerId = last.signer_office_id;
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st;
  };
  let restored = 0;
  for (const e of entries) {
    if (e.kind === 'baseline') {
      if (e.before === null)
        prepared('DELETE FROM exchange_baseline WHERE peer = ? AND table_name = ? AND row_id = ?').run(
          peerId,
          e.table_name,
          e.row_id,
        );
      else
        prepared('UPDATE exchange_baseline SET row_hash = ? WHERE peer = ? AND table_name = ? AND row_id = ?').run(
          JSON.parse(e.before) as string,
          peerId,
          e.table_name,
          e.row_id,
        );
      continue;
    }
    const shape = shapeOf(db, e.table_name)!;
    const key = shape.spec.key;
    if (e.before === null) prepared(`DELETE FROM "${e.table_name}" WHERE "${key}" = ?`).run(e.row_id);
    else {
      const before = JSON.parse(e.before) as Row;
      const cols = Object.keys(before).filter((c) => c !== key);
      prepared(
        `UPDATE "${e.table_name}" SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE "${key}" = @${key}`,
      ).run(before);
    }
    restored++;
  }
  db.prepare('UPDATE exchange_import SET undone_at = ? WHERE id = ?').run(nowIso(), last.id);
  return { importId: last.id, packageId: last.package_id, restoredRows: restored };
}
