import type { Db } from '../db/connection';
import { latestVersionRow } from '../repositories/framework';
import { AppError } from './errors';
import { invalidField } from './refusal';
import { markVersionInUse } from './framework';

export interface StandardSnapshot {
  standardId: string;
  name: string;
  jenjang: string;
  requirements: { competency: string; level: number; weight: number | null }[];
}

/** The standard a batch is measured against, as stored with the batch. */
export function batchStandard(db: Db, batchId: string): StandardSnapshot {
  const row = db.prepare('SELECT standard_snapshot FROM batch WHERE id = ?').get(batchId) as { standard_snapshot: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return JSON.parse(row.standard_snapshot) as StandardSnapshot;
}

/**
 * What a batch needs from its position standard: the framework version in force (the
 * latest one of the standard's framework when the batch is created), the competencies the
 * standard requires, and a way to mark that version as used so it is never edited again.
 */
export function standardForBatch(
  db: Db,
  standardId: string,
): { frameworkVersionId: string; snapshot: StandardSnapshot; markUsed(usedBy: string, actorId?: string | null): void } {
  const standard = db
    .prepare('SELECT name, jenjang, framework_id FROM position_standard WHERE id = ? AND deleted_at IS NULL')
    .get(standardId) as { name: string; jenjang: string; framework_id: string } | undefined;
  if (!standard) throw invalidField('standardId', 'batch.unknownStandard');
  const version = latestVersionRow(db, standard.framework_id);
  if (!version) throw invalidField('standardId', 'batch.standardNoVersion');
  const requirements = db
    .prepare(
      `SELECT competency_id_number AS competency, required_level AS level, weight FROM position_standard_requirement
       WHERE standard_id = ? AND deleted_at IS NULL ORDER BY competency_id_number`,
    )
    .all(standardId) as StandardSnapshot['requirements'];
  if (requirements.length === 0) {
    throw invalidField('standardId', 'batch.standardEmpty');
  }
  return {
    frameworkVersionId: version.id,
    snapshot: { standardId, name: standard.name, jenjang: standard.jenjang, requirements },
    markUsed: (usedBy, actorId = null) => markVersionInUse(db, version.id, usedBy, actorId),
  };
}
