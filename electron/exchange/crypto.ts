import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { packageError } from './errors';

/**
 * Passphrase encryption of a whole package: MAGIC, a 4-byte big-endian header length, a JSON
 * header {kdf, N, r, p, salt, iv}, the AES-256-GCM ciphertext of the zip, and the 16-byte tag.
 * The magic, length and header are the GCM additional data, so changing any byte anywhere
 * makes decryption fail. The passphrase is NFKC-normalised so the same words typed on
 * another keyboard or OS give the same key.
 */
export const MAGIC = Buffer.from('ASESA-ENC\x01', 'latin1');
const TAG_BYTES = 16;
const DEFAULT_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
/** Bounds on what a file may ask of the KDF, so a crafted header cannot exhaust memory or time. */
const MAX_N = 2 ** 20;

interface Header {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
}

function deriveKey(passphrase: string, h: Pick<Header, 'N' | 'r' | 'p'>, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFKC'), salt, 32, {
    N: h.N,
    r: h.r,
    p: h.p,
    maxmem: 256 * h.N * h.r + 1024 * 1024,
  });
}

export const isEncrypted = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);

export function encryptPackage(zip: Uint8Array, passphrase: string, kdf = DEFAULT_KDF): Uint8Array {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: Header = { kdf: 'scrypt', ...kdf, salt: salt.toString('base64'), iv: iv.toString('base64') };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf-8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([MAGIC, len, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, kdf, salt), iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(zip), cipher.final()]);
  return new Uint8Array(Buffer.concat([aad, body, cipher.getAuthTag()]));
}

function parseHeader(buf: Buffer): { header: Header; aadEnd: number } {
  if (buf.length < MAGIC.length + 4) throw packageError('truncated');
  const len = buf.readUInt32BE(MAGIC.length);
  const aadEnd = MAGIC.length + 4 + len;
  if (len > 4096 || aadEnd + TAG_BYTES > buf.length) throw packageError('truncated');
  let raw: unknown;
  try {
    raw = JSON.parse(buf.toString('utf-8', MAGIC.length + 4, aadEnd));
  } catch {
    throw packageError('badHeader');
  }
  const h = raw as Partial<Header>;
  const int = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
  const ok =
    h.kdf === 'scrypt' &&
    int(h.N, MAX_N) &&
    (h.N! & (h.N! - 1)) === 0 &&
    h.N! > 1 &&
    int(h.r, 32) &&
    int(h.p, 4) &&
    typeof h.salt === 'string' &&
    typeof h.iv === 'string' &&
    Buffer.from(h.iv, 'base64').length === 12 &&
    Buffer.from(h.salt, 'base64').length >= 16;
  if (!ok) throw packageError('badHeader');
  return { header: h as Header, aadEnd };
}

/** The zip inside; a wrong passphrase and a changed byte both end in one clear message. */
export function decryptPackage(bytes: Uint8Array, passphrase: string | undefined): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const { header, aadEnd } = parseHeader(buf);
  if (passphrase === undefined || passphrase === '') throw packageError('passphraseNeeded');
  const key = deriveKey(passphrase, header, Buffer.from(header.salt, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  decipher.setAAD(buf.subarray(0, aadEnd));
  decipher.setAuthTag(buf.subarray(buf.length - TAG_BYTES));
  try {
    const plain = Buffer.concat([decipher.update(buf.subarray(aadEnd, buf.length - TAG_BYTES)), decipher.final()]);
    return new Uint8Array(plain.buffer, plain.byteOffset, plain.length);
  } catch {
    throw packageError('wrongPassphrase');
  }
}
