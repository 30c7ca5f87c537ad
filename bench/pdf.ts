import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { openAppDatabase } from '../electron/db/app-db';
import { insertLocalOffice } from '../electron/repositories/office';
import { batchResults } from '../electron/repositories/result';
import type { ServiceContext } from '../electron/services/context';
import { createDemo } from '../electron/services/demo';
import { DEMO_OFFICE } from '../electron/services/demo-data';
import { pdfJob } from '../electron/services/pdf-export';
import { buildDocument, renderJob, type PdfJob } from '../electron/pdf/worker-jobs';
import { defaultPoolSize, PdfPool } from '../electron/pdf/worker-pool';
import { median, millis, type Bench, type Figure } from './types';

const DOCS = 100;
const SINGLE_RUNS = 15;
/** Documents each thread renders before it is timed, so every thread is measured with its code
 * optimised: the main thread has rendered more than this before its first timed round. */
const WARM_PER_THREAD = 30;
/** Serial and pooled work alternate in rounds of this many documents. */
const ROUND = 50;

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

/**
 * PDF generation (issue 6): one IDP (data → doc definition → PDF) against 300 ms; 100 IDPs
 * serially and on the worker pool (target ≥ 1.6× faster on 2 cores); and, in the same run,
 * the baseline of pdfmake rendering the same doc definitions directly (no builder, no pool).
 * The IDPs are the demo batch's (24 plans, cycled to 100 jobs with distinct document ids).
 *
 * Two comparisons, because JIT warm-up is a large part of the first few documents of a thread:
 * - steady state (the target): the main thread and each worker have all rendered at least
 *   WARM_PER_THREAD documents before they are timed;
 * - a cold export, what a user waits for the first time: a fresh pool of 1 worker against a fresh
 *   pool of 2, each started, given the 100 jobs and closed (as services/pdf-export.ts does).
 */
/**
 * What an export from a cold start costs: a fresh pool, every job, the pool closed. Also when
 * the first half of the documents was done, to tell JIT warm-up (first half) from steady state.
 */
async function coldExport(jobs: readonly PdfJob[], size: number): Promise<{ total: number; secondHalf: number }> {
  const t = process.hrtime.bigint();
  const pool = new PdfPool(size);
  const finished: number[] = [];
  try {
    await Promise.all(jobs.map((j) => pool.run(j).then(() => finished.push(millis(t)))));
  } finally {
    await pool.close();
  }
  const total = millis(t);
  return { total, secondHalf: total - finished[Math.floor(jobs.length / 2) - 1]! };
}

export const pdfBench: Bench = {
  name: 'pdf',
  async run(): Promise<Figure[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-bench-pdf-'));
    const { db } = openAppDatabase(path.join(dir, 'bench.db'));
    try {
      insertLocalOffice(db, DEMO_OFFICE);
      const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
      const { batchId } = await createDemo(ctx);
      const people = batchResults(db, batchId);
      const jobs: PdfJob[] = Array.from({ length: DOCS }, (_, i) => pdfJob(ctx, 'idp', batchId, people[i % people.length]!.participant_id, 'id'));

      // Warm-up: fonts read, pdfmake and the builders loaded.
      await renderJob(jobs[0]!);
      const single: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < SINGLE_RUNS; i++) {
        const t = process.hrtime.bigint();
        const c = process.cpuUsage();
        await renderJob(jobs[i]!);
        single.push(millis(t));
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
      const singleMs = median(single);

      // Baseline: pdfmake straight on the same doc definitions (built beforehand, not timed).
      const docs = jobs.map((j) => buildDocument(structuredClone(j)));
      let t = process.hrtime.bigint();
      for (const d of docs) await pdfmake.createPdf(d).getBuffer();
      const rawMs = millis(t);

      // Serial and pooled work alternate in rounds, so a change in the machine's other load
      // hits both alike. CPU time (process-wide, workers included) over wall time tells how many
      // cores were actually working.
      const size = defaultPoolSize();
      t = process.hrtime.bigint();
      const pool = new PdfPool(size);
      let serialMs = 0;
      let poolMs = 0;
      let serialCpu = 0;
      let poolCpu = 0;
      let startMs = 0;
      try {
        await Promise.all(jobs.slice(0, size).map((j) => pool.run(j)));
        startMs = millis(t);
        await Promise.all(jobs.slice(0, size * WARM_PER_THREAD).map((j) => pool.run(j)));
        for (let r = 0; r < DOCS / ROUND; r++) {
          const round = jobs.slice(r * ROUND, (r + 1) * ROUND);
          let c = process.cpuUsage();
          t = process.hrtime.bigint();
          for (const j of round) await renderJob(j);
          serialMs += millis(t);
          serialCpu += cpuMs(c);
          c = process.cpuUsage();
          t = process.hrtime.bigint();
          await Promise.all(round.map((j) => pool.run(j)));
          poolMs += millis(t);
          poolCpu += cpuMs(c);
        }
      } finally {
        await pool.close();
      }
      const speedup = serialMs / poolMs;
      const cold1 = await coldExport(jobs, 1);
      const cold2 = await coldExport(jobs, size);
      return [
        { name: 'pdf.idp.single', value: singleMs, unit: 'ms', target: { text: '< 300 ms', met: singleMs < 300 }, note: `median of ${SINGLE_RUNS}, build + render` },
        { name: 'pdf.idp.single.cpu', value: median(cpu), unit: 'ms', note: 'CPU time of the same runs (less sensitive to other load)' },
        { name: 'pdf.idp.100.pdfmake-direct', value: rawMs / 1000, unit: 's', note: 'baseline: pdfmake.createPdf on the same doc definitions, one thread' },
        { name: 'pdf.idp.100.serial', value: serialMs / 1000, unit: 's', baseline: rawMs / 1000, note: `build + render, one thread; ${(serialCpu / serialMs).toFixed(2)} cores busy` },
        {
          name: `pdf.idp.100.workers(${size})`,
          value: poolMs / 1000,
          unit: 's',
          baseline: serialMs / 1000,
          target: { text: '≥ 1.6× faster than serial', met: speedup >= 1.6 },
          note: `speed-up ${speedup.toFixed(2)}×, every thread warmed with ≥ ${WARM_PER_THREAD} documents; ${(poolCpu / poolMs).toFixed(2)} cores busy`,
        },
        { name: `pdf.pool.start(${size})`, value: startMs, unit: 'ms', note: 'worker threads started, one job each' },
        { name: 'pdf.idp.100.export-cold(1)', value: cold1.total / 1000, unit: 's', note: 'fresh pool of 1 worker: start, 100 IDPs, close' },
        {
          name: `pdf.idp.100.export-cold(${size})`,
          value: cold2.total / 1000,
          unit: 's',
          baseline: cold1.total / 1000,
          note:
            `fresh pool of ${size}: speed-up ${(cold1.total / cold2.total).toFixed(2)}× over 1 worker (start and JIT warm-up included); ` +
            `second half of the documents ${(cold1.secondHalf / cold2.secondHalf).toFixed(2)}× faster`,
        },
      ];
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
