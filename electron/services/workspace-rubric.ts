import type { Db } from '../db/connection';
import type { RubricRow } from '../../shared/schemas/scoring';

interface NodeLite {
  id_number: string;
  parent_id_number: string | null;
  kind: string;
  level: number | null;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
}

export type CompetencyScale = Pick<RubricRow, 'competency' | 'name' | 'levels'>;

/**
 * The behaviourally anchored scale of one competency in a framework version: levels 1–5 with
 * their description and indicators (competency → level → indicator, the ASN structure).
 */
export function competencyScale(db: Db, versionId: string, competency: string): CompetencyScale {
  const nodes = db
    .prepare(
      `SELECT id_number, parent_id_number, kind, level, name_id, name_en, description_id, description_en FROM framework_node
       WHERE version_id = @v AND deleted_at IS NULL AND (id_number = @c OR parent_id_number = @c
         OR parent_id_number IN (SELECT id_number FROM framework_node WHERE version_id = @v AND parent_id_number = @c AND deleted_at IS NULL))
       ORDER BY sort_order, id_number`,
    )
    .all({ v: versionId, c: competency }) as NodeLite[];
  const self = nodes.find((n) => n.id_number === competency);
  const levels = nodes
    .filter((n) => n.kind === 'level' && n.parent_id_number === competency && n.level !== null)
    .sort((a, b) => a.level! - b.level!)
    .map((lv) => ({
      level: lv.level!,
      description: { id: lv.description_id, en: lv.description_en },
      indicators: nodes
        .filter((n) => n.kind === 'indicator' && n.parent_id_number === lv.id_number)
        .map((n) => ({
          idNumber: n.id_number,
          name: n.name_id,
          description: { id: n.description_id, en: n.description_en },
        })),
    }));
  return { competency, name: { id: self?.name_id ?? competency, en: self?.name_en ?? competency }, levels };
}

/** The competency and level an indicator belongs to in a version, or undefined when it is not an indicator there. */
export function indicatorPlace(
  db: Db,
  versionId: string,
  indicator: string,
): { competency: string; level: number } | undefined {
  return db
    .prepare(
      `SELECT lv.parent_id_number AS competency, lv.level AS level FROM framework_node i
       JOIN framework_node lv ON lv.version_id = i.version_id AND lv.id_number = i.parent_id_number AND lv.deleted_at IS NULL AND lv.kind = 'level'
       WHERE i.version_id = ? AND i.id_number = ? AND i.kind = 'indicator' AND i.deleted_at IS NULL`,
    )
    .get(versionId, indicator) as { competency: string; level: number } | undefined;
}

/** Indicator idNumber → level, for every indicator of the version (one query per call site, not per note). */
export function indicatorLevels(db: Db, versionId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT i.id_number AS indicator, lv.level AS level FROM framework_node i
       JOIN framework_node lv ON lv.version_id = i.version_id AND lv.id_number = i.parent_id_number AND lv.deleted_at IS NULL AND lv.kind = 'level'
       WHERE i.version_id = ? AND i.kind = 'indicator' AND i.deleted_at IS NULL`,
    )
    .all(versionId) as { indicator: string; level: number }[];
  return new Map(rows.map((r) => [r.indicator, r.level]));
}

/** Competency names in a version, for headers. */
export function competencyNames(db: Db, versionId: string): Map<string, { id: string; en: string }> {
  const rows = db
    .prepare(
      "SELECT id_number, name_id, name_en FROM framework_node WHERE version_id = ? AND kind = 'competency' AND deleted_at IS NULL",
    )
    .all(versionId) as { id_number: string; name_id: string; name_en: string }[];
  return new Map(rows.map((r) => [r.id_number, { id: r.name_id, en: r.name_en }]));
}
