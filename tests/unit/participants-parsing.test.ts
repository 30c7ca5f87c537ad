import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../electron/codecs/csv';
import { headerKey, resolveColumns } from '../../electron/services/participant-columns';
import { parseDate, parseJenjang, parseKind, parseSex } from '../../electron/services/participant-values';

describe('delimited text (participant lists)', () => {
  it('detects comma, semicolon and tab from the header row, ignoring quoted separators', () => {
    expect(detectDelimiter('NIP,Nama,Unit\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('NIP;Nama;"Unit, Kerja"\n')).toBe(';');
    expect(detectDelimiter('NIP\tNama\n')).toBe('\t');
    expect(detectDelimiter('NIP\n')).toBe(',');
  });

  it('numbers rows as a spreadsheet does: a quoted newline stays in its row, blank rows count', () => {
    const { rows, error } = parseCsv('a;b\n1;"x\ny"\n\n"q""z";3', { delimiter: 'auto' });
    expect(error).toBeNull();
    expect(rows).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', 'x\ny'] },
      { row: 3, fields: [''] },
      { row: 4, fields: ['q"z', '3'] },
    ]);
  });

  it('keeps empty trailing fields and ignores one final newline', () => {
    expect(parseCsv('a,b,\n,,\n', { delimiter: 'auto' }).rows).toEqual([
      { row: 1, fields: ['a', 'b', ''] },
      { row: 2, fields: ['', '', ''] },
    ]);
  });

  it('names the row and column of an unclosed quote and of text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n', { delimiter: 'auto' }).error).toEqual({
      code: 'unclosedQuote',
      row: 2,
      column: 2,
    });
    expect(parseCsv('a;b\n1;2\n"x"y;3\n', { delimiter: 'auto' }).error).toEqual({
      code: 'textAfterQuote',
      row: 3,
      column: 1,
    });
  });
});

describe('header recognition', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(headerKey(' Unit_Kerja ')).toBe('unitkerja');
    expect(headerKey('No. HP')).toBe('nohp');
  });

  it('maps Indonesian and English headers, precise names before vague ones', () => {
    const header = [
      'Pangkat',
      'NIP Baru',
      'Nama Lengkap',
      'Golongan/Ruang',
      'Unit Kerja',
      'Instansi',
      'E-mail',
      'Telp.',
      'Keterangan',
    ];
    const cols = resolveColumns(header);
    expect(Object.fromEntries(cols)).toEqual({ nip: 1, name: 2, golongan: 3, unit: 4, agency: 5, email: 6, phone: 7 });
    const en = resolveColumns([
      'Employee ID',
      'Full name',
      'Sex',
      'Date of birth',
      'Rank',
      'Position',
      'Work unit',
      'Agency',
    ]);
    expect(Object.fromEntries(en)).toEqual({
      nip: 0,
      name: 1,
      sex: 2,
      birthDate: 3,
      golongan: 4,
      jabatan: 5,
      unit: 6,
      agency: 7,
    });
  });

  it('lets an explicit mapping move a field to another column and take it from its old field', () => {
    const cols = resolveColumns(['NIP', 'Nama', 'Nama Panggilan'], { name: 2 });
    expect(cols.get('name')).toBe(2);
    const moved = resolveColumns(['NIP', 'Nama'], { unit: 1 });
    expect(moved.get('unit')).toBe(1);
    expect(moved.has('name')).toBe(false);
  });
});

describe('value readers', () => {
  it('reads sex, kind, dates and jenjang as people type them, and nothing else', () => {
    expect(['L', 'laki-laki', 'Pria', 'male'].map(parseSex)).toEqual(['M', 'M', 'M', 'M']);
    expect(['P', 'Perempuan', 'wanita', 'F'].map(parseSex)).toEqual(['F', 'F', 'F', 'F']);
    expect(parseSex('X')).toBeNull();
    expect([parseKind('PNS'), parseKind('P3K'), parseKind('PPPK'), parseKind('honorer')]).toEqual([
      'pns',
      'pppk',
      'pppk',
      null,
    ]);
    expect(parseDate('1966-08-01')).toBe('1966-08-01');
    expect(parseDate('01/08/1966')).toBe('1966-08-01');
    expect(parseDate('1 Agustus 1966')).toBe('1966-08-01');
    expect(parseDate('01 Aug 1966')).toBe('1966-08-01');
    expect(parseDate('29-02-1985')).toBeNull();
    expect(parseDate('08/01/66')).toBeNull();
    expect(parseJenjang('Ahli Muda')).toBe('ahli-muda');
    expect(parseJenjang('JPT Pratama')).toBe('jpt-pratama');
    expect(parseJenjang('eselon II')).toBeNull();
  });
});
