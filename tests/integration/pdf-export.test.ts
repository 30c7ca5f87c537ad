import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { dataHash } from '../../electron/pdf/canonical';
import type { ServiceContext } from '../../electron/services/context';
import { createDemo } from '../../electron/services/demo';
import { exportBatch } from '../../electron/services/pdf-export';
import { reportData } from '../../electron/services/pdf-export-data';
import type { IdpView, ResultsMatrix } from '../../shared/schemas/results';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { inspectPdf } from '../helpers/pdf';
import { call, refused } from '../helpers/scoring-world';

let t: TempDb;
let registry: HandlerRegistry;
let lead: ServiceContext;
let batchId: string;
let matrix: ResultsMatrix;
let out: string;

beforeAll(async () => {
  t = tempDb();
  lead = contextAs(t.db, 'coordinator');
  registry = buildRegistry(t.db, () => {});
  batchId = (await createDemo(lead)).batchId;
  matrix = await call<ResultsMatrix>(registry, lead, 'results.list', { batchId });
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-pdf-export-'));
}, 120_000);
afterAll(() => {
  t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

const pdfOf = (f: { contentBase64: string }) => inspectPdf(Buffer.from(f.contentBase64, 'base64'));
const flat = (s: string) => s.replace(/\s+/g, ' ');
const withGap = () => matrix.rows.find((r) => r.gaps.some((g) => g.gap < 0))!;

describe('PDFs from the database', () => {
  it('prints the individual report with identity, JPM, category, gap lines, and the hash of its data', async () => {
    const r = withGap();
    const file = await call<{ fileName: string; contentBase64: string }>(registry, lead, 'pdf.report', { batchId, participantId: r.participantId });
    expect(file.fileName).toMatch(new RegExp(`^laporan-\\d{3}-${r.nip}-[a-z0-9-]+\\.pdf$`));
    const pdf = pdfOf(file);
    expect(pdf.qpdf).toMatch(/No syntax or stream encoding errors/);
    const text = flat(pdf.text);
    expect(text).toContain('Laporan Individual Hasil Penilaian Kompetensi');
    expect(text).toContain(r.nip);
    expect(text).toContain(r.name);
    expect(text).toContain(`${r.jpm.toFixed(2).replace('.', ',')} %`);
    expect(text).toContain({ O: 'Optimal (O)', CO: 'Cukup Optimal (CO)', KO: 'Kurang Optimal (KO)' }[r.category as 'O' | 'CO' | 'KO']);
    expect(text).toMatch(/level \d, di bawah standar 3 \(kesenjangan -\d\)/);
    expect(text).toContain('Jabatan Administrator');
    expect(text).toContain('VI. Saran Penempatan');
    // The SHA-256 printed is the hash of exactly the assessment data the report was made from
    // (without the printing office's own block, so another office can check it: document-hash.ts).
    const { provider: _printingOffice, ...assessment } = reportData(lead, batchId, r.participantId, 'id');
    const hash = dataHash(assessment);
    expect(text).toContain(hash);
    expect(text).toMatch(/ID dokumen: [0-9a-f-]{36}/);
    expect(text).toMatch(/Nomor: \d{3}\/LAP\/BPSDM-KALTIM\//);
  });

  it('prints the IDP with the 20 JP warning when the plan is short, in Indonesian and in English', async () => {
    // A participant whose plan is still a draft (the demo agrees the first six).
    const drafts = await Promise.all(matrix.rows.filter((x) => x.gaps.some((g) => g.gap < 0)).map((x) => call<IdpView>(registry, lead, 'idp.get', { batchId, participantId: x.participantId })));
    const target = drafts.find((d) => d.status === 'draft' && d.items.length > 0)!;
    const edited = await call<IdpView>(registry, lead, 'idp.update', {
      batchId,
      participantId: target.participantId,
      revision: target.revision,
      periodFrom: target.periodFrom,
      periodTo: target.periodTo,
      mentor: 'Drs. Mentor Contoh',
      supervisor: 'Kepala Bidang Contoh',
      items: [{ competency: target.items[0]!.competency, target: target.items[0]!.target, evidence: 'Laporan atasan', activities: [{ formCode: 'coaching', provider: 'Atasan', start: '2027-03-01', end: '2027-08-31', jp: 2 }] }],
    });
    expect(edited.jpWarning).toBe(true);
    const id = flat(pdfOf(await call(registry, lead, 'pdf.idp', { batchId, participantId: target.participantId })).text);
    expect(id).toContain('Rencana Pengembangan Individu (IDP)');
    expect(id).toContain(target.nip);
    expect(id).toContain('Total JP direncanakan 2027: 2 JP');
    expect(id).toContain('Kurang dari minimal 20 JP per tahun');
    expect(id).toContain('Drs. Mentor Contoh');
    expect(id).toContain(edited.items[0]!.competencyName.id);
    expect(id).toContain(edited.items[0]!.indicators[0]!.text.id.slice(0, 30));
    const en = flat(pdfOf(await call(registry, lead, 'pdf.idp', { batchId, participantId: target.participantId, language: 'en' })).text);
    expect(en).toContain('Individual Development Plan (IDP)');
    expect(en).toContain('Below the minimum of 20 JP a year');
    expect(en).toContain(edited.items[0]!.competencyName.en);
  });

  it('prints the batch recap with every participant, the distribution and the average gaps', async () => {
    const pdf = pdfOf(await call(registry, lead, 'pdf.recap', { batchId }));
    expect(pdf.qpdf).toMatch(/No syntax or stream encoding errors/);
    const text = flat(pdf.text);
    for (const r of matrix.rows) expect(text).toContain(r.nip);
    expect(text).toContain('Sebaran kategori');
    expect(text).toContain('Rata-rata kesenjangan per kompetensi');
  });

  it('exports every report of the batch with the worker pool, with progress', async () => {
    const dir = path.join(out, 'reports');
    const progress: [number, number][] = [];
    const r = await exportBatch(lead, { batchId, kind: 'report', outDir: dir, language: 'id', onProgress: (d, n) => progress.push([d, n]) });
    expect(r).toMatchObject({ written: 24, skipped: 0, cancelled: false });
    expect(progress[0]).toEqual([0, 24]);
    expect(progress.at(-1)).toEqual([24, 24]);
    expect(progress.map((p) => p[0])).toEqual([...Array(25).keys()]);
    const names = fs.readdirSync(dir);
    expect(names).toHaveLength(24);
    for (const n of names) expect(n).toMatch(/^laporan-\d{3}-\d{18}-[a-z0-9-]+\.pdf$/);
    const one = inspectPdf(fs.readFileSync(path.join(dir, names[5]!)));
    expect(one.qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(flat(one.text)).toContain(names[5]!.slice(12, 30));
  });

  it('stops when cancelled, keeping what was written', async () => {
    const controller = new AbortController();
    const r = await exportBatch(lead, {
      batchId,
      kind: 'idp',
      outDir: path.join(out, 'cancelled'),
      language: 'id',
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.written).toBeGreaterThanOrEqual(2);
    expect(r.written).toBeLessThan(24);
    expect(fs.readdirSync(path.join(out, 'cancelled'))).toHaveLength(r.written);
  });

  it('runs from the command line: a folder of IDPs, and one participant into a file', async () => {
    const run = async (...argv: string[]) => {
      const o: string[] = [];
      const e: string[] = [];
      const code = await runCli(['--db', t.file, ...argv], { out: (s) => o.push(s), err: (s) => e.push(s) });
      return { code, out: o, err: e };
    };
    const dir = path.join(out, 'cli');
    const all = await run('pdf', 'idp', '--batch', batchId, '--out', dir, '--workers', '2');
    expect(all.code).toBe(0);
    expect(all.out.at(-1)).toMatch(/^written 24, skipped 0/);
    expect(all.err.at(-1)).toBe('24/24');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('idp-'))).toHaveLength(24);
    const nip = matrix.rows[0]!.nip;
    const file = path.join(out, 'satu.pdf');
    const one = await run('pdf', 'idp', '--participant', nip, '--batch', batchId, '--out', file);
    expect(one).toMatchObject({ code: 0, out: [file] });
    expect(flat(inspectPdf(fs.readFileSync(file)).text)).toContain(nip);
    expect((await run('pdf', 'idp', '--batch', batchId)).code).toBe(2);
    expect((await run('pdf', 'report', '--participant', '199901012020011001', '--batch', batchId, '--out', file)).code).toBe(1);
    expect((await run('pdf', 'report', '--batch', 'no-such-batch', '--out', dir)).code).toBe(1);
  });

  it('the channels refuse assessors, take no folder from the renderer, and write next to the database', async () => {
    const assessor = contextAs(t.db, 'assessor');
    expect((await refused(registry, assessor, 'pdf.idp', { batchId, participantId: matrix.rows[0]!.participantId })).code).toBe('FORBIDDEN');
    const elsewhere = path.join(out, 'chosen-by-renderer');
    const viaChannel = await call<{ written: number; files: string[]; folder: string }>(registry, lead, 'pdf.exportBatch', { batchId, kind: 'idp', outDir: elsewhere });
    expect(viaChannel.written).toBe(24);
    expect(viaChannel.files.every((f) => !f.includes('/'))).toBe(true);
    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(path.dirname(path.dirname(viaChannel.folder))).toBe(path.dirname(t.db.name));
    expect(fs.readdirSync(viaChannel.folder)).toHaveLength(24);
  });
});
