import type { FrameworkSnapshot } from '../../shared/schemas/framework';
import type { FrameworkSummary, VersionDiff, VersionSummary } from '../../shared/schemas/dictionary';
import type { Db } from '../db/connection';
import { normaliseSnapshot } from '../codecs/tree';
import {
  getFramework,
  getVersionRow,
  insertUsage,
  latestVersionRow,
  listFrameworkRows,
  listVersionRows,
  usageOf,
  versionToHeader,
  type FrameworkRow,
  type VersionRow,
} from '../repositories/framework';
import { listNodes } from '../repositories/framework-node';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { diffSnapshots } from './framework-diff';

function countNodes(db: Db, versionId: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM framework_node WHERE version_id = ? AND deleted_at IS NULL')
      .get(versionId) as { n: number }
  ).n;
}

export function toVersionSummary(db: Db, row: VersionRow): VersionSummary {
  return {
    id: row.id,
    frameworkId: row.framework_id,
    number: row.number,
    locked: row.locked_at !== null,
    usedBy: usageOf(db, row.id),
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    nodeCount: countNodes(db, row.id),
  };
}

export function requireFramework(db: Db, frameworkId: string): FrameworkRow {
  const fw = getFramework(db, frameworkId);
  if (!fw) throw new AppError('NOT_FOUND');
  return fw;
}

export function requireVersion(db: Db, versionId: string): VersionRow {
  const row = getVersionRow(db, versionId);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function requireLatestVersion(db: Db, frameworkId: string): VersionRow {
  requireFramework(db, frameworkId);
  const row = latestVersionRow(db, frameworkId);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The version's complete content in canonical order. */
export function snapshotOf(db: Db, version: VersionRow): FrameworkSnapshot {
  const fw = requireFramework(db, version.framework_id);
  return normaliseSnapshot({ framework: versionToHeader(version, fw.id_number), nodes: listNodes(db, version.id) });
}

export function listFrameworks(ctx: ServiceContext): FrameworkSummary[] {
  return listFrameworkRows(ctx.db).flatMap((fw) => {
    const latest = latestVersionRow(ctx.db, fw.id);
    if (!latest) return [];
    return [
      {
        id: fw.id,
        idNumber: fw.id_number,
        name: { id: latest.name_id, en: latest.name_en },
        verifyNote: latest.verify_note,
        versionCount: listVersionRows(ctx.db, fw.id).length,
        latest: toVersionSummary(ctx.db, latest),
      },
    ];
  });
}

export function listVersions(ctx: ServiceContext, frameworkId: string): VersionSummary[] {
  requireFramework(ctx.db, frameworkId);
  return listVersionRows(ctx.db, frameworkId).map((r) => toVersionSummary(ctx.db, r));
}

/** A version by id, or the latest version of a framework. */
export function getVersion(
  ctx: ServiceContext,
  ref: { versionId?: string; frameworkId?: string },
): { version: VersionSummary; snapshot: FrameworkSnapshot } {
  const row = ref.versionId
    ? requireVersion(ctx.db, ref.versionId)
    : ref.frameworkId
      ? requireLatestVersion(ctx.db, ref.frameworkId)
      : null;
  if (!row) throw new AppError('NOT_FOUND');
  return { version: toVersionSummary(ctx.db, row), snapshot: snapshotOf(ctx.db, row) };
}

export function diffVersions(ctx: ServiceContext, fromVersionId: string, toVersionId: string): VersionDiff {
  return diffSnapshots(
    snapshotOf(ctx.db, requireVersion(ctx.db, fromVersionId)),
    snapshotOf(ctx.db, requireVersion(ctx.db, toVersionId)),
  );
}

/**
 * Records that something (a batch, issue 4) uses this version. The version is locked from then
 * on: later edits of the framework create a new version and this one never changes.
 */
export function markVersionInUse(db: Db, versionId: string, usedBy: string, actorId: string | null = null): void {
  db.transaction(() => {
    requireVersion(db, versionId);
    if (insertUsage(db, versionId, usedBy)) {
      appendAudit(db, {
        actorId,
        action: 'use',
        entity: 'framework_version',
        entityId: versionId,
        newValue: { usedBy },
      });
    }
  })();
}
