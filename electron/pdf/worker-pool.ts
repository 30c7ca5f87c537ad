import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { resourcesDir } from '../resources-path';
import type { PdfJob } from './worker-jobs';

/**
 * Where the worker's code is: next to the bundle (dist/electron/pdf-worker.cjs, built by
 * scripts/build-electron.mjs) when running bundled, else this folder's worker.ts, loaded
 * through tsx (development, tests, CLI under tsx).
 */
export function workerEntry(): { file: string; source: boolean } {
  const override = process.env.ASESA_PDF_WORKER;
  if (override) return { file: override, source: override.endsWith('.ts') };
  if (typeof __dirname === 'string') {
    const bundled = path.join(__dirname, 'pdf-worker.cjs');
    if (fs.existsSync(bundled)) return { file: bundled, source: false };
  }
  // From source: the repository holding resources/ also holds electron/pdf/worker.ts.
  // (No import.meta here: the CommonJS bundle has none.)
  const source = path.join(path.dirname(resourcesDir()), 'electron', 'pdf', 'worker.ts');
  return { file: fs.existsSync(source) ? source : path.resolve('electron', 'pdf', 'worker.ts'), source: true };
}

/**
 * Running from source, the worker is TypeScript: a tiny script registers tsx's loader inside
 * the worker and then imports worker.ts (`execArgv: ['--import', 'tsx']` does not reach a
 * worker's entry on Node 20).
 */
function tsxBootstrap(file: string): string {
  const tsxDir = path.dirname(createRequire(file).resolve('tsx/package.json'));
  const api = path.join(tsxDir, 'dist', 'esm', 'api', 'index.mjs');
  return `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
}

export const defaultPoolSize = () => Math.max(1, Math.min(2, os.availableParallelism?.() ?? os.cpus().length));

/**
 * Jobs handed to a worker at once: the second waits in the worker's own message queue, so a
 * worker never idles while the main thread (busy with the database, or not scheduled on a
 * loaded machine) gets round to answering.
 */
const IN_FLIGHT = 2;

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted and not answered yet. */
  inFlight: number;
  dead: boolean;
  pending: Map<number, Pending>;
}

/**
 * A small pool of PDF worker threads (size = min(2, cores)): up to two jobs per worker at a
 * time, the rest queue. `close()` ends the workers; jobs still queued are rejected.
 */
export class PdfPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; job: PdfJob; p: Pending }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size = defaultPoolSize()) {
    const entry = workerEntry();
    for (let i = 0; i < size; i++) {
      const workerData = { resources: resourcesDir() };
      const worker = entry.source ? new Worker(tsxBootstrap(entry.file), { eval: true, workerData }) : new Worker(entry.file, { workerData });
      const slot: Slot = { worker, inFlight: 0, dead: false, pending: new Map() };
      worker.on('message', (msg: { id: number; bytes?: Uint8Array; error?: string }) => {
        const p = slot.pending.get(msg.id);
        slot.pending.delete(msg.id);
        slot.inFlight--;
        if (p) {
          if (msg.bytes) p.resolve(msg.bytes);
          else p.reject(new Error(msg.error ?? 'PDF worker failed'));
        }
        this.pump();
      });
      // A worker that fails or exits fails its job; when none is left, the queue fails too.
      const die = (e: Error) => {
        if (slot.dead) return;
        slot.dead = true;
        for (const p of slot.pending.values()) p.reject(e);
        slot.pending.clear();
        if (this.slots.every((x) => x.dead)) for (const q of this.queue.splice(0)) q.p.reject(e);
      };
      worker.on('error', die);
      worker.on('exit', (code) => die(new Error(`PDF worker exited (${code})`)));
      this.slots.push(slot);
    }
  }

  run(job: PdfJob): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('the PDF pool is closed'));
    if (this.slots.every((s) => s.dead)) return Promise.reject(new Error('no PDF worker is running'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, p: { resolve, reject } });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (!slot.dead && slot.inFlight < IN_FLIGHT && this.queue.length > 0) {
        const next = this.queue.shift()!;
        slot.inFlight++;
        slot.pending.set(next.id, next.p);
        slot.worker.postMessage({ id: next.id, job: next.job });
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.p.reject(new Error('cancelled'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
