/**
 * Reads the string entries of a PDF's Info dictionary without a PDF library: the trailer's
 * `/Info n g R`, then that object's `<< … >>`, each value a literal `( … )` string (with
 * backslash escapes), a hex `< … >` string, or a reference to an object holding one (pdfkit
 * writes every Info value as its own object). Strings starting with the FE FF byte order mark
 * are UTF-16BE, others are taken as Latin-1 (close enough to PDFDocEncoding for the ASCII
 * Asesa writes). Only what "Periksa dokumen" needs; a PDF whose Info sits in a compressed
 * object stream reads as having no Info.
 */
export type PdfProblem = 'notPdf' | 'truncated' | 'damaged';

export class PdfReadError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(`PDF cannot be read: ${problem}`);
  }
}

const WS = /[\0\t\n\f\r ]/;
const DELIM = /[\0\t\n\f\r ()<>[\]{}/%]/;

/** A tiny PDF object tokenizer over a Latin-1 string of the file. */
class Reader {
  constructor(
    private readonly s: string,
    public i: number,
  ) {}

  private skip(): void {
    for (;;) {
      while (this.i < this.s.length && WS.test(this.s[this.i]!)) this.i++;
      if (this.s[this.i] !== '%') return;
      while (this.i < this.s.length && this.s[this.i] !== '\n' && this.s[this.i] !== '\r') this.i++;
    }
  }

  private fail(): never {
    throw new PdfReadError('damaged');
  }

  /** The next value: string (decoded), name, {ref}, dictionary, or other (array, number, …) as null. */
  value(): unknown {
    this.skip();
    const c = this.s[this.i];
    if (c === undefined) this.fail();
    if (c === '(') return this.literal();
    if (c === '<' && this.s[this.i + 1] === '<') return this.dict();
    if (c === '<') return this.hex();
    if (c === '/') return { name: this.name() };
    if (c === '[') {
      this.i++;
      for (this.skip(); this.s[this.i] !== ']'; this.skip()) this.value();
      this.i++;
      return null;
    }
    const ref = /^(\d+)\s+(\d+)\s+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(this.s.slice(this.i, this.i + 40));
    if (ref) {
      this.i += ref[0].length;
      return { ref: [Number(ref[1]), Number(ref[2])] as const };
    }
    const start = this.i;
    while (this.i < this.s.length && !DELIM.test(this.s[this.i]!)) this.i++;
    if (this.i === start) this.fail();
    return null;
  }

  private name(): string {
    this.i++;
    const start = this.i;
    while (this.i < this.s.length && !DELIM.test(this.s[this.i]!)) this.i++;
    return this.s
      .slice(start, this.i)
      .replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }

  dict(): Map<string, unknown> {
    this.skip();
    if (!this.s.startsWith('<<', this.i)) this.fail();
    this.i += 2;
    const out = new Map<string, unknown>();
    for (;;) {
      this.skip();
      if (this.s.startsWith('>>', this.i)) {
        this.i += 2;
        return out;
      }
      if (this.s[this.i] !== '/') this.fail();
      const key = this.name();
      out.set(key, this.value());
    }
  }

  private literal(): { bytes: string } {
    this.i++;
    let depth = 1;
    let out = '';
    const ESC: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    while (this.i < this.s.length) {
      const c = this.s[this.i++]!;
      if (c === '\\') {
        const n = this.s[this.i++];
        if (n === undefined) break;
        if (n in ESC) out += ESC[n];
        else if (/[0-7]/.test(n)) {
          let oct = n;
          while (oct.length < 3 && /[0-7]/.test(this.s[this.i] ?? '')) oct += this.s[this.i++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (n === '\r') {
          if (this.s[this.i] === '\n') this.i++;
        } else if (n !== '\n') out += n;
      } else if (c === '(') {
        depth++;
        out += c;
      } else if (c === ')') {
        if (--depth === 0) return { bytes: out };
        out += c;
      } else out += c;
    }
    this.fail();
  }

  private hex(): { bytes: string } {
    const end = this.s.indexOf('>', this.i);
    if (end < 0) this.fail();
    let digits = this.s.slice(this.i + 1, end).replace(/[\0\t\n\f\r ]/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(digits)) this.fail();
    if (digits.length % 2) digits += '0';
    this.i = end + 1;
    return { bytes: digits.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))) };
  }
}

/** Text of a PDF string's bytes: UTF-16BE after FE FF, else one byte per character. */
export function decodePdfString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  return bytes;
}

const isString = (v: unknown): v is { bytes: string } => typeof v === 'object' && v !== null && 'bytes' in v;
const isRef = (v: unknown): v is { ref: readonly [number, number] } =>
  typeof v === 'object' && v !== null && 'ref' in v;

/** Where `n g obj` starts its body (the last definition wins: incremental updates append). */
function objectBody(s: string, n: number, g: number): number | null {
  const re = new RegExp(`(?:^|[^0-9])${n}[\\0\\t\\n\\f\\r ]+${g}[\\0\\t\\n\\f\\r ]+obj`, 'g');
  let at: number | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}

/**
 * The Info dictionary's string entries of a PDF file. Throws PdfReadError when the bytes are
 * not a PDF, are cut short (no %%EOF at the end), or the Info it points to cannot be read.
 * Returns {} when there is no (readable) Info at all.
 */
export function readPdfInfo(file: Uint8Array): Record<string, string> {
  const s = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('latin1');
  if (!s.startsWith('%PDF-')) throw new PdfReadError('notPdf');
  if (!s.slice(-1024).includes('%%EOF')) throw new PdfReadError('truncated');
  const refs = [...s.matchAll(/\/Info[\0\t\n\f\r ]*(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+R/g)];
  const last = refs.at(-1);
  if (!last) return {};
  const at = objectBody(s, Number(last[1]), Number(last[2]));
  if (at === null) {
    // The Info object may be inside a compressed object stream (not written by Asesa).
    if (s.includes('/ObjStm')) return {};
    throw new PdfReadError('damaged');
  }
  const info = new Reader(s, at).dict();
  const out: Record<string, string> = {};
  for (const [key, raw] of info) {
    let value = raw;
    if (isRef(value)) {
      const body = objectBody(s, value.ref[0], value.ref[1]);
      if (body === null) throw new PdfReadError('damaged');
      value = new Reader(s, body).value();
    }
    if (isString(value)) out[key] = decodePdfString(value.bytes);
  }
  return out;
}
