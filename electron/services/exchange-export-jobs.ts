import type { ExportJob } from '../../shared/contract/channels/exchange';
import type { EnvelopeError } from '../../shared/contract/envelope';
import { translate } from '../../shared/i18n/translate';
import { packageError } from '../exchange/errors';
import type { BuiltPackage } from '../exchange/export';
import { MAX_PACKAGE_BASE64 } from '../../shared/contract/channels/exchange';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { JobTable } from './background-jobs';
import { checkExport, exportPackage, type ExportInput } from './exchange';
import { ExportCancelled } from './exchange-pdfs';
import { newId } from './ids';
import { getLanguage } from './settings';

/**
 * "Kirim paket" in the background, so the window can show how many PDFs are printed and offer
 * cancel (the batch PDF export's pattern, pdf-export-jobs.ts): start returns at once, status is
 * polled, cancel aborts the worker pool. One export at a time; jobs live in memory for this run
 * of the app and a finished one is kept until the next one starts.
 *
 * A cancelled export builds, returns and audits nothing. The document numbers its PDFs already
 * took stay taken (a series never goes back), exactly as with a cancelled batch PDF export.
 */
const jobs = new JobTable<ExportJob>();

export const toBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');

/** The exchange.export reply: the package as base64, refused when too big for the window. */
export function exportReply(built: BuiltPackage & { pdfs: string[] }): NonNullable<ExportJob['result']> {
  const contentBase64 = toBase64(built.bytes);
  if (contentBase64.length > MAX_PACKAGE_BASE64) throw packageError('tooBig', { size: built.bytes.length });
  return {
    fileName: built.fileName,
    contentBase64,
    packageId: built.manifest.packageId,
    counts: built.counts,
    pdfs: built.pdfs,
  };
}

/** The failure as the registry would have sent it, in the device language. */
function envelopeError(ctx: ServiceContext, e: unknown): EnvelopeError {
  const language = getLanguage(ctx.db);
  if (e instanceof AppError) {
    const message = translate(language, `errors.${e.code}`, e.params);
    return e.details?.length ? { code: e.code, message, details: e.details } : { code: e.code, message };
  }
  const reason = e instanceof Error ? e.message : String(e);
  return {
    code: 'INTERNAL',
    message: translate(language, 'errors.INTERNAL'),
    details: [{ path: 'export', message: reason }],
  };
}

/** Refusals known up front (passphrase, scope, batch without results) are thrown here, not reported as a failed job. */
export function startPackageExport(ctx: ServiceContext, input: ExportInput): { jobId: string } {
  checkExport(ctx, input);
  const jobId = newId();
  const status: ExportJob = { jobId, state: 'running', done: 0, total: 0, error: null, result: null };
  const controller = jobs.begin(status, () => packageError('exportBusy'));
  const onProgress = (done: number, total: number) => {
    status.done = done;
    status.total = total;
  };
  exportPackage(ctx, input, { onProgress, signal: controller.signal })
    .then((built) => {
      status.result = exportReply(built);
      status.state = 'done';
    })
    .catch((e: unknown) => {
      if (e instanceof ExportCancelled) status.state = 'cancelled';
      else {
        status.state = 'failed';
        status.error = envelopeError(ctx, e);
      }
    });
  return { jobId };
}

export const packageExportStatus = (jobId: string): ExportJob => jobs.status(jobId);
export const cancelPackageExport = (jobId: string): ExportJob => jobs.cancel(jobId);
