import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPool, workerEntry } from '../../electron/pdf/worker-pool';
import type { PdfJob } from '../../electron/pdf/worker-jobs';
import { inspectPdf } from '../helpers/pdf';

/**
 * The PDF worker also runs from the esbuild bundle (dist/electron/pdf-worker.cjs), not only
 * from source under tsx: build it into a temp folder and render through it.
 */
const ROOT = path.resolve(__dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-worker-bundle-'));
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', dir], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);
afterAll(() => {
  delete process.env.ASESA_PDF_WORKER;
  fs.rmSync(dir, { recursive: true, force: true });
});

const job: PdfJob = {
  kind: 'recap',
  meta: { language: 'id', title: 'Rekapitulasi Uji', office: { name: 'BPSDM Uji', agency: 'Pemprov Uji', province: 'Kalimantan Timur' }, documentNumber: '001/REK/UJI/XI/2026', documentId: 'doc-1', dataHash: 'a'.repeat(64), printedAt: '2026-11-23T00:00:00.000Z' },
  data: { batchName: 'Batch Uji', purpose: 'pemetaan', targetPost: 'Jabatan Administrator', startsOn: '2026-11-01', endsOn: '2026-11-02', competencies: [{ code: 'INT', label: 'Integritas', required: 3 }], rows: [{ number: 1, nip: '198501012010011001', name: 'Peserta Bundel', levels: { INT: 2 }, jpm: 66.67, category: 'KO', nineBox: 3 }] },
};

describe('PDF worker bundle', () => {
  it('is built next to main.cjs and renders the same document as from source', async () => {
    const bundled = path.join(dir, 'pdf-worker.cjs');
    expect(fs.existsSync(bundled)).toBe(true);
    process.env.ASESA_PDF_WORKER = bundled;
    expect(workerEntry()).toEqual({ file: bundled, source: false });
    const pool = new PdfPool(2);
    try {
      const [a, b] = await Promise.all([pool.run(job), pool.run({ ...job, meta: { ...job.meta, language: 'en', title: 'Summary' } })]);
      const id = inspectPdf(a!);
      expect(id.qpdf).toMatch(/No syntax or stream encoding errors/);
      expect(id.text).toContain('Peserta Bundel');
      expect(id.text).toContain('Sebaran kategori');
      expect(inspectPdf(b!).text).toContain('Category distribution');
    } finally {
      await pool.close();
    }
    await expect(pool.run(job)).rejects.toThrow(/closed/);
  });

  it('fails a job cleanly when the worker cannot start', async () => {
    process.env.ASESA_PDF_WORKER = path.join(dir, 'missing-worker.cjs');
    const pool = new PdfPool(1);
    try {
      await expect(pool.run(job)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
