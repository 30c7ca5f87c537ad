import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { ImportPreview, Participant } from '../../shared/schemas/participant';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { declareSize, rezip, unzip, zeros } from '../helpers/zip-bombs';
import { b64, caller, dump, NIP_A, NIP_B, NIP_C, unwrap, xlsx } from './participants-helpers';

let t: TempDb;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  t = tempDb();
  call = caller(t.db, contextAs(t.db, 'coordinator'));
});
afterEach(() => t.cleanup());

const preview = (bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
  call<ImportPreview>('participants.importPreview', { fileName: 'peserta.xlsx', contentBase64: b64(bytes), ...extra });

const HEADER = ['NIP', 'Nama', 'Unit Kerja', 'Tanggal Lahir', 'Golongan'];

describe('XLSX participant import', () => {
  it('lists the sheets, reads the first by default and the one the caller picks', async () => {
    const book = await xlsx({
      Petunjuk: [['Isi lembar Peserta'], ['Jangan ubah judul kolom']],
      Peserta: [HEADER, [NIP_A, 'Bambang', 'BKD', new Date(Date.UTC(1966, 7, 1)), 'IV/b']],
    });
    // The first sheet is read unless the caller picks one; here it has no NIP/Nama columns.
    const first = unwrap(await preview(book));
    expect(first).toMatchObject({ sheet: 'Petunjuk', missingFields: ['nip', 'name'] });
    const p = unwrap(await preview(book, { sheet: 'Peserta' }));
    expect(p).toMatchObject({ format: 'xlsx', sheets: ['Petunjuk', 'Peserta'], sheet: 'Peserta', problems: [] });
    expect(p.counts.new).toBe(1);
    const missing = await preview(book, { sheet: 'Data' });
    expect(!missing.ok && missing.error.message).toMatch(/Lembar "Data" tidak ada.*Petunjuk, Peserta/);
  });

  it('refuses a NIP stored as a number, showing the digits the spreadsheet kept', async () => {
    // As a number, 196608011988031001 cannot be held exactly: that is the damage being tested.
    const book = await xlsx({ Peserta: [HEADER, [Number(NIP_A), 'Bambang', 'BKD']] });
    const p = unwrap(await preview(book));
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[2, 'NIP', 'nip.numericCell']]);
    expect(p.problems[0]!.text.en).toContain('196608011988031000');
  });

  it('uses the cached result of a formula; a formula without a result or with an error is refused', async () => {
    const book = await xlsx({
      Peserta: [
        HEADER,
        [{ formula: 'CONCATENATE("19660801","198803","1001")', result: NIP_A }, 'Bambang', 'BKD'],
        [NIP_B, { formula: 'A1', result: { error: '#REF!' } }, 'BKD'],
        [{ formula: 'B9&"x"' }, 'Rudi', 'BKD'],
      ],
    });
    const p = unwrap(await preview(book));
    expect(p.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [3, 'Nama', 'problems.formulaError'],
      [3, 'Nama', 'problems.nameMissing'],
      [4, 'NIP', 'problems.formulaError'],
    ]);
  });

  it('takes a merged value only from the top-left cell and reports the others as empty', async () => {
    const book = await xlsx(
      { Peserta: [HEADER, [NIP_A, 'Bambang', 'Dinas Kesehatan'], [NIP_B, 'Siti', null], [NIP_C, null, 'BKD']] },
      (wb) => {
        const ws = wb.getWorksheet('Peserta')!;
        ws.mergeCells('C2:C3'); // unit shared by two rows
        ws.mergeCells('B3:B4'); // a name merged over two rows
      },
    );
    const p = unwrap(await preview(book));
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[4, 'Nama', 'problems.mergedCell']]);
    unwrap(
      await call('participants.importApply', {
        fileName: 'peserta.xlsx',
        contentBase64: b64(book),
        mode: 'valid-only',
      }),
    );
    const rows = t.db.prepare('SELECT nip, name, unit FROM participant ORDER BY nip').all();
    expect(rows).toEqual([
      { nip: NIP_A, name: 'Bambang', unit: 'Dinas Kesehatan' },
      // not filled in from the merged cell above
      { nip: NIP_B, name: 'Siti', unit: null },
    ]);
  });

  it('checks a date cell against the NIP birth date', async () => {
    const book = await xlsx({ Peserta: [HEADER, [NIP_A, 'Bambang', 'BKD', new Date(Date.UTC(1966, 7, 2))]] });
    const p = unwrap(await preview(book));
    expect(p.problems.map((x) => x.code)).toEqual(['problems.birthDateMismatch']);
  });

  it('refuses a damaged workbook and changes nothing', async () => {
    const before = dump(t.db);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const r = await call('participants.importApply', {
      fileName: 'x.xlsx',
      contentBase64: b64(broken),
      mode: 'valid-only',
    });
    expect(!r.ok && r.error.message).toMatch(/XLSX tidak dapat dibaca/);
    expect(dump(t.db)).toEqual(before);
  });

  it('exports XLSX that imports back unchanged, NIP kept as text', async () => {
    unwrap(
      await call<Participant>('participants.create', {
        nip: NIP_A,
        name: 'Bambang',
        titleBefore: 'Drs.',
        golongan: 'IV/b',
        jenjang: 'jpt-pratama',
        unit: 'BKD',
        phone: '081234567890',
      }),
    );
    for (const format of ['xlsx', 'csv'] as const) {
      const file = unwrap(
        await call<{ fileName: string; contentBase64: string; count: number }>('participants.export', { format }),
      );
      expect(file.fileName).toMatch(new RegExp(`^peserta-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      expect(file.count).toBe(1);
      const back = unwrap(
        await call<ImportPreview>('participants.importPreview', {
          fileName: file.fileName,
          contentBase64: file.contentBase64,
        }),
      );
      expect(back.counts).toMatchObject({ rows: 1, unchanged: 1, rejected: 0 });
    }
  });
});

// An XLSX is a ZIP that exceljs inflates in memory: these archives are built to explode.
const SHEET = 'xl/worksheets/sheet1.xml';
const workbook = async () =>
  unzip(
    await xlsx({
      Peserta: [
        ['NIP', 'Nama'],
        [NIP_A, 'Bambang'],
      ],
    }),
  );

/** importApply of `bytes`, which must be refused without changing the database; returns the error. */
async function refusedApply(bytes: Uint8Array, fileName = 'peserta.xlsx') {
  const before = dump(t.db);
  const r = (await call('participants.importApply', {
    fileName,
    contentBase64: b64(bytes),
    mode: 'valid-only',
  })) as Envelope<unknown>;
  expect(dump(t.db)).toEqual(before);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.code).toBe('BAD_INPUT');
  // One message, Indonesian then English ("<id> / <en>"), with no details; never a stack trace.
  const at = r.error.message.indexOf(' / ');
  expect(at).toBeGreaterThan(0);
  expect(r.error.details).toBeUndefined();
  expect(r.error.message).not.toMatch(/\n\s+at |Error:/);
  return { id: r.error.message.slice(0, at), en: r.error.message.slice(at + 3) };
}

describe('XLSX import refuses decompression bombs and damaged archives', () => {
  it('refuses a worksheet with an absurd compression ratio, naming file and entry, and writes nothing', async () => {
    const bomb = rezip(await workbook(), { [SHEET]: zeros(20) });
    const { id, en } = await refusedApply(bomb);
    expect(id).toContain(`Bagian "${SHEET}" dalam "peserta.xlsx"`);
    expect(id).toContain('bom dekompresi');
    expect(en).toMatch(/Part "xl\/worksheets\/sheet1.xml" of "peserta.xlsx" expands \d+ times to 20 MB/);
  });

  it('refuses a worksheet whose real content is larger than its header says', async () => {
    const lying = declareSize(rezip(await workbook(), { [SHEET]: zeros(20) }), SHEET, 4096);
    const { en } = await refusedApply(lying);
    expect(en).toContain(`part "${SHEET}" of "peserta.xlsx" is damaged`);
  });

  it('refuses a declared size beyond the cap before inflating anything', async () => {
    const huge = declareSize(rezip(await workbook(), {}), SHEET, 0xfffffff0);
    const { en } = await refusedApply(huge, 'besar.xlsx');
    expect(en).toContain('"besar.xlsx" would expand to more than 200 MB');
  });

  it('gives a clear message for a truncated workbook and for a file that is not a workbook', async () => {
    const whole = rezip(await workbook(), {});
    const cut = await refusedApply(whole.subarray(0, whole.length - 100));
    expect(cut.id).toMatch(/XLSX tidak dapat dibaca: "peserta.xlsx" terpotong/);
    expect(cut.en).toContain('"peserta.xlsx" is truncated');
    const csv = await refusedApply(Buffer.from('NIP;Nama\n196608011988031001;Bambang\n'), 'daftar.xlsx');
    expect(csv.en).toContain('"daftar.xlsx" is not an XLSX workbook');
  });

  it('still reads a legitimate workbook zipped again with directory entries', async () => {
    const again = rezip(await workbook(), { 'xl/': new Uint8Array(), 'xl/worksheets/': new Uint8Array() });
    const p = unwrap(
      await call<ImportPreview>('participants.importPreview', { fileName: 'peserta.xlsx', contentBase64: b64(again) }),
    );
    expect(p.counts).toMatchObject({ rows: 1, new: 1, rejected: 0 });
  });
});
