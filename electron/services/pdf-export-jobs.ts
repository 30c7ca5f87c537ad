import path from 'node:path';
import type { Language } from '../../shared/i18n/languages';
import type { ServiceContext } from './context';
import { JobTable } from './background-jobs';
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

const jobs = new JobTable<ExportJobStatus>();

/** The folder comes from the main side only (next to the database), never from the renderer. */
export function exportFolder(ctx: ServiceContext, kind: string, batchId: string): string {
  return path.join(path.dirname(ctx.db.name), 'exports', `${kind}-${batchId.slice(-8)}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
}

export function startExport(ctx: ServiceContext, o: { batchId: string; kind: 'idp' | 'report'; language: Language }): { jobId: string } {
  const jobId = newId();
  const status: ExportJobStatus = { jobId, state: 'running', done: 0, total: 0, written: 0, skipped: 0, folder: exportFolder(ctx, o.kind, o.batchId), error: null };
  const controller = jobs.begin(status, () => refusal('office.pdfBusy'));
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

export const exportStatus = (jobId: string): ExportJobStatus => jobs.status(jobId);
export const cancelExport = (jobId: string): ExportJobStatus => jobs.cancel(jobId);
