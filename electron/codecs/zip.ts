import zlib from 'node:zlib';

/**
 * The small ZIP subset Asesa reads and writes (.asesa packages; XLSX workbooks are checked with
 * it before exceljs opens them): stored or deflated entries, UTF-8 names, no ZIP64, no archive
 * encryption, nothing before the first entry. Written on node:zlib rather than a zip
 * library because reading an untrusted archive needs exactly these checks, in this order:
 * every name and declared size is checked from the central directory BEFORE anything is
 * inflated, and inflation itself is capped at the declared size (`maxOutputLength`), so a
 * lying header cannot make us allocate more than the limits allow.
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00: fixed, so the same rows give the same bytes. */
const DOS_DATE = 0x21;

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf-8');
    const deflated = zlib.deflateRawSync(e.data, { level: 6 });
    const stored = deflated.length >= e.data.length;
    const body = stored ? Buffer.from(e.data) : deflated;
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** Size rules an untrusted archive is held to, checked from the central directory before inflating. */
export interface ZipLimits {
  /** Largest declared uncompressed entry, and largest declared uncompressed total. */
  entryBytes: number;
  totalBytes: number;
  /** Uncompressed / compressed beyond this, for an entry above `ratioFloorBytes`, is a bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
  entries: number;
}

/**
 * What can be wrong with an archive. The reader only detects; each caller words the refusal in
 * its own terms (a package error for .asesa, a file problem for a participant workbook).
 * `name` is the entry concerned, when one is known.
 */
export type ZipProblem =
  | { kind: 'truncated'; name?: string }
  | { kind: 'unsupported'; name: string }
  | { kind: 'duplicate'; name: string }
  | { kind: 'tooManyEntries'; count: number; max: number }
  | { kind: 'entryTooLarge'; name: string; size: number; max: number }
  | { kind: 'totalTooLarge'; name: string; size: number; max: number }
  | { kind: 'ratio'; name: string; size: number; compressed: number }
  | { kind: 'sizeMismatch'; name: string }
  | { kind: 'crc'; name: string };

export interface ZipRules {
  limits: ZipLimits;
  /** Throws for an entry name the caller never accepts. */
  checkName: (name: string) => void;
  /** The error to throw for a problem. */
  fail: (problem: ZipProblem) => Error;
}

/** One entry as the central directory declares it. */
export interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function findEnd(buf: Buffer, rules: ZipRules): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === END && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  throw rules.fail({ kind: 'truncated' });
}

function readCentral(buf: Buffer, end: number, rules: ZipRules): CentralEntry[] {
  const { limits, fail } = rules;
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (buf.readUInt16LE(end + 4) !== 0 || buf.readUInt16LE(end + 8) !== count || cdOffset + cdSize !== end)
    throw fail({ kind: 'truncated' });
  if (count > limits.entries) throw fail({ kind: 'tooManyEntries', count, max: limits.entries });
  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw fail({ kind: 'truncated' });
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + skip > end) throw fail({ kind: 'truncated' });
    const name = buf.toString('utf-8', p + 46, p + 46 + nameLen);
    const entry: CentralEntry = {
      name,
      method,
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    };
    rules.checkName(name);
    if (seen.has(name)) throw fail({ kind: 'duplicate', name });
    seen.add(name);
    // Encrypted entries and methods other than stored/deflated are never written by Asesa or Excel.
    if (flags & 0x1 || (method !== 0 && method !== 8)) throw fail({ kind: 'unsupported', name });
    if (entry.size > limits.entryBytes)
      throw fail({ kind: 'entryTooLarge', name, size: entry.size, max: limits.entryBytes });
    total += entry.size;
    if (total > limits.totalBytes) throw fail({ kind: 'totalTooLarge', name, size: total, max: limits.totalBytes });
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressed * limits.maxRatio)
      throw fail({ kind: 'ratio', name, size: entry.size, compressed: entry.compressed });
    if (method === 0 && entry.size !== entry.compressed) throw fail({ kind: 'sizeMismatch', name });
    entries.push(entry);
    p += 46 + nameLen + skip;
  }
  if (p !== end) throw fail({ kind: 'truncated' });
  return entries;
}

function inflateEntry(buf: Buffer, e: CentralEntry, cdOffset: number, fail: ZipRules['fail']): Uint8Array {
  const p = e.offset;
  if (p + 30 > cdOffset || buf.readUInt32LE(p) !== LOCAL) throw fail({ kind: 'truncated', name: e.name });
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressed > cdOffset) throw fail({ kind: 'truncated', name: e.name });
  const body = buf.subarray(start, start + e.compressed);
  let data: Buffer;
  if (e.method === 0) data = body;
  else {
    try {
      // Never more than the declared size: a larger stream stops here with an error.
      data = zlib.inflateRawSync(body, { maxOutputLength: Math.max(1, e.size) });
    } catch {
      throw fail({ kind: 'sizeMismatch', name: e.name });
    }
  }
  if (data.length !== e.size) throw fail({ kind: 'sizeMismatch', name: e.name });
  if (zlib.crc32(data) !== e.crc) throw fail({ kind: 'crc', name: e.name });
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/**
 * Opens an archive: every declared name and size is checked against `rules` from the central
 * directory, and entries may not share bytes, before anything is inflated. `inflate` then
 * yields an entry's bytes, never more than its declared size and only with a matching CRC.
 */
export function openZip(
  bytes: Uint8Array,
  rules: ZipRules,
): { entries: CentralEntry[]; inflate: (e: CentralEntry) => Uint8Array } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < 22) throw rules.fail({ kind: 'truncated' });
  const endAt = findEnd(buf, rules);
  const entries = readCentral(buf, endAt, rules);
  const cdOffset = buf.readUInt32LE(endAt + 16);
  // Entries must not share bytes: overlapping entries are how a small file inflates many times.
  let end = 0;
  for (const e of [...entries].sort((x, y) => x.offset - y.offset)) {
    if (e.offset < end) throw rules.fail({ kind: 'duplicate', name: e.name });
    end = e.offset + 30 + Buffer.byteLength(e.name) + e.compressed;
  }
  return { entries, inflate: (e) => inflateEntry(buf, e, cdOffset, rules.fail) };
}

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
