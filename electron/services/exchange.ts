import type { ExchangePreview, ImportRecord, Resolutions } from '../../shared/contract/channels/exchange';
import { applyPlan, type AppliedCounts, type Choice } from '../exchange/apply';
import { checkRows } from '../exchange/check-rows';
import { classify, type PlannedRow } from '../exchange/classify';
import { bilingual, packageError } from '../exchange/errors';
import { buildPackage, type BuiltPackage } from '../exchange/export';
import type { ExportScope } from '../exchange/format';
import type { Language } from '../../shared/i18n/languages';
import { dropPreview, keepPreview, takePreview, type OpenedPackage } from '../exchange/preview-store';
import { openPackage } from '../exchange/read';
import { localOffice, type Row } from '../exchange/row-hash';
import { undoLastImport, type UndoResult } from '../exchange/undo';
import type { Db } from '../db/connection';
import { appendAudit } from './audit';
import { takeBackup } from './backups';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { batchWithResults, ExportCancelled, pdfList, renderBatchPdfs, type RenderOptions } from './exchange-pdfs';
import { findTrusted, trustOffice } from './exchange-trust';
import { newId, nowIso } from './ids';

/**
 * Changes since: this connection's total (total_changes) and other connections' commits
 * (data_version). Equal stamps mean nothing was written in between.
 */
function dbStamp(db: Db): string {
  return `${String(db.prepare('SELECT total_changes()').pluck().get())}:${String(db.pragma('data_version', { simple: true }))}`;
}

/** How many conflicts a preview carries with both versions; the rest are counted. */
export const CONFLICTS_SHOWN = 200;

export interface ExportInput {
  scope: ExportScope;
  encrypt: boolean;
  passphrase?: string;
  /** Batch scope only: carry the batch's reports, IDPs and recap as pdf/ entries. */
  withPdfs?: boolean;
  /** The language of those PDFs; Indonesian unless asked. */
  pdfLanguage?: Language;
}

/** The refusals known before any work: checked again by exportPackage, and up front by a background export. */
export function checkExport(ctx: ServiceContext, input: ExportInput): void {
  if (input.encrypt && !input.passphrase)
    throw new AppError('VALIDATION', {}, [{ path: 'passphrase', message: bilingual('passphraseNeeded') }]);
  if (input.withPdfs && input.scope.kind !== 'batch')
    throw new AppError('VALIDATION', {}, [{ path: 'withPdfs', message: bilingual('pdfsNeedBatch') }]);
  if (input.withPdfs && input.scope.kind === 'batch') batchWithResults(ctx, input.scope.batchId);
}

/** A cancelled export (signal) throws ExportCancelled before anything is built or audited. */
export async function exportPackage(
  ctx: ServiceContext,
  input: ExportInput,
  o: RenderOptions = {},
): Promise<BuiltPackage & { pdfs: string[] }> {
  checkExport(ctx, input);
  const pdfBatch = input.withPdfs && input.scope.kind === 'batch' ? input.scope.batchId : null;
  if (!pdfBatch) o.onProgress?.(0, 0);
  const rendered = pdfBatch ? await renderBatchPdfs(ctx, pdfBatch, input.pdfLanguage ?? 'id', o) : [];
  // The last check: from here to the audit entry nothing waits, so a cancel cannot land half-way.
  if (o.signal?.aborted) throw new ExportCancelled();
  const built = buildPackage(ctx.db, {
    scope: input.scope,
    passphrase: input.encrypt ? input.passphrase : undefined,
    pdfs: rendered,
  });
  appendAudit(ctx.db, {
    actorId: ctx.session.user?.id ?? null,
    action: 'exchange.export',
    entity: 'package',
    entityId: built.manifest.packageId,
    newValue: {
      scope: input.scope,
      counts: built.counts,
      // The numbers these printouts took from the series: the register of what left the office.
      ...(rendered.length
        ? { pdfs: rendered.map((p) => ({ file: p.name, documentNumber: p.documentNumber, documentId: p.documentId })) }
        : {}),
    },
  });
  return { ...built, pdfs: rendered.map((p) => p.name) };
}

function alreadyApplied(ctx: ServiceContext, packageId: string): string | null {
  const row = ctx.db
    .prepare('SELECT imported_at FROM exchange_import WHERE package_id = ? AND undone_at IS NULL')
    .get(packageId) as { imported_at: string } | undefined;
  return row?.imported_at ?? null;
}

