import zlib from 'node:zlib';
import { packageError } from './errors';
import { LIMITS } from './format';

/**
 * The small ZIP subset a package uses: stored or deflated entries, UTF-8 names, no ZIP64, no
 * archive encryption, nothing before the first entry. Written on node:zlib rather than a zip
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

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A name we would ever write: relative, no "..", no backslash, no drive, in the allowed set. */
export function checkEntryName(name: string, allowed: (name: string) => boolean): void {
  const bad =
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '') ||
    name.includes('\0') ||
    !allowed(name);
  if (bad) throw packageError('badEntryName', { name: JSON.stringify(name).slice(0, 120) });
}

function findEnd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === END && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  throw packageError('truncated');
}

function readCentral(buf: Buffer, allowed: (name: string) => boolean): CentralEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (buf.readUInt16LE(end + 4) !== 0 || buf.readUInt16LE(end + 8) !== count || cdOffset + cdSize !== end)
    throw packageError('truncated');
  if (count > LIMITS.entries) throw packageError('tooLarge', { name: '(archive)', size: count });
  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw packageError('truncated');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + skip > end) throw packageError('truncated');
    const name = buf.toString('utf-8', p + 46, p + 46 + nameLen);
    const entry: CentralEntry = {
      name,
      method,
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    };
    checkEntryName(name, allowed);
    if (seen.has(name)) throw packageError('duplicateEntry', { name });
    seen.add(name);
    // Encrypted zip entries and unknown methods are never written by Asesa.
    if (flags & 0x1 || (method !== 0 && method !== 8)) throw packageError('notPackage');
    if (entry.size > LIMITS.entryBytes) throw packageError('tooLarge', { name, size: entry.size });
    total += entry.size;
    if (total > LIMITS.totalBytes) throw packageError('tooLarge', { name: '(total)', size: total });
    if (entry.size > LIMITS.ratioFloorBytes && entry.size > entry.compressed * LIMITS.maxRatio)
      throw packageError('ratio', { name });
    if (method === 0 && entry.size !== entry.compressed) throw packageError('sizeMismatch', { name });
    entries.push(entry);
    p += 46 + nameLen + skip;
  }
  if (p !== end) throw packageError('truncated');
  return entries;
}

function inflateEntry(buf: Buffer, e: CentralEntry, cdOffset: number): Uint8Array {
  const p = e.offset;
  if (p + 30 > cdOffset || buf.readUInt32LE(p) !== LOCAL) throw packageError('truncated');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressed > cdOffset) throw packageError('truncated');
  const body = buf.subarray(start, start + e.compressed);
  let data: Buffer;
  if (e.method === 0) data = body;
  else {
    try {
      // Never more than the declared size: a larger stream stops here with an error.
      data = zlib.inflateRawSync(body, { maxOutputLength: Math.max(1, e.size) });
    } catch {
      throw packageError('sizeMismatch', { name: e.name });
    }
  }
  if (data.length !== e.size) throw packageError('sizeMismatch', { name: e.name });
  if (zlib.crc32(data) !== e.crc) throw packageError('crc', { name: e.name });
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/** Reads and checks the whole archive; `allowed` decides which entry names may exist. */
export function readZip(bytes: Uint8Array, allowed: (name: string) => boolean): Map<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < 22) throw packageError('truncated');
  const entries = readCentral(buf, allowed);
  const cdOffset = buf.readUInt32LE(findEnd(buf) + 16);
  // Entries must not share bytes: overlapping entries are how a small file inflates many times.
  let end = 0;
  for (const e of [...entries].sort((x, y) => x.offset - y.offset)) {
    if (e.offset < end) throw packageError('duplicateEntry', { name: e.name });
    end = e.offset + 30 + Buffer.byteLength(e.name) + e.compressed;
  }
  const out = new Map<string, Uint8Array>();
  for (const e of entries) out.set(e.name, inflateEntry(buf, e, cdOffset));
  return out;
}

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
