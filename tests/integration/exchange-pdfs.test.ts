import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { writeZip } from '../../electron/codecs/zip';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { openPackage } from '../../electron/exchange/read';
import { readZip } from '../../electron/exchange/zip';
import type { ServiceContext } from '../../electron/services/context';
import { createDemo } from '../../electron/services/demo';
import { writePackagePdfs } from '../../electron/services/exchange-pdfs';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { inspectPdf } from '../helpers/pdf';
import { call, refused, runningBatch } from '../helpers/scoring-world';
import { dumpAll, otherOffice } from './exchange-helpers';

/** PDFs in a batch package: rendered at export, signed and hashed like rows, listed and saved at import. */
const PASS = 'kata sandi rahasia';
let a: TempDb;
let registry: HandlerRegistry;
let lead: ServiceContext;
let batchId: string;
let batchName: string;
let b: ReturnType<typeof otherOffice>;
let exported: { fileName: string; contentBase64: string; packageId: string; pdfs: string[] };
let bytes: Uint8Array;

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
const docNumbers = (db: TempDb['db']) =>
  db.prepare("SELECT key, value FROM setting WHERE key LIKE 'docnum.%' ORDER BY key").all();

beforeAll(async () => {
  a = tempDb();
  lead = contextAs(a.db, 'coordinator');
  registry = buildRegistry(a.db, () => {});
  ({ batchId, batchName } = await createDemo(lead));
  b = otherOffice();
  exported = await call(registry, lead, 'exchange.export', {
    scope: { kind: 'batch', batchId },
    encrypt: true,
    passphrase: PASS,
    withPdfs: true,
  });
  bytes = new Uint8Array(Buffer.from(exported.contentBase64, 'base64'));
}, 180_000);
afterAll(() => {
  a.cleanup();
  b.t.cleanup();
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An unencrypted copy of the package's archive with one entry changed (manifest and signature kept). */
function tampered(change: (entries: Map<string, Uint8Array>) => void): Uint8Array {
  const entries = readZip(openPackageZip(), () => true);
  change(entries);
  return writeZip([...entries].map(([name, data]) => ({ name, data })));
}

let plainZip: Uint8Array | null = null;
/** The same batch exported without encryption (a second package, same PDFs' kinds). */
function openPackageZip(): Uint8Array {
  if (!plainZip) throw new Error('plain package not built');
  return plainZip;
}

describe('export with the batch PDFs', () => {
  it('carries every report, the IDPs and the recap under the batch export file names, hashed in the signed manifest', () => {
    const results = a.db
      .prepare('SELECT count(*) FROM result WHERE batch_id = ? AND deleted_at IS NULL')
      .pluck()
      .get(batchId) as number;
    const idps = a.db
      .prepare(
        'SELECT count(*) FROM idp WHERE deleted_at IS NULL AND result_id IN (SELECT id FROM result WHERE batch_id = ? AND deleted_at IS NULL)',
      )
      .pluck()
      .get(batchId) as number;
    expect(results).toBeGreaterThan(0);
    expect(exported.pdfs).toHaveLength(results + idps + 1);
    expect(exported.pdfs.filter((n) => n.startsWith('laporan-'))).toHaveLength(results);
    expect(exported.pdfs.filter((n) => n.startsWith('idp-'))).toHaveLength(idps);
    expect(exported.pdfs).toContain(
      `rekap-${batchName
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase()}.pdf`,
    );

    const pkg = openPackage(bytes, PASS);
    expect([...pkg.pdfs.keys()].sort()).toEqual(exported.pdfs.map((n) => `pdf/${n}`).sort());
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync('docs/exchange-format.schema.json', 'utf-8')) as object);
    expect(validate(pkg.manifest), JSON.stringify(validate.errors)).toBe(true);
    for (const [name, data] of pkg.pdfs) {
      expect(pkg.manifest.entries[name]).toEqual({ bytes: data.length, sha256: sha(data) });
      expect(Buffer.from(data).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('gives each PDF a new document number and records the numbers in the export audit entry', () => {
    const audit = a.db
      .prepare("SELECT new_value FROM audit_log WHERE action = 'exchange.export' AND entity_id = ?")
      .pluck()
      .get(exported.packageId) as string;
    const listed = (JSON.parse(audit) as { pdfs: { file: string; documentNumber: string; documentId: string }[] }).pdfs;
    expect(listed.map((p) => p.file).sort()).toEqual([...exported.pdfs].sort());
    expect(new Set(listed.map((p) => p.documentNumber)).size).toBe(listed.length);
    const recap = listed.find((p) => p.file.startsWith('rekap-'))!;
    const text = inspectPdf(openPackage(bytes, PASS).pdfs.get(`pdf/${recap.file}`)!).text.replace(/\s+/g, ' ');
    expect(text).toContain(recap.documentNumber);
    expect(text).toContain(recap.documentId);
  });

  it('refuses PDFs for a scope other than a batch, and for a batch without results (no number is taken)', async () => {
    await refused(registry, lead, 'exchange.export', { scope: { kind: 'full' }, encrypt: false, withPdfs: true });
    const planned = await runningBatch(a.db, { status: 'planning' });
    const numbers = docNumbers(a.db);
    const env = await registry.dispatch(
      'exchange.export',
      { scope: { kind: 'batch', batchId: planned.batch.id }, encrypt: false, withPdfs: true },
      lead.session,
    );
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('VALIDATION');
      const name = a.db.prepare('SELECT name FROM batch WHERE id = ?').pluck().get(planned.batch.id) as string;
      expect(JSON.stringify(env.error.details)).toContain(name);
      expect(JSON.stringify(env.error.details)).toMatch(/belum memiliki hasil.*has no assessment results/);
    }
    expect(docNumbers(a.db)).toEqual(numbers);
  });
});

describe('import: preview lists the PDFs, saving writes them byte for byte', () => {
  it('lists count and names, saves them into a new exports folder beside the database, and never overwrites', async () => {
    const before = dumpAll(b.t.db);
    const preview = await call<{ previewId: string; pdfs: { fileName: string; bytes: number }[] }>(
      b.registry,
      b.coordinator,
      'exchange.preview',
      { contentBase64: exported.contentBase64, passphrase: PASS },
    );
    const pkg = openPackage(bytes, PASS);
    expect(preview.pdfs.map((p) => p.fileName).sort()).toEqual([...exported.pdfs].sort());
    for (const p of preview.pdfs) expect(p.bytes).toBe(pkg.pdfs.get(`pdf/${p.fileName}`)!.length);

    const saved = await call<{ folder: string; files: string[] }>(b.registry, b.coordinator, 'exchange.savePdfs', {
      previewId: preview.previewId,
    });
    expect(path.dirname(saved.folder)).toBe(path.join(b.t.dir, 'exports'));
    expect(saved.files.sort()).toEqual([...exported.pdfs].sort());
    for (const f of saved.files) {
      const onDisk = fs.readFileSync(path.join(saved.folder, f));
      expect(sha(onDisk)).toBe(sha(pkg.pdfs.get(`pdf/${f}`)!));
      expect(execFileSync('qpdf', ['--check', path.join(saved.folder, f)], { encoding: 'utf8' })).toMatch(
        /No syntax or stream encoding errors/,
      );
    }
    // Saving PDFs changes no data row (only the audit log says it happened).
    const after = dumpAll(b.t.db);
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });

    const firstFile = path.join(saved.folder, saved.files[0]!);
    const original = fs.readFileSync(firstFile);
    expect(() => writePackagePdfs(pkg.pdfs, saved.folder)).toThrow(/sudah ada.*already exist/);
    expect(fs.readFileSync(firstFile)).toEqual(original);
  });

  it('refuses an unknown preview id for saving', async () => {
    await refused(b.registry, b.coordinator, 'exchange.savePdfs', { previewId: 'nope' });
  });
});

describe('bad PDF entries', () => {
  beforeAll(async () => {
    const plain = await call<{ contentBase64: string }>(registry, lead, 'exchange.export', {
      scope: { kind: 'batch', batchId },
      encrypt: false,
      withPdfs: true,
    });
    plainZip = new Uint8Array(Buffer.from(plain.contentBase64, 'base64'));
  }, 120_000);

  it('refuses a package whose PDF was altered, naming the entry', () => {
    let target = '';
    const bad = tampered((entries) => {
      target = [...entries.keys()].find((n) => n.startsWith('pdf/idp-'))!;
      const data = new Uint8Array(entries.get(target)!);
      data[data.length - 20] = data[data.length - 20]! ^ 0x01;
      entries.set(target, data);
    });
    expect(() => openPackage(bad)).toThrow(new RegExp(`${target.replace(/[.]/g, '\\.')}.*manifest`));
  });

  it('refuses a PDF entry that is not in the manifest, and entry names outside pdf/<name>.pdf', () => {
    expect(() => openPackage(tampered((e) => e.set('pdf/tambahan.pdf', new Uint8Array([37, 80, 68, 70]))))).toThrow(
      /tambahan\.pdf.*tidak tercantum/,
    );
    for (const name of ['pdf/rekap batch.pdf', 'pdf/.hidden.pdf', 'pdf/x.exe', 'pdf/sub/x.pdf', 'pdf/../x.pdf'])
      expect(() => openPackage(tampered((e) => e.set(name, new Uint8Array([1]))))).toThrow(
        /nama entri arsip tidak diizinkan/,
      );
  });
});

describe('command line', () => {
  it('exports with --with-pdfs, verifies, and writes the PDFs with import --dry-run --pdf-out, refusing to overwrite', async () => {
    const file = path.join(a.dir, 'with-pdfs.asesa');
    expect((await cli('--db', a.file, 'export', '--out', file, '--with-pdfs', '--no-encrypt')).code).toBe(2);
    const out = await cli('--db', a.file, 'export', '--out', file, '--batch', batchId, '--with-pdfs', '--no-encrypt');
    expect(out.code).toBe(0);
    expect(out.out).toMatch(new RegExp(`^\\s+PDF\\s+${exported.pdfs.length}$`, 'm'));
    const verified = await cli('verify', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/pdf\/rekap-/);

    const dir = path.join(b.t.dir, 'pdf-keluar');
    const before = dumpAll(b.t.db);
    const dry = await cli('--db', b.t.file, 'import', file, '--dry-run', '--pdf-out', dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`PDF: ${exported.pdfs.length}`);
    expect(dry.out).toMatch(/nothing was written/);
    expect(dumpAll(b.t.db)).toEqual(before);
    const pkg = openPackage(new Uint8Array(fs.readFileSync(file)));
    expect(fs.readdirSync(dir).sort()).toEqual([...pkg.pdfs.keys()].map((n) => n.slice(4)).sort());
    for (const [name, data] of pkg.pdfs) expect(sha(fs.readFileSync(path.join(dir, name.slice(4))))).toBe(sha(data));

    const again = await cli('--db', b.t.file, 'import', file, '--dry-run', '--pdf-out', dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/sudah ada/);
    expect(again.err).toMatch(/rekap-.*\.pdf: /);
  });

  it('prints the PDFs in English with --lang en; refuses --lang without --with-pdfs and an unknown language', async () => {
    const file = path.join(a.dir, 'english.asesa');
    const base = ['--db', a.file, 'export', '--out', file, '--batch', batchId, '--no-encrypt'];
    expect((await cli(...base, '--lang', 'en')).err).toMatch(/--lang .*--with-pdfs/);
    expect((await cli(...base, '--with-pdfs', '--lang', 'fr')).code).toBe(2);
    expect(fs.existsSync(file)).toBe(false);
    expect((await cli(...base, '--with-pdfs', '--lang', 'en')).code).toBe(0);
    const pdfs = openPackage(new Uint8Array(fs.readFileSync(file))).pdfs;
    const recap = [...pdfs.keys()].find((n) => n.startsWith('pdf/rekap-'))!;
    const text = inspectPdf(pdfs.get(recap)!).text.replace(/\s+/g, ' ');
    expect(text).toContain('Competency Assessment Results Summary');
    expect(text).not.toContain('Rekapitulasi Hasil Penilaian Kompetensi');
    // The package exported above without --lang: Indonesian.
    const indonesian = openPackage(bytes, PASS).pdfs.get(recap)!;
    expect(inspectPdf(indonesian).text.replace(/\s+/g, ' ')).toContain('Rekapitulasi Hasil Penilaian Kompetensi');
  });

  it('prints the option in the usage text', async () => {
    const help = await cli('help');
    expect(help.out).toContain('--with-pdfs [--lang id|en]');
    expect(help.out).toContain('--pdf-out DIR');
  });
});
