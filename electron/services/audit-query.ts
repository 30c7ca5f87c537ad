import type { Db } from '../db/connection';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  text?: string;
  limit: number;
  beforeSeq?: number;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** The audit viewer's query: newest first, filtered, paged by sequence number. */
export function queryAudit(db: Db, f: AuditFilter): AuditRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const eq = (col: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') {
      where.push(`${col} = ?`);
      params.push(v);
    }
  };
  eq('a.entity', f.entity);
  eq('a.entity_id', f.entityId);
  eq('a.actor_id', f.actorId);
  eq('a.action', f.action);
  const cmp = (sql: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') {
      where.push(sql);
      params.push(v);
    }
  };
  cmp('a.at >= ?', f.from);
  cmp('a.at <= ?', f.to);
  cmp('a.seq < ?', f.beforeSeq);
  if (f.text) {
    where.push("(a.old_value LIKE ? ESCAPE '\\' OR a.new_value LIKE ? ESCAPE '\\')");
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  return db
    .prepare(
      `SELECT a.seq, a.at, a.actor_id AS actorId, u.display_name AS actorName, a.action, a.entity, a.entity_id AS entityId,
              a.old_value AS oldValue, a.new_value AS newValue
       FROM audit_log a LEFT JOIN user u ON u.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq DESC LIMIT ?`,
    )
    .all(...params, f.limit) as AuditRecord[];
}