/** Signer checks shared by preview and apply; returns whether the signer is already trusted. */
function signerTrust(ctx: ServiceContext, opened: Pick<OpenedPackage, 'pkg'>): 'trusted' | 'unknown' {
  const { manifest, fingerprint } = opened.pkg;
  const local = localOffice(ctx.db);
  if (!local) throw new AppError('NOT_SET_UP');
  if (manifest.office.id === local.id) throw packageError('ownPackage');
  const known = findTrusted(ctx.db, manifest.office.code);
  if (!known) return 'unknown';
  if (known.fingerprint !== fingerprint || known.office_id !== manifest.office.id) {
    throw packageError('keyMismatch', { code: manifest.office.code, known: known.fingerprint, found: fingerprint });
  }
  return 'trusted';
}

function shownRow(opened: OpenedPackage, table: string, row: Row): Record<string, Row[string]> {
  // Only columns that travel: a local password hash must never reach the screen.
  const columns = opened.incoming.find((t) => t.shape.spec.table === table)?.shape.columns ?? [];
  return Object.fromEntries(columns.filter((c) => c in row).map((c) => [c, row[c]!]));
}

/** Opens and verifies a package, compares it with this database, and keeps it for apply. */
export function previewPackage(ctx: ServiceContext, bytes: Uint8Array, passphrase?: string): ExchangePreview {
  const pkg = openPackage(bytes, passphrase);
  const trust = signerTrust(ctx, { pkg });
  const incoming = checkRows(ctx.db, pkg);
  const plan = classify(ctx.db, incoming, localOffice(ctx.db)!.id);
  const opened: OpenedPackage = { pkg, incoming, plan, stamp: dbStamp(ctx.db), expires: 0 };
  const previewId = newId();
  keepPreview(previewId, opened);
  const conflicts = plan.rows.filter((r) => r.status === 'conflict');
  const { manifest } = pkg;
  return {
    previewId,
    packageId: manifest.packageId,
    createdAt: manifest.createdAt,
    formatVersion: manifest.formatVersion,
    appVersion: manifest.appVersion,
    encrypted: pkg.encrypted,
    scope: manifest.scope,
    signer: {
      officeId: manifest.office.id,
      code: manifest.office.code,
      name: manifest.office.name,
      fingerprint: pkg.fingerprint,
      trust,
    },
    alreadyAppliedAt: alreadyApplied(ctx, manifest.packageId),
    pdfs: pdfList(pkg.pdfs),
    tables: plan.tables,
    conflictCount: conflicts.length,
    conflicts: conflicts.slice(0, CONFLICTS_SHOWN).map((r) => ({
      table: r.table,
      id: r.id,
      reason: r.reason ?? 'both-changed',
      mine: shownRow(opened, r.table, r.local ?? {}),
      theirs: shownRow(opened, r.table, r.incoming),
    })),
  };
}

function chooser(resolutions: Resolutions): (row: PlannedRow) => Choice | undefined {
  return (row) =>
    resolutions.rows?.[`${row.table}:${row.id}`] ?? resolutions.tables?.[row.table] ?? resolutions.default;
}

export interface ApplyResult {
  importId: string;
  packageId: string;
  backupFile: string | null;
  tables: AppliedCounts[];
}

/**
 * One atomic apply after a backup. The comparison is redone inside the transaction, so an edit
 * made between preview and apply is never overwritten unseen: it shows up as an unresolved conflict.
 */
