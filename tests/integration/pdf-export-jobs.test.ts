import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { ServiceContext } from '../../electron/services/context';
import { createDemo } from '../../electron/services/demo';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call } from '../helpers/scoring-world';

interface Job {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  written: number;
  folder: string;
}

let t: TempDb;
let registry: HandlerRegistry;
let lead: ServiceContext;
let batchId: string;

beforeAll(async () => {
  t = tempDb();
  lead = contextAs(t.db, 'coordinator');
  registry = buildRegistry(t.db, () => {});
  batchId = (await createDemo(lead)).batchId;
}, 120_000);
afterAll(() => t.cleanup());

async function until(jobId: string, stop: (j: Job) => boolean): Promise<{ last: Job; seen: number[] }> {
  const seen: number[] = [];
  for (;;) {
    const j = await call<Job>(registry, lead, 'pdf.exportStatus', { jobId });
    seen.push(j.done);
    if (stop(j)) return { last: j, seen };
    await new Promise((r) => setImmediate(r));
  }
}

describe('batch PDF export in the background (progress and cancel)', () => {
  it('reports progress while it runs and ends with every report written', { timeout: 120_000 }, async () => {
    const { jobId } = await call<{ jobId: string }>(registry, lead, 'pdf.exportStart', { batchId, kind: 'report' });
    const { last, seen } = await until(jobId, (j) => j.state !== 'running');
    expect(last).toMatchObject({ state: 'done', total: 24, done: 24, written: 24 });
    expect(new Set(seen).size).toBeGreaterThan(2); // progress moved through several values
    expect(fs.readdirSync(last.folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(24);
  });

  it('cancel stops it part-way; a second export cannot start while one runs', { timeout: 120_000 }, async () => {
    const { jobId } = await call<{ jobId: string }>(registry, lead, 'pdf.exportStart', { batchId, kind: 'report' });
    const busy = await registry.dispatch('pdf.exportStart', { batchId, kind: 'idp' }, lead.session);
    expect(!busy.ok && busy.error).toMatchObject({
      code: 'BAD_INPUT',
      message:
        'Masukan tidak dapat diproses: ekspor PDF lain sedang berjalan; tunggu hingga selesai, lalu ulangi / another PDF export is running; wait until it ends, then try again',
    });
    await until(jobId, (j) => j.done >= 2 || j.state !== 'running');
    await call(registry, lead, 'pdf.exportCancel', { jobId });
    const { last } = await until(jobId, (j) => j.state !== 'running');
    expect(last.state).toBe('cancelled');
    expect(last.written).toBeLessThan(24);
  });

  it('is refused to assessors and unknown job ids are NOT_FOUND', async () => {
    const assessor = contextAs(t.db, 'assessor');
    const refused = await registry.dispatch('pdf.exportStart', { batchId, kind: 'idp' }, assessor.session);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const unknown = await registry.dispatch('pdf.exportStatus', { jobId: 'nope' }, lead.session);
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });
});
