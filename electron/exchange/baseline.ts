import type { Db } from '../db/connection';

/** '*' = sent in a package without a named recipient (whole database or one batch). */
export const ANY_PEER = '*';

/**
 * The versions of a row this office knows the other side may hold: its hash as last sent to or
 * received from each peer (one record per peer, '*' for packages without a named recipient).
 * A version in this set is "as exchanged"; one outside it was changed since.
 */
export function knownVersions(db: Db): (table: string, id: string) => string[] {
  const stmt = db.prepare('SELECT row_hash FROM exchange_baseline WHERE table_name = ? AND row_id = ?').pluck();
  return (table, id) => stmt.all(table, id) as string[];
}

/** Only this peer's own records (a "since" export to it). */
export function peerBaselines(db: Db, peer: string, table: string): Map<string, string> {
  const rows = db
    .prepare('SELECT row_id, row_hash FROM exchange_baseline WHERE peer = ? AND table_name = ?')
    .all(peer, table) as {
    row_id: string;
    row_hash: string;
  }[];
  return new Map(rows.map((r) => [r.row_id, r.row_hash]));
}

export function baselineWriter(db: Db, peer: string, at: string) {
  const put = db.prepare(
    `INSERT INTO exchange_baseline (peer, table_name, row_id, row_hash, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (peer, table_name, row_id) DO UPDATE SET row_hash = excluded.row_hash, at = excluded.at`,
  );
  return {
    put(table: string, id: string, hash: string): void {
      put.run(peer, table, id, hash, at);
    },
  };
}
