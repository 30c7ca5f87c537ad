import type { Db } from '../db/connection';

/**
 * Everything stored about one participant, found by following foreign keys from the
 * participant row outwards (participant → batch membership, assignments → notes, ratings …).
 * Generic on purpose: a table added later that references any of these rows is included
 * without changing this code.
 */
export interface SubjectData {
  [table: string]: Record<string, unknown>[];
}

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

function referencesTo(db: Db): Map<string, ForeignKey[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'").all() as { name: string }[]).map((r) => r.name);
  const byTarget = new Map<string, ForeignKey[]>();
  for (const table of tables) {
    for (const fk of db.prepare(`PRAGMA foreign_key_list(${JSON.stringify(table)})`).all() as { table: string; from: string; to: string | null }[]) {
      const list = byTarget.get(fk.table) ?? [];
      list.push({ table, from: fk.from, to: fk.to ?? 'id' });
      byTarget.set(fk.table, list);
    }
  }
  return byTarget;
}

/** Tables that only describe the organisation (users, batches, exercises) are not followed. */
const NOT_FOLLOWED = new Set(['user', 'office', 'batch', 'exercise', 'framework', 'framework_version', 'framework_node', 'position_standard']);

export function collectSubjectData(db: Db, participantId: string): SubjectData {
  const refs = referencesTo(db);
  const out: SubjectData = {};
  const seen = new Set<string>();
  const queue: { table: string; column: string; value: unknown }[] = [{ table: 'participant', column: 'id', value: participantId }];
  while (queue.length) {
    const { table, column, value } = queue.shift()!;
    const rows = db.prepare(`SELECT * FROM ${JSON.stringify(table)} WHERE ${JSON.stringify(column)} = ?`).all(value) as Record<string, unknown>[];
    for (const row of rows) {
      const key = `${table}:${JSON.stringify(row.id ?? row[column])}:${JSON.stringify(row)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (out[table] ??= []).push(row);
      for (const fk of refs.get(table) ?? []) {
        if (NOT_FOLLOWED.has(fk.table)) continue;
        queue.push({ table: fk.table, column: fk.from, value: row[fk.to] });
      }
    }
  }
  const ids = Object.values(out).flatMap((rows) => rows.map((r) => r.id)).filter((id): id is string => typeof id === 'string');
  const audit = db.prepare('SELECT * FROM audit_log WHERE entity_id = ? ORDER BY seq');
  const entries = ids.flatMap((id) => audit.all(id) as Record<string, unknown>[]);
  if (entries.length) out.audit_log = entries;
  return out;
}
