import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/codecs/text';

const sample = 'Nama,Unit\r\nSiti Aisyah Putrî,Dinas Pendidikan\r\nJosé Ramos-Horta,Bagian Umum\r\n';
const expected = 'Nama,Unit\nSiti Aisyah Putrî,Dinas Pendidikan\nJosé Ramos-Horta,Bagian Umum\n';

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Windows-1252 for the Latin-1 range is one byte per character. */
function cp1252(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(sample, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]), 'utf-8-bom'],
    ['utf-16le with BOM', utf16le(sample, true), 'utf-16le'],
    ['utf-16le without BOM', utf16le(sample, false), 'utf-16le'],
    ['utf-16be with BOM', utf16be(sample), 'utf-16be'],
    ['windows-1252', cp1252(sample), 'windows-1252'],
  ])('reads %s with accents intact and newlines normalised', (_label, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(expected);
  });

  it('maps Windows-1252 specials (curly quotes, euro) rather than Latin-1 control codes', () => {
    expect(decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80])).text).toBe('\u201cA\u201d \u20ac');
  });

  it('handles empty input and lone carriage returns', () => {
    expect(decodeText(new Uint8Array()).text).toBe('');
    expect(decodeText(Buffer.from('a\rb', 'utf8')).text).toBe('a\nb');
  });
});
