import type { Db } from '../db/connection';
import type { IncomingTable } from './check-rows';
import type { Value } from './row-hash';

/**
 * Reference data every installation makes for itself — the bundled competency dictionary is
 * seeded separately in each office, with its own UUIDs — is the same thing under different ids.
 * A registry entry's `naturalKey` says how to recognise it: an incoming row whose id is unknown
 * here but whose natural key matches a live local row is that local row. Its id, and every
 * reference to it in the package, is rewritten to the local id (parents first, so a version's
 * framework is already mapped when the version is looked up), and the row itself is kept as it
 * is here (counted as unchanged): a locked framework version is never edited after use.
 */
export function matchNaturalKeys(db: Db, tables: IncomingTable[]): void {
  const maps = new Map<string, Map<string, string>>();
  for (const t of tables) {
    const { spec, foreignKeys } = t.shape;
    for (const fk of foreignKeys) {
      const map = maps.get(fk.table);
      if (!map || map.size === 0) continue;
      for (const row of t.rows) {
        const v = row[fk.column];
        if (typeof v === 'string' && map.has(v)) row[fk.column] = map.get(v)!;
      }
    }
    const natural = spec.naturalKey;
    if (!natural) continue;
    const map = new Map<string, string>();
    const exists = db.prepare(`SELECT 1 FROM "${spec.table}" WHERE "${spec.key}" = ?`).pluck();
    const find = db
      .prepare(
        `SELECT "${spec.key}" FROM "${spec.table}" WHERE ${natural.map((c) => `"${c}" IS ?`).join(' AND ')} AND deleted_at IS NULL LIMIT 1`,
      )
      .pluck();
    for (const row of t.rows) {
      const id = row[spec.key];
      if (typeof id !== 'string' || row.deleted_at !== null || exists.get(id) !== undefined) continue;
      const local = find.get(...natural.map((c) => row[c] ?? null)) as Value | undefined;
      if (typeof local === 'string') {
        map.set(id, local);
        row[spec.key] = local;
        t.matched.add(local);
      }
    }
    maps.set(spec.table, map);
  }
}
