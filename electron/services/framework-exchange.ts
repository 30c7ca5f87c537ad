import type { FrameworkSnapshot } from '../../shared/schemas/framework';
import {
  MAX_IMPORT_BYTES,
  type FrameworkFormat,
  type ImportPreview,
  type ImportResult,
} from '../../shared/schemas/dictionary';
import { serializeCaseJson, parseCaseJson } from '../codecs/case-json';
import { parseMoodleCsv, serializeMoodleCsv } from '../codecs/moodle-csv';
import type { FrameworkParseResult } from '../codecs/types';
import type { Db } from '../db/connection';
import {
  findFrameworkByIdNumber,
  insertFramework,
  insertVersion,
  latestVersionRow,
  updateVersionHeader,
} from '../repositories/framework';
import { insertNodes, tombstoneNodes, updateNodeRow } from '../repositories/framework-node';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { localise, reason } from './dictionary-messages';
import { AppError } from './errors';
import { requireLatestVersion, requireVersion, snapshotOf } from './framework';
import { diffSnapshots } from './framework-diff';
import { editableVersion } from './framework-edit';

/** .csv is Moodle; .json is CASE; otherwise the first character decides. */
export function formatOf(fileName: string, bytes: Uint8Array): FrameworkFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'moodle';
  if (lower.endsWith('.json')) return 'case';
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{') ? 'case' : 'moodle';
}

/** Parses an uploaded file; any problem is BAD_INPUT naming the row/item and field, and nothing is imported. */
export function parseFrameworkFile(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
): { format: FrameworkFormat; snapshot: FrameworkSnapshot } {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('BAD_INPUT', {
      reason: reason(db, 'fileTooLarge', { file: fileName, mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
    });
  const format = formatOf(fileName, bytes);
  const result: FrameworkParseResult =
    format === 'moodle' ? parseMoodleCsv(bytes, fileName) : parseCaseJson(bytes, fileName);
  if (!result.snapshot) {
    const count = result.errors.length;
    throw new AppError(
      'BAD_INPUT',
      { reason: reason(db, 'fileProblems', { file: fileName, count }) },
      localise(db, result.errors.slice(0, 200)),
    );
  }
  return { format, snapshot: result.snapshot };
}

function plan(db: Db, format: FrameworkFormat, snapshot: FrameworkSnapshot): ImportPreview {
  const existing = findFrameworkByIdNumber(db, snapshot.framework.idNumber);
  const base = { format, idNumber: snapshot.framework.idNumber, name: snapshot.framework.name };
  if (!existing) {
    const n = snapshot.nodes.length;
    return {
      ...base,
      existingFrameworkId: null,
      action: 'create-framework',
      counts: { nodes: n, new: n, changed: 0, unchanged: 0, removed: 0 },
    };
  }
  const latest = requireLatestVersion(db, existing.id);
  const diff = diffSnapshots(snapshotOf(db, latest), snapshot);
  const changed = diff.changed.length;
  const noChange = changed === 0 && diff.added.length === 0 && diff.removed.length === 0 && diff.header.length === 0;
  return {
    ...base,
    existingFrameworkId: existing.id,
    action: noChange ? 'no-change' : latest.locked_at !== null ? 'new-version' : 'update-version',
    counts: {
      nodes: snapshot.nodes.length,
      new: diff.added.length,
      changed,
      unchanged: diff.unchanged,
      removed: diff.removed.length,
    },
  };
}

export function previewImport(ctx: ServiceContext, fileName: string, bytes: Uint8Array): ImportPreview {
  const { format, snapshot } = parseFrameworkFile(ctx.db, fileName, bytes);
  return plan(ctx.db, format, snapshot);
}

/**
 * Applies an import in one transaction: a new framework gets version 1; an existing framework's
 * unused latest version is brought to the file's content (changed nodes updated, missing ones
 * tombstoned); a used one gets a new version. Importing the same file again changes nothing.
 */
export function applyImport(ctx: ServiceContext, fileName: string, bytes: Uint8Array): ImportResult {
  const { format, snapshot } = parseFrameworkFile(ctx.db, fileName, bytes);
  const actor = ctx.session.user?.id ?? null;
  const origin = `import: ${fileName}`.slice(0, 300);
  return ctx.db.transaction(() => {
    const preview = plan(ctx.db, format, snapshot);
    if (preview.existingFrameworkId === null) {
      const fw = insertFramework(ctx.db, snapshot.framework.idNumber);
      const version = insertVersion(ctx.db, {
        frameworkId: fw.id,
        number: 1,
        header: snapshot.framework,
        createdBy: actor,
        origin,
      });
      insertNodes(ctx.db, version.id, snapshot.nodes);
      appendAudit(ctx.db, {
        actorId: actor,
        action: 'import',
        entity: 'framework',
        entityId: fw.id,
        newValue: { fileName, format, counts: preview.counts, version: 1 },
      });
      return { ...preview, frameworkId: fw.id, versionId: version.id, versionNumber: 1 };
    }
    const frameworkId = preview.existingFrameworkId;
    if (preview.action === 'no-change') {
      const latest = latestVersionRow(ctx.db, frameworkId)!;
      return { ...preview, frameworkId, versionId: latest.id, versionNumber: latest.number };
    }
    const { version } = editableVersion(ctx.db, frameworkId, actor, origin);
    const diff = diffSnapshots(snapshotOf(ctx.db, requireVersion(ctx.db, version.id)), snapshot);
    const byId = new Map(snapshot.nodes.map((n) => [n.idNumber, n]));
    tombstoneNodes(
      ctx.db,
      version.id,
      diff.removed.map((n) => n.idNumber),
    );
    diff.changed.forEach((c) => updateNodeRow(ctx.db, version.id, byId.get(c.idNumber)!));
    insertNodes(ctx.db, version.id, diff.added);
    updateVersionHeader(ctx.db, version.id, snapshot.framework);
    appendAudit(ctx.db, {
      actorId: actor,
      action: 'import',
      entity: 'framework',
      entityId: frameworkId,
      newValue: { fileName, format, counts: preview.counts, version: version.number },
    });
    return { ...preview, frameworkId, versionId: version.id, versionNumber: version.number };
  })();
}

export function exportFramework(
  ctx: ServiceContext,
  input: { format: FrameworkFormat; versionId?: string; frameworkId?: string },
): { fileName: string; content: string } {
  const version = input.versionId
    ? requireVersion(ctx.db, input.versionId)
    : input.frameworkId
      ? requireLatestVersion(ctx.db, input.frameworkId)
      : null;
  if (!version) throw new AppError('NOT_FOUND');
  const snapshot = snapshotOf(ctx.db, version);
  const stem = `${snapshot.framework.idNumber}-v${version.number}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (input.format === 'moodle') return { fileName: `${stem}.csv`, content: serializeMoodleCsv(snapshot) };
  return {
    fileName: `${stem}.case.json`,
    content: serializeCaseJson(snapshot, { lastChangeDateTime: version.updated_at }),
  };
}
