/**
 * Turns the bytes of an uploaded text file into a string. Files reach us from Moodle, from
 * Excel "Save as CSV/Unicode text" and from hand-edited spreadsheets on Windows, so the
 * encoding is guessed: a BOM wins; otherwise UTF-16 is recognised by its zero bytes; then
 * strict UTF-8; and anything that is not valid UTF-8 is read as Windows-1252 (what Excel
 * writes on Indonesian/English Windows), so accented names survive instead of becoming "�".
 * Newlines are normalised to "\n". Pure: no file system, reusable by every import.
 */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder treats the
 * "windows-1252" label as plain Latin-1 (curly quotes and "€" would become control codes),
 * so that range is mapped here; 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined and kept as is.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join(
      '',
    );
  }
  return out;
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Share of the even/odd bytes that are zero in the first 4 KiB (ASCII text in UTF-16 is ~half zeros). */
function zeroShares(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 2) return { even: 0, odd: 0 };
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return { even: even / (n / 2), odd: odd / (n / 2) };
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const zeros = zeroShares(bytes);
  if (zeros.odd > 0.3 && zeros.even < 0.05) return 'utf-16le';
  if (zeros.even > 0.3 && zeros.odd < 0.05) return 'utf-16be';
  try {
    decode('utf-8', bytes, true);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  let text: string;
  switch (encoding) {
    case 'utf-8-bom':
      text = decode('utf-8', bytes.subarray(3));
      break;
    case 'utf-16le':
      text = decode('utf-16le', bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2) : bytes);
      break;
    case 'utf-16be':
      text = decode('utf-16be', bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes);
      break;
    case 'windows-1252':
      text = decodeCp1252(bytes);
      break;
    default:
      text = decode('utf-8', bytes);
  }
  return { text: normaliseNewlines(text), encoding };
}
