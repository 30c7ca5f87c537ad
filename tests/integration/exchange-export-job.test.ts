import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../shared/contract/channels/exchange';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { openPackage } from '../../electron/exchange/read';
import type { ServiceContext } from '../../electron/services/context';
import { createDemo } from '../../electron/services/demo';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

/** "Kirim paket" with PDFs in the background: start, progress, done with the package, cancel, refusals. */
const PASS = 'kata sandi rahasia';
let a: TempDb;
let registry: HandlerRegistry;
let lead: ServiceContext;
let batchId: string;

const exportAudits = () =>
  a.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'exchange.export'").pluck().get() as number;
const docNumbers = () => a.db.prepare("SELECT key, value FROM setting WHERE key LIKE 'docnum.%' ORDER BY key").all();
const status = (jobId: string) => call<ExportJob>(registry, lead, 'exchange.exportStatus', { jobId });

/** Polls until the job leaves 'running', collecting every status seen. */
async function follow(jobId: string, until: (s: ExportJob) => boolean = (s) => s.state !== 'running') {
  const seen: ExportJob[] = [];
  for (;;) {
    const s = await status(jobId);
    seen.push(s);
    if (until(s) || s.state !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  a = tempDb();
  lead = contextAs(a.db, 'coordinator');
  registry = buildRegistry(a.db, () => {});
  ({ batchId } = await createDemo(lead));
}, 180_000);
afterAll(() => a.cleanup());

const withPdfs = () => ({ scope: { kind: 'batch', batchId }, encrypt: true, passphrase: PASS, withPdfs: true });

describe('exchange.exportStart / exportStatus / exportCancel', () => {
  it('cancelled mid-way: no package, no export audit entry; the numbers taken stay taken; a second start meanwhile is refused', async () => {
    const audits = exportAudits();
    const numbers = docNumbers();
    const { jobId } = await call<{ jobId: string }>(registry, lead, 'exchange.exportStart', withPdfs());
    const busy = await refused(registry, lead, 'exchange.exportStart', withPdfs());
    expect(busy.code).toBe('BAD_INPUT');
    expect(busy.message).toMatch(/paket lain sedang dibuat/);

    const running = (await follow(jobId, (s) => s.done > 0)).at(-1)!;
    expect(running.state).toBe('running');
    expect(running.done).toBeLessThan(running.total);
    const cancelled = await call<ExportJob>(registry, lead, 'exchange.exportCancel', { jobId });
    expect(cancelled.jobId).toBe(jobId);
    const end = (await follow(jobId)).at(-1)!;
    expect(end).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(exportAudits()).toBe(audits);
    // Every PDF took its number when the work was planned; a series never goes back.
    expect(docNumbers()).not.toEqual(numbers);
    // Cancelling an ended job changes nothing.
    expect((await call<ExportJob>(registry, lead, 'exchange.exportCancel', { jobId })).state).toBe('cancelled');
  }, 120_000);

  it('runs to the end with progress up to the total and returns the package with every PDF', async () => {
    const audits = exportAudits();
    const { jobId } = await call<{ jobId: string }>(registry, lead, 'exchange.exportStart', {
      ...withPdfs(),
      pdfLanguage: 'en',
    });
    const seen = await follow(jobId);
    const end = seen.at(-1)!;
    expect(end.state, JSON.stringify(end.error)).toBe('done');
    const results = a.db
      .prepare('SELECT count(*) FROM result WHERE batch_id = ? AND deleted_at IS NULL')
      .pluck()
      .get(batchId) as number;
    expect(end.total).toBeGreaterThan(results);
    expect(end.done).toBe(end.total);
    for (const s of seen) expect(s.done).toBeLessThanOrEqual(s.total);
    const result = end.result!;
    expect(result.pdfs).toHaveLength(end.total);
    const pkg = openPackage(new Uint8Array(Buffer.from(result.contentBase64, 'base64')), PASS);
    expect(pkg.manifest.packageId).toBe(result.packageId);
    expect([...pkg.pdfs.keys()].sort()).toEqual(result.pdfs.map((n) => `pdf/${n}`).sort());
    expect(exportAudits()).toBe(audits + 1);
  }, 180_000);

  it('finishes at once with total 0 for a package without PDFs', async () => {
    const { jobId } = await call<{ jobId: string }>(registry, lead, 'exchange.exportStart', {
      scope: { kind: 'full' },
      encrypt: false,
    });
    const end = (await follow(jobId)).at(-1)!;
    expect(end).toMatchObject({ state: 'done', done: 0, total: 0, error: null });
    expect(end.result!.pdfs).toEqual([]);
    expect(openPackage(new Uint8Array(Buffer.from(end.result!.contentBase64, 'base64'))).manifest.packageId).toBe(
      end.result!.packageId,
    );
  });

  it('refuses at start, as an error envelope, what exchange.export refuses, taking no number', async () => {
    const numbers = docNumbers();
    const audits = exportAudits();
    const noPass = await refused(registry, lead, 'exchange.exportStart', { scope: { kind: 'full' }, encrypt: true });
    expect(noPass.code).toBe('VALIDATION');
    expect(noPass.details?.[0]?.path).toBe('passphrase');
    const notBatch = await refused(registry, lead, 'exchange.exportStart', {
      scope: { kind: 'full' },
      encrypt: false,
      withPdfs: true,
    });
    expect(notBatch.details?.[0]?.path).toBe('withPdfs');
    const planned = await runningBatch(a.db, { status: 'planning' });
    const empty = await refused(registry, lead, 'exchange.exportStart', {
      scope: { kind: 'batch', batchId: planned.batch.id },
      encrypt: false,
      withPdfs: true,
    });
    expect(empty.code).toBe('VALIDATION');
    expect(JSON.stringify(empty.details)).toMatch(/belum memiliki hasil.*has no assessment results/);
    const unknown = await refused(registry, lead, 'exchange.exportStart', {
      scope: { kind: 'batch', batchId: 'no-such-batch' },
      encrypt: false,
      withPdfs: true,
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(docNumbers()).toEqual(numbers);
    expect(exportAudits()).toBe(audits);
  });

  it('answers NOT_FOUND for an unknown job, and only to coordinators and administrators', async () => {
    expect((await refused(registry, lead, 'exchange.exportStatus', { jobId: 'nope' })).code).toBe('NOT_FOUND');
    expect((await refused(registry, lead, 'exchange.exportCancel', { jobId: 'nope' })).code).toBe('NOT_FOUND');
    const assessor = contextAs(a.db, 'assessor');
    expect((await refused(registry, assessor, 'exchange.exportStart', withPdfs())).code).toBe('FORBIDDEN');
    expect((await refused(registry, assessor, 'exchange.exportStatus', { jobId: 'nope' })).code).toBe('FORBIDDEN');
  });
});
