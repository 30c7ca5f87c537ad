import type { Db } from '../db/connection';
import type { FrameworkNode } from '../../shared/schemas/framework';
import { newId, nowIso } from '../services/ids';
import { localOfficeId } from './framework';

interface NodeRow {
  id: string;
  id_number: string;
  parent_id_number: string | null;
  kind: FrameworkNode['kind'];
  competency_type: FrameworkNode['competencyType'];
  level: number | null;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
  sort_order: number;
  related: string;
  retired: number;
  moodle_rule: string | null;
}

const toNode = (r: NodeRow): FrameworkNode => ({
  idNumber: r.id_number,
  parent: r.parent_id_number,
  kind: r.kind,
  competencyType: r.competency_type,
  level: r.level,
  name: { id: r.name_id, en: r.name_en },
  description: { id: r.description_id, en: r.description_en },
  sortOrder: r.sort_order,
  related: JSON.parse(r.related) as string[],
  retired: r.retired === 1,
  moodleRule: r.moodle_rule === null ? null : (JSON.parse(r.moodle_rule) as FrameworkNode['moodleRule']),
});

const values = (n: FrameworkNode) => [
  n.parent,
  n.kind,
  n.competencyType,
  n.level,
  n.name.id,
  n.name.en,
  n.description.id,
  n.description.en,
  n.sortOrder,
  JSON.stringify(n.related),
  n.retired ? 1 : 0,
  n.moodleRule === null ? null : JSON.stringify(n.moodleRule),
];

/** Live nodes of a version, parents before children is NOT guaranteed; callers normalise. */
export function listNodes(db: Db, versionId: string): FrameworkNode[] {
  return (
    db
      .prepare(
        'SELECT * FROM framework_node WHERE version_id = ? AND deleted_at IS NULL ORDER BY sort_order, id_number',
      )
      .all(versionId) as NodeRow[]
  ).map(toNode);
}

export function getNode(db: Db, versionId: string, idNumber: string): FrameworkNode | undefined {
  const row = db
    .prepare('SELECT * FROM framework_node WHERE version_id = ? AND id_number = ? AND deleted_at IS NULL')
    .get(versionId, idNumber) as NodeRow | undefined;
  return row ? toNode(row) : undefined;
}

export function insertNodes(db: Db, versionId: string, nodes: readonly FrameworkNode[]): void {
  const now = nowIso();
  const office = localOfficeId(db);
  const stmt = db.prepare(
    `INSERT INTO framework_node (id, version_id, id_number, parent_id_number, kind, competency_type, level, name_id, name_en,
       description_id, description_en, sort_order, related, retired, moodle_rule, created_at, updated_at, updated_by_office)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const n of nodes) stmt.run(newId(), versionId, n.idNumber, ...values(n), now, now, office);
}

export function updateNodeRow(db: Db, versionId: string, node: FrameworkNode): void {
  db.prepare(
    `UPDATE framework_node SET parent_id_number = ?, kind = ?, competency_type = ?, level = ?, name_id = ?, name_en = ?,
       description_id = ?, description_en = ?, sort_order = ?, related = ?, retired = ?, moodle_rule = ?,
       updated_at = ?, updated_by_office = ?, revision = revision + 1
     WHERE version_id = ? AND id_number = ? AND deleted_at IS NULL`,
  ).run(...values(node), nowIso(), localOfficeId(db), versionId, node.idNumber);
}

/** Tombstones (never hard-deletes) nodes of a draft version. */
export function tombstoneNodes(db: Db, versionId: string, idNumbers: readonly string[]): void {
  const now = nowIso();
  const office = localOfficeId(db);
  const stmt = db.prepare(
    'UPDATE framework_node SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1 WHERE version_id = ? AND id_number = ? AND deleted_at IS NULL',
  );
  for (const id of idNumbers) stmt.run(now, now, office, versionId, id);
}
