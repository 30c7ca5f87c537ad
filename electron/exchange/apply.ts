import type { Db } from '../db/connection';
import type { Statement } from 'better-sqlite3';
import { baselineWriter, peerBaselines } from './baseline';
import type { IncomingTable } from './check-rows';
import type { Classification, PlannedRow } from './classify';
import type { Row, Value } from './row-hash';
import type { TableShape } from './tables';

export type Choice = 'mine' | 'theirs';

export interface AppliedCounts {
  table: string;
  inserted: number;
  updated: number;
  unchanged: number;
  keptMine: number;
  localNewer: number;
}

/** Writes one table's rows; statements are prepared once per table and column set. */
class TableWriter {
  private insertStmt: Statement | null = null;
  private updateStmt: Statement | null = null;
  private readonly taken: Statement | null;

  constructor(
    private readonly db: Db,
    private readonly shape: TableShape,
    private readonly signerCode: string,
  ) {
    const u = shape.spec.uniqueOnInsert;
    this.taken = u ? db.prepare(`SELECT 1 FROM "${shape.spec.table}" WHERE "${u}" = ?`).pluck() : null;
  }

  insert(row: Row): void {
    const values: Row = { ...this.shape.spec.insertDefaults, ...row };
    const u = this.shape.spec.uniqueOnInsert;
    // A person from another office may share a username with someone here: keep both.
    if (u && this.taken && typeof values[u] === 'string') {
      const base = `${values[u]}@${this.signerCode}`;
      let candidate: Value = values[u];
      for (let n = 1; this.taken.get(candidate) !== undefined; n++) candidate = n === 1 ? base : `${base}-${n}`;
      values[u] = candidate;
    }
    if (!this.insertStmt) {
      const cols = Object.keys(values);
      this.insertStmt = this.db.prepare(
        `INSERT INTO "${this.shape.spec.table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      );
    }
    this.insertStmt.run(values);
  }

  update(row: Row): void {
    const key = this.shape.spec.key;
    const cols = this.shape.hashColumns.filter((c) => c !== key && c in row);
    if (!this.updateStmt) {
      this.updateStmt = this.db.prepare(
        `UPDATE "${this.shape.spec.table}" SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE "${key}" = @${key}`,
      );
    }
    const values: Row = {};
    for (const c of [...cols, key]) values[c] = row[c] ?? null;
    this.updateStmt.run(values);
  }
}

export interface ApplyInput {
  importId: string;
  signerOfficeId: string;
  signerCode: string;
  at: string;
  incoming: IncomingTable[];
  plan: Classification;
  choose: (row: PlannedRow) => Choice;
}

/**
 * Applies a classified package inside the caller's transaction: new rows inserted, changed rows
 * and conflicts resolved "theirs" overwritten, everything else kept. Every touched row and
 * baseline gets a before-image for undo. Tables go parents first; foreign keys stay on.
 */
export function applyPlan(db: Db, input: ApplyInput): AppliedCounts[] {
  const undo = db.prepare(
    'INSERT INTO exchange_undo (import_id, seq, kind, table_name, row_id, before, after_hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const baselines = baselineWriter(db, input.signerOfficeId, input.at);
  let seq = 0;
  const byTable = new Map<string, PlannedRow[]>();
  for (const r of input.plan.rows) {
    const list = byTable.get(r.table);
    if (list) list.push(r);
    else byTable.set(r.table, [r]);
  }
  const result: AppliedCounts[] = [];
  for (const t of input.incoming) {
    const table = t.shape.spec.table;
    const writer = new TableWriter(db, t.shape, input.signerCode);
    const counts: AppliedCounts = { table, inserted: 0, updated: 0, unchanged: 0, keptMine: 0, localNewer: 0 };
    const rows = byTable.get(table) ?? [];
    // Updates before inserts: a tombstone arriving for an old row frees its unique slot for a new one.
    const updates = rows.filter(
      (r) => r.status === 'changed' || (r.status === 'conflict' && input.choose(r) === 'theirs'),
    );
    for (const r of updates) {
      undo.run(input.importId, ++seq, 'row', table, r.id, JSON.stringify(r.local), r.incomingHash);
      writer.update(r.incoming);
      counts.updated++;
    }
    for (const r of rows) {
      if (r.status === 'new') {
        undo.run(input.importId, ++seq, 'row', table, r.id, null, r.incomingHash);
        writer.insert(r.incoming);
        counts.inserted++;
      } else if (r.status === 'unchanged') counts.unchanged++;
      else if (r.status === 'local-newer') counts.localNewer++;
      else if (r.status === 'conflict' && input.choose(r) === 'mine') counts.keptMine++;
    }
    // What the peer holds now, whatever we kept: the ancestor for the next exchange.
    const previous = peerBaselines(db, input.signerOfficeId, table);
    for (const r of rows) {
      const before = previous.get(r.id);
      if (before === r.incomingHash) continue;
      baselines.put(table, r.id, r.incomingHash);
      undo.run(
        input.importId,
        ++seq,
        'baseline',
        table,
        r.id,
        before === undefined ? null : JSON.stringify(before),
        null,
      );
    }
    result.push(counts);
  }
  return result;
}
