import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../electron/codecs/participants-table';
import { readParticipantsXlsx } from '../../electron/codecs/participants-xlsx';
import { XLSX_LIMITS, checkXlsxContainer } from '../../electron/codecs/xlsx-container';
import { writeZip } from '../../electron/codecs/zip';
import { translate } from '../../shared/i18n/translate';
import { centralRecord, declareSize, zeros } from '../helpers/zip-bombs';

const FILE = 'peserta.xlsx';
const part = (text: string) => Buffer.from(text, 'utf-8');
const small = (extra: { name: string; data: Uint8Array }[] = []) =>
  Buffer.from(
    writeZip([
      { name: '[Content_Types].xml', data: part('<Types/>') },
      { name: 'xl/workbook.xml', data: part('<workbook/>') },
      ...extra,
    ]),
  );

/** The ImportFileError `run` throws, as code + params (fails the test if it throws anything else). */
function refusal(run: () => unknown): { code: string; params: Record<string, string | number> } {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportFileError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('XLSX container check before exceljs', () => {
  it('accepts an ordinary archive, including directory entries a package would refuse', () => {
    expect(() => checkXlsxContainer(small([{ name: 'xl/', data: new Uint8Array() }]), FILE)).not.toThrow();
  });

  it('refuses an entry with an absurd ratio, naming file and entry, before anything is inflated', () => {
    // 20 MiB of zeros deflate to ~20 KiB: ratio ~1000:1, honestly declared.
    const bomb = small([{ name: 'xl/worksheets/sheet1.xml', data: zeros(20) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const r = refusal(() => checkXlsxContainer(bomb, FILE));
    expect(r.code).toBe('xlsxRatio');
    expect(r.params).toMatchObject({ file: FILE, entry: 'xl/worksheets/sheet1.xml', size: 20 });
    expect(Number(r.params.ratio)).toBeGreaterThan(200);
    const en = translate('en', 'participants.file.xlsxRatio', r.params);
    expect(en).toContain('"xl/worksheets/sheet1.xml" of "peserta.xlsx"');
    expect(translate('id', 'participants.file.xlsxRatio', r.params)).toContain('bom dekompresi');
  });

  it('keeps ordinary compression ratios and entries under the ratio floor', () => {
    // Under 4 MiB even a 1000:1 entry is fine (tiny parts compress oddly).
    expect(() => checkXlsxContainer(small([{ name: 'xl/styles.xml', data: zeros(3) }]), FILE)).not.toThrow();
  });

  it('refuses a declared total over the cap, naming the entry where it is crossed', () => {
    // Random hex deflates only ~2:1, so 90 MiB declared for ~1 MiB stored is a plausible ratio.
    const noise = () => Buffer.from(randomBytes(1 << 20).toString('hex'));
    const names = [1, 2, 3].map((i) => `xl/worksheets/sheet${i}.xml`);
    let zip: Buffer = small(names.map((name) => ({ name, data: noise() })));
    // Three entries that each declare 90 MiB: none alone is over 200 MiB, together they are.
    for (const name of names) zip = declareSize(zip, name, 90 << 20);
    const r = refusal(() => checkXlsxContainer(zip, FILE));
    expect(r).toEqual({ code: 'xlsxTooLarge', params: { file: FILE, entry: names[2], size: 270, max: 200 } });
    expect(translate('en', 'participants.file.xlsxTooLarge', r.params)).toContain('more than 200 MB');
    // One entry alone over the per-entry cap.
    const huge = declareSize(small([{ name: 'xl/a.xml', data: noise() }]), 'xl/a.xml', 0xffffffff);
    expect(refusal(() => checkXlsxContainer(huge, FILE))).toMatchObject({
      code: 'xlsxTooLarge',
      params: { entry: 'xl/a.xml' },
    });
  });

  it('refuses a stream that inflates beyond its declared size (the header lies)', () => {
    // Declares 2 KiB but holds 20 MiB of zeros: the ratio on paper looks harmless.
    const zip = small([{ name: 'xl/worksheets/sheet1.xml', data: zeros(20) }]);
    const lying = declareSize(zip, 'xl/worksheets/sheet1.xml', 2048);
    expect(refusal(() => checkXlsxContainer(lying, FILE))).toEqual({
      code: 'xlsxEntryDamaged',
      params: { file: FILE, entry: 'xl/worksheets/sheet1.xml' },
    });
  });

  it('refuses too many entries', () => {
    const many = Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) => ({
      name: `x/${i}`,
      data: new Uint8Array(),
    }));
    expect(refusal(() => checkXlsxContainer(Buffer.from(writeZip(many)), FILE))).toEqual({
      code: 'xlsxEntries',
      params: { file: FILE, count: XLSX_LIMITS.entries + 1, max: XLSX_LIMITS.entries },
    });
  });

  it('refuses truncated or inconsistent archives with a clear code, never a stack trace', () => {
    const zip = small([{ name: 'xl/worksheets/sheet1.xml', data: part('<sheet/>'.repeat(50)) }]);
    for (const cut of [zip.subarray(0, zip.length >> 1), zip.subarray(0, zip.length - 10), zip.subarray(0, 30)]) {
      expect(refusal(() => checkXlsxContainer(cut, FILE))).toEqual({ code: 'xlsxTruncated', params: { file: FILE } });
    }
    // The end record claims one entry more than the directory holds.
    const miscounted = Buffer.from(zip);
    const end = miscounted.length - 22;
    miscounted.writeUInt16LE(miscounted.readUInt16LE(end + 8) + 1, end + 8);
    miscounted.writeUInt16LE(miscounted.readUInt16LE(end + 10) + 1, end + 10);
    expect(refusal(() => checkXlsxContainer(miscounted, FILE)).code).toBe('xlsxTruncated');
    // An entry whose local header is not where the directory says.
    const moved = Buffer.from(zip);
    moved.writeUInt32LE(5, centralRecord(moved, 'xl/workbook.xml') + 42);
    expect(refusal(() => checkXlsxContainer(moved, FILE))).toEqual({
      code: 'xlsxEntryDamaged',
      params: { file: FILE, entry: 'xl/workbook.xml' },
    });
    // A flipped byte in a deflated entry.
    const flipped = Buffer.from(zip);
    const sheet = centralRecord(flipped, 'xl/worksheets/sheet1.xml');
    const local = flipped.readUInt32LE(sheet + 42);
    flipped[local + 30 + 'xl/worksheets/sheet1.xml'.length + 3]! ^= 0xff;
    expect(refusal(() => checkXlsxContainer(flipped, FILE))).toMatchObject({ code: 'xlsxEntryDamaged' });
  });

  it('reads nothing that is not a ZIP, naming the file', async () => {
    await expect(readParticipantsXlsx(part('NIP;Nama\n1;x\n'), undefined, 'daftar.xlsx')).rejects.toMatchObject({
      code: 'notXlsx',
      params: { file: 'daftar.xlsx' },
    });
    await expect(readParticipantsXlsx(part('PK'), undefined, 'daftar.xlsx')).rejects.toMatchObject({
      code: 'xlsxTruncated',
    });
  });
});
