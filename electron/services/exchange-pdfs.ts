import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/i18n/languages';
import { bilingual, packageError } from '../exchange/errors';
import { PDF_ENTRY } from '../exchange/format';
import type { PackagePdf } from '../exchange/export';
import { takePreview } from '../exchange/preview-store';
import { PdfPool } from '../pdf/worker-pool';
import type { PdfJob } from '../pdf/worker-jobs';
import { findIdpByResult } from '../repositories/idp';
import { batchResults } from '../repositories/result';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { appendAudit } from './audit';
import { AppError } from './errors';
import { exportFolder } from './pdf-export-jobs';
import { fileNameFor, pdfJob } from './pdf-export';

/** A PDF rendered for a package, with the number it was issued (kept in the export's audit entry). */
export interface RenderedPdf extends PackagePdf {
  documentNumber: string;
  documentId: string;
}

/**
 * The batch's printed documents for a package: every participant's report, the IDPs that exist,
 * and the recap — the same documents and file names as the batch PDF export. Each is a new
 * printout, so each takes the next number of its series (see docs/exchange-format.md §9).
 * A batch without results is refused: an empty recap alone is not what "the batch's PDFs" means.
 */
export async function renderBatchPdfs(
  ctx: ServiceContext,
  batchId: string,
  language: Language = 'id',
  o: RenderOptions = {},
): Promise<RenderedPdf[]> {
  const { batch, results } = batchWithResults(ctx, batchId);
  // Jobs (data and document numbers) are made here, in order, in this thread: one series, one database.
  const jobs: { name: string; job: PdfJob }[] = [];
  for (const r of results) {
    jobs.push({
      name: fileNameFor('report', r, batch.name),
      job: pdfJob(ctx, 'report', batchId, r.participant_id, language),
    });
    if (findIdpByResult(ctx.db, r.id))
      jobs.push({
        name: fileNameFor('idp', r, batch.name),
        job: pdfJob(ctx, 'idp', batchId, r.participant_id, language),
      });
  }
  jobs.push({ name: fileNameFor('recap', null, batch.name), job: pdfJob(ctx, 'recap', batchId, null, language) });
  for (const j of jobs)
    if (!PDF_ENTRY.test(`pdf/${j.name}`)) throw new Error(`PDF file name not allowed in a package: ${j.name}`);

  let done = 0;
  o.onProgress?.(0, jobs.length);
  const pool = new PdfPool();
  // Cancelling closes the pool: queued jobs are dropped and running ones end with their workers.
  const onAbort = () => void pool.close();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (o.signal?.aborted) throw cancelled();
    const rendered = await Promise.all(
      jobs.map(async ({ name, job }) => {
        const data = await pool.run(job);
        o.onProgress?.(++done, jobs.length);
        return { name, data, documentNumber: job.meta.documentNumber, documentId: job.meta.documentId };
      }),
    );
    if (o.signal?.aborted) throw cancelled();
    return rendered;
  } catch (e) {
    throw o.signal?.aborted ? cancelled() : e;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    await pool.close();
  }
}

export interface RenderOptions {
  /** PDFs rendered of PDFs to render; called with (0, total) once the work is known. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What a cancelled render throws: nothing was made, so there is nothing to return. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}
const cancelled = () => new ExportCancelled();

/**
 * The batch and its results, refusing a batch without results. Checked before anything is
 * printed (and before a background export starts), so a refusal takes no document number.
 */
export function batchWithResults(ctx: ServiceContext, batchId: string) {
  const batch = requireBatch(ctx, batchId);
  const results = batchResults(ctx.db, batchId);
  if (results.length === 0)
    throw new AppError('VALIDATION', {}, [
      { path: 'withPdfs', message: bilingual('pdfsNoResults', { batch: batch.name }) },
    ]);
  return { batch, results };
}

/** The PDFs of a verified package as file names (without "pdf/") and sizes, sorted. */
export function pdfList(pdfs: Map<string, Uint8Array>): { fileName: string; bytes: number }[] {
  return [...pdfs]
    .map(([entry, data]) => ({ fileName: entry.slice('pdf/'.length), bytes: data.length }))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/**
 * Writes a verified package's PDFs into `dir` (made if missing). Nothing is overwritten: when
 * any target exists, nothing is written and the refusal names the files. Each file is also
 * opened exclusively ('wx'), so a file appearing in between is not overwritten either.
 */
export function writePackagePdfs(pdfs: Map<string, Uint8Array>, dir: string): string[] {
  const targets = pdfList(pdfs).map((p) => ({
    file: path.join(dir, p.fileName),
    data: pdfs.get(`pdf/${p.fileName}`)!,
  }));
  const existing = targets.filter((t) => fs.existsSync(t.file)).map((t) => path.basename(t.file));
  if (existing.length)
    throw new AppError(
      'CONFLICT',
      { what: bilingual('pdfsExist', { count: existing.length, dir }) },
      existing.slice(0, 50).map((f) => ({ path: f, message: bilingual('pdfExists') })),
    );
  fs.mkdirSync(dir, { recursive: true });
  for (const t of targets) fs.writeFileSync(t.file, t.data, { flag: 'wx' });
  return targets.map((t) => t.file);
}

/**
 * Saves the PDFs of an opened (verified) package into a new folder beside the database, as the
 * batch PDF export does: the folder is chosen here, never named by the renderer.
 */
export function savePreviewPdfs(ctx: ServiceContext, previewId: string): { folder: string; files: string[] } {
  const opened = takePreview(previewId);
  if (!opened) throw packageError('previewExpired');
  const { manifest, pdfs } = opened.pkg;
  if (pdfs.size === 0) throw new AppError('VALIDATION', {}, [{ path: 'pdfs', message: bilingual('noPdfs') }]);
  const folder = exportFolder(ctx, 'package', manifest.packageId);
  const files = writePackagePdfs(pdfs, folder);
  appendAudit(ctx.db, {
    actorId: ctx.session.user?.id ?? null,
    action: 'exchange.savePdfs',
    entity: 'package',
    entityId: manifest.packageId,
    newValue: { office: manifest.office.code, folder, files: files.length },
  });
  return { folder, files: files.map((f) => path.basename(f)) };
}
