import type { FrameworkSnapshot } from '../../shared/schemas/framework';
import {
  MAX_IMPORT_BYTES,
  type FrameworkFormat,
  type ImportPreview,
  type ImportResult,
} from '../../shared/schemas/dictionary';
import { serializeCaseJson, parseCaseJson } from '../codecs/case-json';
import { parseMoodleCsv, serializeMoodleCsv } from '../codecs/moodle-csv';
import type { CaseStandard, FrameworkParseResult } from '../codecs/types';
import type { Db } from '../db/connection';
import {
  findFrameworkByIdNumber,
  insertFramework,
  insertVersion,
  latestVersionRow,
  updateVersionHeader,
} from '../repositories/framework';
import { insertNodes, tombstoneNodes, updateNodeRow } from '../repositories/framework-node';
import { listStandards } from '../repositories/position-standard';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { localise, reason } from './dictionary-messages';
import { AppError } from './errors';
import { requireLatestVersion, requireVersion, snapshotOf } from './framework';
import { diffSnapshots } from './framework-diff';
import { editableVersion } from './framework-edit';
import { applyStandards, planStandards } from './standard-exchange';

/** What an uploaded file holds: the framework and, for CASE, its position standards. */
interface ParsedFile {
  format: FrameworkFormat;
  snapshot: FrameworkSnapshot;
  standards: CaseStandard[] | null;
}

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
export function parseFrameworkFile(db: Db, fileName: string, bytes: Uint8Array): ParsedFile {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('BAD_INPUT', {
      reason: reason('fileTooLarge', { file: fileName, mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
    });
  const format = formatOf(fileName, bytes);
  const result: FrameworkParseResult =
    format === 'moodle' ? parseMoodleCsv(bytes, fileName) : parseCaseJson(bytes, fileName);
  if (!result.snapshot) {
    const count = result.errors.length;
    throw new AppError(
      'BAD_INPUT',
      { reason: reason('fileProblems', { file: fileName, count }) },
      localise(db, result.errors.slice(0, 200)),
    );
  }
  return { format, snapshot: result.snapshot, standards: format === 'case' ? (result.standards ?? []) : null };
}

function plan(db: Db, { format, snapshot, standards }: ParsedFile): ImportPreview {
  const existing = findFrameworkByIdNumber(db, snapshot.framework.idNumber);
  const base = {
    format,
    idNumber: snapshot.framework.idNumber,
    name: snapshot.framework.name,
    ...(standards ? { standards: planStandards(db, existing?.id ?? null, standards) } : {}),
  };
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
  return plan(ctx.db, parseFrameworkFile(ctx.db, fileName, bytes));
}

/**
 * Applies an import in one transaction: a new framework gets version 1; an existing framework's
 * unused latest version is brought to the file's content (changed nodes updated, missing ones
 * tombstoned); a used one gets a new version. A CASE file's position standards are applied in
 * the same transaction (standard-exchange.ts). Importing the same file again changes nothing.
 */
export function applyImport(ctx: ServiceContext, fileName: string, bytes: Uint8Array): ImportResult {
  const parsed = parseFrameworkFile(ctx.db, fileName, bytes);
  const actor = ctx.session.user?.id ?? null;
  return ctx.db.transaction(() => {
    const result = applyFramework(ctx.db, parsed, actor, fileName);
    if (!parsed.standards) return result;
    const standards = applyStandards(ctx.db, {
      actorId: actor,
      frameworkId: result.frameworkId,
      fileName,
      standards: parsed.standards,
    });
    return { ...result, standards };
  })();
}

/** The framework part of an import; the caller holds the transaction. */
function applyFramework(db: Db, parsed: ParsedFile, actor: string | null, fileName: string): ImportResult {
  const { format, snapshot } = parsed;
  const origin = `import: ${fileName}`.slice(0, 300);
  const preview = plan(db, parsed);
  if (preview.existingFrameworkId === null) {
    const fw = insertFramework(db, snapshot.framework.idNumber);
    const version = insertVersion(db, {
      frameworkId: fw.id,
      number: 1,
      header: snapshot.framework,
      createdBy: actor,
      origin,
    });
    insertNodes(db, version.id, snapshot.nodes);
    appendAudit(db, {
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
    const latest = latestVersionRow(db, frameworkId)!;
    return { ...preview, frameworkId, versionId: latest.id, versionNumber: latest.number };
  }
  const { version } = editableVersion(db, frameworkId, actor, origin);
  const diff = diffSnapshots(snapshotOf(db, requireVersion(db, version.id)), snapshot);
  const byId = new Map(snapshot.nodes.map((n) => [n.idNumber, n]));
  tombstoneNodes(
    db,
    version.id,
    diff.removed.map((n) => n.idNumber),
  );
  diff.changed.forEach((c) => updateNodeRow(db, version.id, byId.get(c.idNumber)!));
  insertNodes(db, version.id, diff.added);
  updateVersionHeader(db, version.id, snapshot.framework);
  appendAudit(db, {
    actorId: actor,
    action: 'import',
    entity: 'framework',
    entityId: frameworkId,
    newValue: { fileName, format, counts: preview.counts, version: version.number },
  });
  return { ...preview, frameworkId, versionId: version.id, versionNumber: version.number };
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
  const standards: CaseStandard[] = listStandards(ctx.db, { frameworkId: version.framework_id }).map((s) => ({
    id: s.id,
    name: s.name,
    jenjang: s.jenjang,
    unit: s.unit,
    agency: s.agency,
    isDefault: s.isDefault,
    verify: s.verify,
    requirements: s.requirements,
  }));
  const stem = `${snapshot.framework.idNumber}-v${version.number}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (input.format === 'moodle') return { fileName: `${stem}.csv`, content: serializeMoodleCsv(snapshot) };
  return {
    fileName: `${stem}.case.json`,
    content: serializeCaseJson(snapshot, { lastChangeDateTime: version.updated_at, standards }),
  };
}
