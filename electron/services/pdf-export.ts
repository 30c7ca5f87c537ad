import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { PdfPool } from '../pdf/worker-pool';
import { renderJob, type PdfJob } from '../pdf/worker-jobs';
import { findIdpByResult } from '../repositories/idp';
import { batchResults } from '../repositories/result';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { documentMeta } from './documents';
import { AppError } from './errors';
import { documentData, hashedPart } from './document-hash';

export interface PrintedFile {
  fileName: string;
  contentBase64: string;
}

/** A file name from free text: ASCII letters, digits and hyphens only, never a path. */
export const safeName = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'dokumen';

const KIND_CODE = { idp: 'IDP', report: 'LAP', recap: 'REK' } as const;
const TITLE = { idp: 'reports.idpTitle', report: 'reports.reportTitle', recap: 'reports.recapTitle' } as const;

/**
 * The job for one document: its data from the database and its numbered, hashed meta. The hash
 * covers the assessment data only (document-hash.ts), and `about` makes the PDF describe itself,
 * so another office can check it against its own imported data ("Periksa dokumen").
 */
export function pdfJob(ctx: ServiceContext, kind: 'idp' | 'report', batchId: string, participantId: string, language: Language): PdfJob;
export function pdfJob(ctx: ServiceContext, kind: 'recap', batchId: string, participantId: null, language: Language): PdfJob;
export function pdfJob(ctx: ServiceContext, kind: PdfJob['kind'], batchId: string, participantId: string | null, language: Language): PdfJob {
  const title = translate(language, TITLE[kind]);
  const job = documentData(ctx, kind, batchId, kind === 'recap' ? null : participantId, language);
  const meta = documentMeta(ctx.db, { kind: KIND_CODE[kind], title, language, data: hashedPart(job) });
  return { ...job, meta: { ...meta, about: { kind, batchId, participantId: kind === 'recap' ? null : participantId } } };
}

/** The file name a printed document gets (batch export folder and exchange packages alike). */
export function fileNameFor(kind: PdfJob['kind'], who: { number: number; nip: string; name: string } | null, batchName: string): string {
  const prefix = { idp: 'idp', report: 'laporan', recap: 'rekap' }[kind];
  return who ? `${prefix}-${String(who.number).padStart(3, '0')}-${who.nip}-${safeName(who.name)}.pdf` : `${prefix}-${safeName(batchName)}.pdf`;
}

async function printOne(ctx: ServiceContext, kind: 'idp' | 'report', batchId: string, participantId: string, language: Language): Promise<PrintedFile> {
  const batch = requireBatch(ctx, batchId);
  const r = batchResults(ctx.db, batchId).find((x) => x.participant_id === participantId);
  if (!r) throw new AppError('NOT_FOUND');
  const bytes = await renderJob(pdfJob(ctx, kind, batchId, participantId, language));
  return { fileName: fileNameFor(kind, r, batch.name), contentBase64: bytes.toString('base64') };
}

export const printIdp = (ctx: ServiceContext, batchId: string, participantId: string, language: Language) => printOne(ctx, 'idp', batchId, participantId, language);
export const printReport = (ctx: ServiceContext, batchId: string, participantId: string, language: Language) => printOne(ctx, 'report', batchId, participantId, language);

export async function printRecap(ctx: ServiceContext, batchId: string, language: Language): Promise<PrintedFile> {
  const batch = requireBatch(ctx, batchId);
  const bytes = await renderJob(pdfJob(ctx, 'recap', batchId, null, language));
  return { fileName: fileNameFor('recap', null, batch.name), contentBase64: bytes.toString('base64') };
}

export interface ExportOptions {
  batchId: string;
  kind: 'idp' | 'report';
  outDir: string;
  language: Language;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Worker threads; 0 renders in this thread (for comparison). Default min(2, cores). */
  poolSize?: number;
}

/**
 * Every IDP or report of a batch into a folder, rendered by worker threads so both cores
 * work. Data and document numbers are taken here (one database, one series); workers only
 * build and render. Participants without a result (or without an IDP) are skipped.
 * Cancelling stops handing out work; files already written stay.
 */
export async function exportBatch(ctx: ServiceContext, o: ExportOptions): Promise<{ written: number; skipped: number; files: string[]; cancelled: boolean }> {
  const batch = requireBatch(ctx, o.batchId);
  if (!fs.existsSync(o.outDir) || !fs.statSync(o.outDir).isDirectory()) {
    fs.mkdirSync(o.outDir, { recursive: true });
  }
  const results = batchResults(ctx.db, o.batchId);
  const todo = results.filter((r) => o.kind === 'report' || findIdpByResult(ctx.db, r.id));
  const skipped = (batch.participantCount ?? results.length) - todo.length;
  const total = todo.length;
  const files: string[] = [];
  let done = 0;
  o.onProgress?.(0, total);
  const write = (r: (typeof todo)[number], bytes: Uint8Array) => {
    const file = path.join(o.outDir, fileNameFor(o.kind, r, batch.name));
    fs.writeFileSync(file, bytes);
    files.push(file);
    o.onProgress?.(++done, total);
  };
  if (o.poolSize === 0) {
    for (const r of todo) {
      if (o.signal?.aborted) break;
      write(r, await renderJob(pdfJob(ctx, o.kind, o.batchId, r.participant_id, o.language)));
    }
  } else {
    const pool = new PdfPool(o.poolSize);
    const onAbort = () => void pool.close();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const settled = await Promise.allSettled(
        todo.map(async (r) => {
          if (o.signal?.aborted) return;
          const bytes = await pool.run(pdfJob(ctx, o.kind, o.batchId, r.participant_id, o.language));
          if (!o.signal?.aborted) write(r, bytes);
        }),
      );
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed && !o.signal?.aborted) throw failed.reason;
    } finally {
      o.signal?.removeEventListener('abort', onAbort);
      await pool.close();
    }
  }
  return { written: files.length, skipped, files: files.sort(), cancelled: o.signal?.aborted ?? false };
}
