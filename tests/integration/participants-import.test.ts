import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/schemas/participant';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { b64, caller, dump, NIP_A, NIP_B, NIP_C, unwrap } from './participants-helpers';

let t: TempDb;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  t = tempDb();
  call = caller(t.db, contextAs(t.db, 'coordinator'));
});
afterEach(() => t.cleanup());

const FIXTURE = fs.readFileSync(path.join(__dirname, '../fixtures/participants/mixed-problems.csv'));

const preview = async (content: Uint8Array | string, extra: Record<string, unknown> = {}) =>
  unwrap(
    await call<ImportPreview>('participants.importPreview', {
      fileName: 'peserta.csv',
      contentBase64: b64(content),
      ...extra,
    }),
  );
const apply = (content: Uint8Array | string, mode: string, extra: Record<string, unknown> = {}) =>
  call<{ counts: ImportPreview['counts'] }>('participants.importApply', {
    fileName: 'peserta.csv',
    contentBase64: b64(content),
    mode,
    ...extra,
  });
const count = () => (t.db.prepare('SELECT count(*) AS n FROM participant').get() as { n: number }).n;

describe('participant import preview', () => {
  it('lists every problem by row, column and reason, in both languages', async () => {
    const p = await preview(FIXTURE);
    expect(p).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'utf-8', missingFields: [] });
    expect(p.counts).toEqual({ rows: 5, new: 3, updated: 0, unchanged: 0, rejected: 2 });
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [4, 'NIP', 'nip.scientific'],
      // row 5's quoted unit spans two lines but is one row, as a spreadsheet shows it
      [5, 'Golongan', 'problems.golonganUnknown'],
      [5, 'Email', 'problems.emailInvalid'],
    ]);
    expect(p.problems[0]!.text.id).toMatch(/1\.98504E\+17.*notasi ilmiah/);
    expect(p.problems[0]!.text.en).toMatch(/scientific notation/);
    expect(p.columns.find((c) => c.header === 'No. HP')?.field).toBe('phone');
    expect(count()).toBe(0);
  });

  it('shows a per-field diff for NIPs that exist and counts unchanged rows', async () => {
    unwrap(await apply(FIXTURE, 'valid-only'));
    const changed = Buffer.from(
      FIXTURE.toString('utf-8').replace('Kepala Badan', 'Staf Ahli Gubernur').replace('siti.r@kaltimprov.go.id', ''),
    );
    const p = await preview(changed);
    expect(p.counts).toMatchObject({ new: 0, updated: 1, unchanged: 2, rejected: 2 });
    expect(p.changes).toEqual([
      {
        row: 2,
        nip: NIP_A,
        name: 'Bambang Sutrisno',
        fields: [{ field: 'jabatan', old: 'Kepala Badan', new: 'Staf Ahli Gubernur' }],
      },
    ]);
  });

  it('recognises English headers regardless of case and punctuation, tabs, and an explicit mapping', async () => {
    const tsv = `Civil servant no\tFULL_NAME\tUnit\tE-mail\n${NIP_A}\tBambang\tBKD\tb@x.id\n`;
    let p = await preview(tsv);
    expect(p.delimiter).toBe('tab');
    expect(p.missingFields).toEqual(['nip']);
    expect(p.counts.rejected).toBe(1);
    p = await preview(tsv, { mapping: { nip: 0 } });
    expect(p.missingFields).toEqual([]);
    expect(p.columns.map((c) => c.field)).toEqual(['nip', 'name', 'unit', 'email']);
    expect(p.counts.new).toBe(1);
    // Mapping a field to null ignores the column the headers matched.
    p = await preview(tsv, { mapping: { nip: 0, email: null } });
    expect(p.columns[3]!.field).toBeNull();
  });

  it('reads UTF-16LE, UTF-8 with BOM and Windows-1252 names alike', async () => {
    const text = `NIP,Nama,Unit Kerja\r\n${NIP_A},José Sérgio Müller,Dinas Kesehatan\r\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf-8')]);
    const cp1252 = Buffer.from(text, 'latin1');
    for (const [bytes, encoding] of [
      [utf16, 'utf-16le'],
      [bom, 'utf-8-bom'],
      [cp1252, 'windows-1252'],
    ] as const) {
      const p = await preview(bytes);
      expect(p.encoding).toBe(encoding);
      expect(p.counts.new).toBe(1);
    }
    unwrap(await apply(cp1252, 'all-or-nothing'));
    expect(t.db.prepare('SELECT name FROM participant').get()).toEqual({ name: 'José Sérgio Müller' });
  });

  it('rejects both rows of a NIP that occurs twice, naming each other', async () => {
    const csv = `NIP,Nama\n${NIP_A},Satu\n${NIP_B},Dua\n${NIP_A},Tiga\n`;
    const p = await preview(csv);
    expect(p.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'problems.duplicateNip'],
      [4, 'problems.duplicateNip'],
    ]);
    expect(p.problems[0]!.text.en).toContain('rows 2, 4');
  });

  it('refuses NIPs a spreadsheet damaged, never guessing the digits', async () => {
    const csv = `NIP,Nama\n1.96608E+17,A\n196608011988031001.0,B\n96608011988031001,C\n196608011988031000,D\n="${NIP_C}",E\n`;
    const p = await preview(csv);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'nip.scientific'],
      [3, 'nip.decimal'],
      [4, 'nip.tooShort'],
      [5, 'nip.sequence'],
    ]);
    // Excel's ="…" text protection is the user keeping the NIP as text: accepted.
    expect(p.counts.new).toBe(1);
  });

  it('validates NI PPPK numbers by the PPPK rule when the kind column says so, and hints otherwise', async () => {
    const pppk = '198703152021152002';
    const withKind = await preview(`NIP,Nama,Jenis ASN,Golongan\n${pppk},Rina,PPPK,IX\n`);
    expect(withKind.counts).toMatchObject({ new: 1, rejected: 0 });
    const without = await preview(`NIP,Nama\n${pppk},Rina\n`);
    expect(without.problems.map((x) => x.code)).toEqual(['nip.tmtMonth', 'nip.maybePppk']);
  });

  it('checks sex and birth date columns against the NIP', async () => {
    const csv = `NIP,Nama,Jenis Kelamin,Tanggal Lahir\n${NIP_A},A,P,1966-08-01\n${NIP_B},B,Perempuan,12 April 1985\n${NIP_C},C,L,31/02/1990\n`;
    const p = await preview(csv);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'problems.sexMismatch'],
      [4, 'problems.birthDateUnreadable'],
    ]);
  });
});

describe('participant import apply', () => {
  it('valid-only imports the valid rows in one go and writes one audit entry with the counts', async () => {
    const r = unwrap(await apply(FIXTURE, 'valid-only'));
    expect(r.counts).toMatchObject({ new: 3, rejected: 2 });
    expect(count()).toBe(3);
    const audit = t.db.prepare("SELECT action, new_value FROM audit_log WHERE entity = 'participant'").all() as {
      action: string;
      new_value: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.new_value)).toMatchObject({
      fileName: 'peserta.csv',
      mode: 'valid-only',
      counts: { new: 3, rejected: 2 },
    });
    const bambang = t.db.prepare('SELECT * FROM participant WHERE nip = ?').get(NIP_A);
    expect(bambang).toMatchObject({
      title_before: 'Drs.',
      golongan: 'IV/b',
      jenjang: 'jpt-pratama',
      sex: 'M',
      birth_date: '1966-08-01',
    });
  });

  it('all-or-nothing refuses a file with a rejected row and leaves the database exactly as it was', async () => {
    unwrap(await apply(`NIP,Nama\n${NIP_C},Rudi\n`, 'all-or-nothing'));
    const before = dump(t.db);
    const r = await apply(FIXTURE, 'all-or-nothing');
    expect(!r.ok && r.error.code).toBe('BAD_INPUT');
    if (!r.ok) {
      expect(r.error.message).toBe(
        'Masukan tidak dapat diproses: 2 baris ditolak; dengan mode "semua atau tidak sama sekali" tidak ada yang diimpor. / 2 rows were rejected; in "all or nothing" mode nothing was imported.',
      );
      // Each rejected row is named, its problem in Indonesian and English.
      expect(r.error.details?.find((d) => d.path === 'row 4, column NIP')?.message).toMatch(
        /notasi ilmiah.* \/ .*scientific notation/,
      );
    }
    expect(dump(t.db)).toEqual(before);
  });

  it('updates existing participants but never erases a value with an empty cell', async () => {
    unwrap(await apply(FIXTURE, 'valid-only'));
    const csv = `NIP;Nama;Email;Jabatan\n${NIP_B};Siti Rahmawati;;Analis Kebijakan\n`;
    const r = unwrap(await apply(csv, 'all-or-nothing'));
    expect(r.counts).toMatchObject({ updated: 1 });
    expect(t.db.prepare('SELECT email, jabatan, revision FROM participant WHERE nip = ?').get(NIP_B)).toEqual({
      email: 'siti.r@kaltimprov.go.id',
      jabatan: 'Analis Kebijakan',
      revision: 2,
    });
  });

  it.each([
    ['an empty file', '', /kosong/],
    ['a file of blank lines', '\r\n\r\n', /kosong/],
    ['a header-only file', 'NIP,Nama,Unit Kerja\r\n', /hanya berisi baris judul/],
    [
      'an unclosed quote',
      `NIP,Nama\n${NIP_A},"Bambang\n${NIP_B},Siti\n`,
      /baris 2 tidak pernah ditutup \(kolom Nama\)/,
    ],
    [
      'an unclosed quote in the header row (no header name yet)',
      `"NIP;Nama\n1;2\n`,
      /baris 1 tidak pernah ditutup \(kolom 1\)/,
    ],
    [
      'text after a closing quote',
      `NIP,Nama\n${NIP_A},"Bambang" Sutrisno\n`,
      /Baris 2: ada teks setelah tanda kutip penutup di kolom Nama/,
    ],
    ['an old .xls file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.xls lama/],
    ['a file without the required columns', `Foo,Bar\n1,2\n`, /Kolom wajib tidak ditemukan: nip, name/],
    // A picture renamed to .csv decodes as Windows-1252 noise: no header is recognised.
    [
      'binary data that is not text',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      /Kolom wajib tidak ditemukan/,
    ],
  ])('refuses %s, changing nothing', async (_label, content, message) => {
    const before = dump(t.db);
    for (const mode of ['valid-only', 'all-or-nothing']) {
      const r = await apply(content, mode);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.message).toMatch(message);
      }
    }
    expect(dump(t.db)).toEqual(before);
  });

  it('refuses an upload over the size cap from its length, before decoding it', async () => {
    const before = dump(t.db);
    // 70 million base64 characters ≈ 52 MB: over the 50 MB cap. Not valid base64 on purpose:
    // it must be refused by its length alone.
    const r = await call('participants.importPreview', {
      fileName: 'besar.csv',
      contentBase64: '!'.repeat(70_000_000),
    });
    expect(!r.ok && r.error.code).toBe('BAD_INPUT');
    expect(!r.ok && r.error.message).toMatch(/melebihi batas 50 MB/);
    expect(dump(t.db)).toEqual(before);
  });
});
