import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../electron/codecs/csv';
import { decodeText } from '../../electron/codecs/text';

const fields = (text: string, options?: Parameters<typeof parseCsv>[1]) =>
  parseCsv(text, options).rows.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and embedded newlines, numbering rows', () => {
    const { rows, error } = parseCsv('a,b,c\n"x, y","say ""hi""","line1\nline2"\nlast,,\n');
    expect(error).toBeNull();
    expect(rows).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['x, y', 'say "hi"', 'line1\nline2'] },
      { row: 3, fields: ['last', '', ''] },
    ]);
  });

  it('keeps blank rows (they count in row numbers) and reads a last row without newline', () => {
    expect(parseCsv('a\n\nb').rows).toEqual([
      { row: 1, fields: ['a'] },
      { row: 2, fields: [''] },
      { row: 3, fields: ['b'] },
    ]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\ufeff').rows).toEqual([]);
  });

  it('accepts CRLF, LF and lone CR line ends alike, keeping a quoted CRLF inside its field', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(fields('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(fields('a,b\n1,2\n3,4')).toEqual(expected);
    expect(fields('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(fields('"a\r\nb",c\r\n"d"\r\n')).toEqual([['a\r\nb', 'c'], ['d']]);
  });

  it('skips a byte order mark before the first field', () => {
    expect(fields('\ufeffNIP;Nama\r\n1;x\r\n', { delimiter: 'auto' })).toEqual([
      ['NIP', 'Nama'],
      ['1', 'x'],
    ]);
    expect(fields('\ufeff"q",b')).toEqual([['q', 'b']]);
  });

  it('uses comma unless told otherwise, and detects the separator from the first row on request', () => {
    expect(fields('a;b,c')).toEqual([['a;b', 'c']]);
    expect(fields('a;b,c', { delimiter: ';' })).toEqual([['a', 'b,c']]);
    expect(parseCsv('NIP\tNama\n1\t"x\ty"\n', { delimiter: 'auto' })).toMatchObject({
      delimiter: '\t',
      rows: [{ fields: ['NIP', 'Nama'] }, { fields: ['1', 'x\ty'] }],
    });
  });

  it('names the row and column of an unclosed quote and of text after a closing quote', () => {
    const unclosed = parseCsv('a,b\n1,"open\n2,3\n');
    expect(unclosed.error).toEqual({ code: 'unclosedQuote', row: 2, column: 2 });
    // The rows before the error are still there, so a caller can name the column by its header.
    expect(unclosed.rows).toEqual([{ row: 1, fields: ['a', 'b'] }]);
    expect(parseCsv('"a"b,c\n').error).toEqual({ code: 'textAfterQuote', row: 1, column: 1 });
    // Rows after a multi-line field keep spreadsheet numbering.
    expect(parseCsv('a,b,c\n"x\ny",1,2\n3,4,"5"6\n').error).toEqual({ code: 'textAfterQuote', row: 3, column: 3 });
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(fields('5" disk,b')).toEqual([['5" disk', 'b']]);
  });

  it('round-trips through writeCsv, which writes CRLF', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a "quoted", multi\nline'],
      ['2', ' padded '],
      ['3', ''],
    ];
    const text = writeCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(fields(text)).toEqual(rows);
    expect(fields(decodeText(Buffer.from(text, 'utf-8')).text)).toEqual(rows);
  });
});
