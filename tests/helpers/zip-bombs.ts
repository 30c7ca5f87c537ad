import { openZip, writeZip } from '../../electron/codecs/zip';
import { XLSX_LIMITS } from '../../electron/codecs/xlsx-container';

/**
 * Hand-made hostile ZIP archives for the XLSX import tests. Everything is generated at test
 * time with node:zlib (through writeZip), so no large or dangerous file is committed.
 */
const CENTRAL = 0x02014b50;

/** Byte offset of the central-directory record of `name`. */
export function centralRecord(zip: Buffer, name: string): number {
  for (let p = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p--) {
    if (zip.readUInt32LE(p) !== CENTRAL) continue;
    const len = zip.readUInt16LE(p + 28);
    if (zip.toString('utf-8', p + 46, p + 46 + len) === name) return p;
  }
  throw new Error(`no central record for ${name}`);
}

/** Makes `name` declare `size` uncompressed bytes, in its central record and local header alike. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const c = centralRecord(out, name);
  out.writeUInt32LE(size, c + 24);
  out.writeUInt32LE(size, out.readUInt32LE(c + 42) + 22);
  return out;
}

/** `mb` MiB of zeros: deflates about 1000:1. */
export const zeros = (mb: number) => Buffer.alloc(mb * 1024 * 1024);

/** A workbook's parts plus (or replacing) `extra`, zipped again. */
export function rezip(parts: Map<string, Uint8Array>, extra: Record<string, Uint8Array>): Buffer {
  const all = new Map(parts);
  for (const [name, data] of Object.entries(extra)) all.set(name, data);
  return Buffer.from(writeZip([...all].map(([name, data]) => ({ name, data }))));
}

/** Every part of a (trusted, test-made) archive, directory entries included, as exceljs writes them. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const { entries, inflate } = openZip(bytes, {
    limits: XLSX_LIMITS,
    checkName: () => undefined,
    fail: (p) => new Error(`test archive: ${JSON.stringify(p)}`),
  });
  return new Map(entries.map((e) => [e.name, inflate(e)]));
}
