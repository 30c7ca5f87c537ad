import type { Db } from '../db/connection';
import { knownVersions } from './baseline';
import type { IncomingTable } from './check-rows';
import { canonical, hashCanonical, localRowReader, type Row } from './row-hash';

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'conflict' | 'local-newer';
export type ConflictReason = 'both-changed' | 'no-baseline' | 'owner';

export interface PlannedRow {
  table: string;
  id: string;
  status: RowStatus;
  incoming: Row;
  incomingHash: string;
  local?: Row;
  reason?: ConflictReason;
}

export interface TableCounts {
  table: string;
  new: number;
  changed: number;
  unchanged: number;
  conflict: number;
  localNewer: number;
}

export interface Classification {
  tables: TableCounts[];
  rows: PlannedRow[];
}

/**
 * Three-way comparison of each incoming row with the local copy and the versions both sides are
 * known to share: the row's hash as last sent to or received from each office (baselines).
 *   no local row → new;  local = incoming → unchanged;
 *   incoming is a known version, local is not → local newer (kept);
 *   local is a known version, incoming is not → changed (applied);
 *   neither is known → changed on both sides: conflict (the user decides);
 *   both known but different → the local one was chosen later: local newer.
 * Without any baseline, a local copy last written by another office counts as untouched here
 * (changed, unless its revision is higher: local newer); one written here is a conflict.
 * Owned rows (ratings, notes) whose author is a user of this office are a conflict whenever
 * both sides changed them, reported with reason 'owner' — also without a baseline.
 */
export function classify(db: Db, incoming: IncomingTable[], localOfficeId: string): Classification {
  const known = knownVersions(db);
  const isLocalUser = db.prepare('SELECT 1 FROM user WHERE id = ? AND office_id = ?').pluck();
  const tables: TableCounts[] = [];
  const rows: PlannedRow[] = [];
  for (const t of incoming) {
    const { shape } = t;
    const table = shape.spec.table;
    const read = localRowReader(db, shape, t.rows.length);
    const owner = shape.spec.owner ? db.prepare(shape.spec.owner).pluck() : null;
    const counts: TableCounts = { table, new: 0, changed: 0, unchanged: 0, conflict: 0, localNewer: 0 };
    for (const row of t.rows) {
      const id = String(row[shape.spec.key]);
      const incomingText = canonical(shape, row);
      const incomingHash = hashCanonical(incomingText);
      const local = read(id);
      const plan: PlannedRow = { table, id, status: 'new', incoming: row, incomingHash };
      if (local) {
        plan.local = local;
        const localText = canonical(shape, local);
        const localHash = localText === incomingText ? incomingHash : hashCanonical(localText);
        const versions = localHash === incomingHash || t.matched.has(id) ? [] : known(table, id);
        // The owner is looked up only when it can matter: the two copies differ.
        const ownedHere = () =>
          owner !== null && localHash !== incomingHash && isLocalUser.get(owner.get(id), localOfficeId) !== undefined;
        // A row recognised by natural key (identify.ts) is this office's own copy: kept as is.
        if (t.matched.has(id)) Object.assign(plan, { status: 'unchanged', incomingHash: localHash });
        else if (localHash === incomingHash) plan.status = 'unchanged';
        else if (versions.length > 0) {
          const localChanged = !versions.includes(localHash);
          const incomingChanged = !versions.includes(incomingHash);
          if (localChanged && incomingChanged)
            Object.assign(plan, { status: 'conflict', reason: ownedHere() ? 'owner' : 'both-changed' });
          else plan.status = incomingChanged ? 'changed' : 'local-newer';
        } else if (local.updated_by_office === localOfficeId || ownedHere()) {
          Object.assign(plan, { status: 'conflict', reason: ownedHere() ? 'owner' : 'no-baseline' });
        } else {
          plan.status = Number(row.revision ?? 0) >= Number(local.revision ?? 0) ? 'changed' : 'local-newer';
        }
      }
      counts[plan.status === 'local-newer' ? 'localNewer' : plan.status]++;
      rows.push(plan);
    }
    tables.push(counts);
  }
  return { tables, rows };
}
