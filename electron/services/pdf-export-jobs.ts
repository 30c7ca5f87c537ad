import path from 'node:path';
import type { Language } from '../../shared/i18n/languages';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { refusal } from './refusal';
import { newId } from './ids';
import { exportBatch } from './pdf-export';

/**
 * A batch export running in the background, so the window can show progress and offer cancel:
 * start returns at once, status is polled, cancel aborts the worker pool. Jobs live in memory
 * for this run of the app; a finished job is kept until the next one starts.
 */
export interface ExportJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  written: number;
  skipped: number;
  folder: string;
  error: string | null;
}

const jobs = new Map<string, { status: ExportJobStatus; controller: AbortController }>();

/** The folder comes from the main side only (next to the database), never from the renderer. */
export function exportFolder(ctx: ServiceContext, kind: string, batchId: string): string {
  return path.join(path.dirname(ctx.db.name), 'exports', `${kind}-${batchId.slice(-8)}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
}

export function startExport(ctx: ServiceContext, o: { batchId: string; kind: 'idp' | 'report'; language: Language }): { jobId: string } {
  for (const [id, job] of jobs) if (job.status.state !== 'running') jobs.delete(id);
  if ([...jobs.values()].some((j) => j.status.state === 'running')) {
    throw refusal('office.pdfBusy');
  }
  const jobId = newId();
  const controller = new AbortController();
  const status: ExportJobStatus = { jobId, state: 'running', done: 0, total: 0, written: 0, skipped: 0, folder: exportFolder(ctx, o.kind, o.batchId), error: null };
  jobs.set(jobId, { status, controller });
  exportBatch(ctx, {
    ...o,
    outDir: status.folder,
    signal: controller.signal,
    onProgress: (done, total) => {
      status.done = done;
      status.total = total;
    },
  }).then(
    (r) => {
      status.written = r.written;
      status.skipped = r.skipped;
      status.state = r.cancelled ? 'cancelled' : 'done';
    },
    (e: unknown) => {
      status.state = controller.signal.aborted ? 'cancelled' : 'failed';
      status.error = e instanceof Error ? e.message : String(e);
    },
  );
  return { jobId };
}

export function exportStatus(jobId: string): ExportJobStatus {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND');
  return { ...job.status };
}

export function cancelExport(jobId: string): ExportJobStatus {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND');
  if (job.status.state === 'running') job.controller.abort();
  return { ...job.status };
}
