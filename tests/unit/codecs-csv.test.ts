import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../electron/codecs/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and embedded newlines, with start lines', () => {
    const { records, errors } = parseCsv('a,b,c\n"x, y","say ""hi""","line1\nline2"\nlast,,\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'line1\nline2'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('skips blank lines and reads a last record without newline', () => {
    expect(parseCsv('a\n\nb').records.map((r) => r.fields)).toEqual([['a'], ['b']]);
  });

  it('reports an unclosed quote with its line', () => {
    const { records, errors } = parseCsv('a,b\n"open,x\nmore\n');
    expect(records).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'line 2',
        key: 'unclosedQuote',
        message: expect.stringContaining('never closed'),
      }),
    ]);
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('"a"b,c\n').errors[0]?.path).toBe('line 1');
  });

  it('round-trips through writeCsv', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a "quoted", multi\nline'],
      ['2', ' padded '],
    ];
    const text = writeCsv(rows).replace(/\r\n/g, '\n');
    expect(parseCsv(text).records.map((r) => r.fields)).toEqual(rows);
  });
});
