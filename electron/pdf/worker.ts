import { parentPort, workerData } from 'node:worker_threads';
import { renderJob, type PdfJob } from './worker-jobs';

/**
 * PDF worker thread: receives { id, job } (plain data), builds and renders the document and
 * answers { id, bytes } (transferred, not copied) or { id, error }.
 */
const data = workerData as { resources?: string } | undefined;
if (data?.resources) process.env.ASESA_RESOURCES = data.resources;

parentPort?.on('message', (msg: { id: number; job: PdfJob }) => {
  renderJob(msg.job).then(
    (buf) => {
      const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).slice();
      parentPort!.postMessage({ id: msg.id, bytes }, [bytes.buffer]);
    },
    (e: unknown) => parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
