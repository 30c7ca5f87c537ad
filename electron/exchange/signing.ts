import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { Db } from '../db/connection';
import { getSetting, setSetting } from '../services/settings';

/**
 * This office's Ed25519 signing key. The private key lives in the `setting` table (PKCS#8,
 * base64): it is as safe as the database file and the OS account that holds it — the
 * documented trade-off of an offline app without a key store. It never leaves the database:
 * the setting table is not part of any package.
 */
const KEY_SETTING = 'exchange.officeKey';

interface StoredKey {
  publicKey: string;
  privateKey: string;
  createdAt: string;
}

export interface OfficeKey {
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/** SHA-256 of the SPKI bytes as 16 groups of 4 hex digits: easy to read out over the phone. */
export function fingerprintOf(publicKeySpkiBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeySpkiBase64, 'base64')).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

function loadOrCreate(db: Db): StoredKey {
  const existing = getSetting<StoredKey | null>(db, KEY_SETTING, null);
  if (existing) return existing;
  const pair = generateKeyPairSync('ed25519');
  const stored: StoredKey = {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    createdAt: new Date().toISOString(),
  };
  setSetting(db, KEY_SETTING, stored);
  return stored;
}

/** The public half; made on first need (or at office setup by calling this once). */
export function officeKey(db: Db): OfficeKey {
  const k = loadOrCreate(db);
  return { publicKey: k.publicKey, fingerprint: fingerprintOf(k.publicKey), createdAt: k.createdAt };
}

export function signBytes(db: Db, data: Uint8Array): Uint8Array {
  const k = loadOrCreate(db);
  const key = createPrivateKey({ key: Buffer.from(k.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return new Uint8Array(sign(null, data, key));
}

/** False for any malformed key or signature: the caller turns it into one clear refusal. */
export function verifyBytes(publicKeySpkiBase64: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeySpkiBase64, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