export function applyPreview(
  ctx: ServiceContext,
  input: { previewId: string; resolutions: Resolutions; trustSigner: boolean },
): ApplyResult {
  const opened = takePreview(input.previewId);
  if (!opened) throw packageError('previewExpired');
  const { manifest, fingerprint } = opened.pkg;
  const at = alreadyApplied(ctx, manifest.packageId);
  if (at) throw new AppError('CONFLICT', { what: bilingual('alreadyApplied', { id: manifest.packageId, at }) });
  const trust = signerTrust(ctx, opened);
  if (trust === 'unknown' && !input.trustSigner)
    throw packageError('untrusted', { code: manifest.office.code, fingerprint });
  const choose = chooser(input.resolutions);
  const actor = ctx.session.user?.id ?? null;
  const db = ctx.db;
  const undecided = (rows: PlannedRow[]) => rows.filter((r) => r.status === 'conflict' && !choose(r));
  const refuseUndecided = (open: PlannedRow[]) =>
    packageError(
      'unresolved',
      { count: open.length },
      open.slice(0, 50).map((r) => ({ path: `${r.table} ${r.id}`, message: r.reason ?? '' })),
    );
  // Fail fast, before the backup, when the preview already shows an undecided conflict.
  if (undecided(opened.plan.rows).length) throw refuseUndecided(undecided(opened.plan.rows));
  const backupFile = db.memory ? null : takeBackup(db, db.name, 'pre-import');
  const result = db.transaction((): ApplyResult => {
    // Unchanged database since the preview (same connection, no other writer): its plan holds.
    const plan = dbStamp(db) === opened.stamp ? opened.plan : classify(db, opened.incoming, localOffice(db)!.id);
    const open = undecided(plan.rows);
    if (open.length) throw refuseUndecided(open);
    if (trust === 'unknown') {
      trustOffice(
        db,
        {
          code: manifest.office.code,
          officeId: manifest.office.id,
          name: manifest.office.name,
          publicKey: manifest.signer.publicKey,
          fingerprint,
        },
        actor,
      );
    }
    const importId = newId();
    const now = nowIso();
    db.prepare(
      `INSERT INTO exchange_import (id, package_id, signer_office_id, signer_office_code, signer_office_name, fingerprint, scope, counts, imported_by, imported_at, backup_file)
       VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?)`,
    ).run(
      importId,
      manifest.packageId,
      manifest.office.id,
      manifest.office.code,
      manifest.office.name,
      fingerprint,
      JSON.stringify(manifest.scope),
      actor,
      now,
      backupFile,
    );
    db.pragma('defer_foreign_keys = ON');
    let tables: AppliedCounts[];
    try {
      tables = applyPlan(db, {
        importId,
        signerOfficeId: manifest.office.id,
        signerCode: manifest.office.code,
        at: now,
        incoming: opened.incoming,
        plan,
        choose: (r) => choose(r) ?? 'mine',
      });
      db.prepare('UPDATE exchange_import SET counts = ? WHERE id = ?').run(JSON.stringify(tables), importId);
    } catch (e) {
      if (e instanceof AppError) throw e;
      // A constraint the package breaks here (e.g. a unique name already used): nothing is kept.
      throw packageError('applyFailed', { what: e instanceof Error ? e.message : String(e) });
    }
    appendAudit(db, {
      actorId: actor,
      action: 'exchange.import',
      entity: 'package',
      entityId: manifest.packageId,
      newValue: { office: manifest.office.code, fingerprint, tables },
    });
    return { importId, packageId: manifest.packageId, backupFile, tables };
  })();
  dropPreview(input.previewId);
  return result;
}

export function importHistory(ctx: ServiceContext): ImportRecord[] {
  const rows = ctx.db.prepare('SELECT * FROM exchange_import ORDER BY imported_at DESC, rowid DESC').all() as {
    id: string;
    package_id: string;
    signer_office_code: string;
    signer_office_name: string;
    fingerprint: string;
    imported_at: string;
    imported_by: string | null;
    counts: string;
    undone_at: string | null;
  }[];
  return rows.map((r) => ({
    importId: r.id,
    packageId: r.package_id,
    signerCode: r.signer_office_code,
    signerName: r.signer_office_name,
    fingerprint: r.fingerprint,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    counts: JSON.parse(r.counts) as AppliedCounts[],
    undoneAt: r.undone_at,
  }));
}

export function undoLast(ctx: ServiceContext): UndoResult {
  const db = ctx.db;
  return db.transaction(() => {
    const result = undoLastImport(db);
    db.prepare('UPDATE exchange_import SET undone_by = ? WHERE id = ?').run(
      ctx.session.user?.id ?? null,
      result.importId,
    );
    appendAudit(db, {
      actorId: ctx.session.user?.id ?? null,
      action: 'exchange.undo',
      entity: 'package',
      entityId: result.packageId,
      newValue: { restoredRows: result.restoredRows },
    });
    return result;
  })();
}
