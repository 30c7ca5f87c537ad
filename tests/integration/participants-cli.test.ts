import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { openDatabase } from '../../electron/db/connection';
import { tempDb, type TempDb } from '../helpers/db';
import { dump, NIP_A, NIP_B } from './participants-helpers';

let t: TempDb;

beforeEach(() => {
  t = tempDb();
  t.db.close();
});
afterEach(() => t.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', t.file, ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function snapshot() {
  const db = openDatabase(t.file, { readonly: true });
  try {
    return dump(db);
  } finally {
    db.close();
  }
}

const FIXTURE = path.join(__dirname, '../fixtures/participants/mixed-problems.csv');
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('asesa participants import', () => {
  it('without --valid-only prints counts and problems, imports nothing and exits 1', async () => {
    const before = snapshot();
    const r = await cli('participants', 'import', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.out).toContain('new 3, updated 0, unchanged 0, rejected 2 (rows 5)');
    expect(r.out).toMatch(/row 4, column NIP: .*notasi ilmiah.* \| .*scientific notation/);
    expect(r.out).toContain('row 5, column Golongan');
    expect(r.out).toContain('nothing was imported');
    expect(snapshot()).toEqual(before);
  });

  it('--dry-run writes nothing; --valid-only imports the valid rows and exits 0', async () => {
    const before = snapshot();
    const dry = await cli('participants', 'import', FIXTURE, '--dry-run', '--valid-only');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('dry run');
    expect(snapshot()).toEqual(before);
    const r = await cli('participants', 'import', FIXTURE, '--valid-only');
    expect(r.code).toBe(0);
    expect(r.out).toContain('new 3, updated 0, unchanged 0, rejected 2');
    const again = await cli('participants', 'import', FIXTURE, '--valid-only');
    expect(again.out).toContain('new 0, updated 0, unchanged 3, rejected 2');
  });

  it('a clean file imports with exit 0 and no flags', async () => {
    const file = write('ok.csv', `NIP,Nama\n${NIP_A},Bambang\n${NIP_B},Siti\n`);
    const r = await cli('participants', 'import', file);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('new 2, updated 0, unchanged 0, rejected 0');
  });

  it('refuses a 200 MB file from its size without reading it', async () => {
    const big = path.join(t.dir, 'besar.csv');
    fs.writeFileSync(big, 'NIP,Nama\n');
    // A sparse file: 200 MB on paper, no data blocks, so reading it would be the only way to spend memory.
    fs.truncateSync(big, 200 * 1024 * 1024);
    const before = snapshot();
    const r = await cli('participants', 'import', big);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/200 MB melebihi batas 50 MB/);
    expect(r.err).toMatch(/200 MB, over the 50 MB limit/);
    expect(snapshot()).toEqual(before);
  });

  it('reports missing files, empty files and wrong usage', async () => {
    expect((await cli('participants', 'import', path.join(t.dir, 'nope.csv'))).code).toBe(1);
    const empty = await cli('participants', 'import', write('empty.csv', ''));
    expect(empty.code).toBe(1);
    // Both languages on each line, and no message key shown as if it were a row or field.
    expect(empty.err).toBe(
      'Masukan tidak dapat diproses: Berkas kosong. / The file is empty.\nThe input cannot be processed: Berkas kosong. / The file is empty.',
    );
    expect((await cli('participants', 'import')).code).toBe(2);
  });

  it('picks an XLSX sheet with --sheet', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').addRow(['-']);
    const ws = wb.addWorksheet('Peserta');
    ws.addRow(['NIP', 'Nama']);
    ws.addRow([NIP_A, 'Bambang']);
    const file = write('p.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli('participants', 'import', file, '--sheet', 'Peserta');
    expect(r.code).toBe(0);
    expect(r.out).toContain('new 1');
  });
});

describe('asesa participants export', () => {
  it('writes CSV and XLSX that import back unchanged, and never overwrites', async () => {
    await cli('participants', 'import', FIXTURE, '--valid-only');
    for (const format of ['csv', 'xlsx']) {
      const out = path.join(t.dir, `peserta.${format}`);
      const r = await cli('participants', 'export', '--format', format, '--out', out);
      expect(r).toMatchObject({ code: 0 });
      expect(r.out).toContain('3 participant(s)');
      const back = await cli('participants', 'import', out, '--dry-run');
      expect(back.out).toContain('new 0, updated 0, unchanged 3, rejected 0');
      expect((await cli('participants', 'export', '--format', format, '--out', out)).code).toBe(1);
    }
    const csv = fs.readFileSync(path.join(t.dir, 'peserta.csv'), 'utf-8');
    expect(csv.startsWith('\ufeffNIP,Jenis ASN,Nama')).toBe(true);
    expect(csv).toContain(`${NIP_A},PNS,Bambang Sutrisno,Drs.,M.Si.,L,1966-08-01,IV/b,Pembina Tk. I`);
    expect((await cli('participants', 'export', '--format', 'pdf', '--out', 'x')).code).toBe(2);
  });

  it('keeps formula-like text from running in Excel and reads it back unchanged', async () => {
    await cli(
      'participants',
      'import',
      write('f.csv', `NIP,Nama,Jabatan,Telepon\n${NIP_A},Bambang,=HYPERLINK("http://x"),+6281234567890\n`),
    );
    const out = path.join(t.dir, 'f-out.csv');
    expect((await cli('participants', 'export', '--format', 'csv', '--out', out)).code).toBe(0);
    const csv = fs.readFileSync(out, 'utf-8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(',+6281234567890');
    expect((await cli('participants', 'import', out, '--dry-run')).out).toContain('unchanged 1');
  });
});
