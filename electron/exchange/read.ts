import { createHash } from 'node:crypto';
import { decryptPackage, isEncrypted } from './crypto';
import { packageError } from './errors';
import {
  DATA_ENTRY,
  FORMAT_MAJOR,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  PDF_ENTRY,
  SIGNATURE_ENTRY,
  majorOf,
  manifestSchema,
  tableFileSchema,
  type Manifest,
  type TableFile,
} from './format';
import { fingerprintOf, verifyBytes } from './signing';
import { isZip } from '../codecs/zip';
import { readZip } from './zip';

export interface VerifiedPackage {
  manifest: Manifest;
  /** Recomputed from the signer key in the manifest (never trusted from the file). */
  fingerprint: string;
  encrypted: boolean;
  tables: Map<string, TableFile>;
  pdfs: Map<string, Uint8Array>;
}

const allowedName = (name: string) =>
  name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || DATA_ENTRY.test(name) || PDF_ENTRY.test(name);

function parseJson(bytes: Uint8Array, onError: () => Error): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf-8'));
  } catch {
    throw onError();
  }
}

/**
 * Everything that can be checked without the database, in order: container (encryption, zip
 * structure, names, sizes), format version, signature over the exact manifest bytes, then
 * each entry against the manifest's SHA-256 and the row-file shape. Throws on the first problem.
 */
export function openPackage(bytes: Uint8Array, passphrase?: string): VerifiedPackage {
  const encrypted = isEncrypted(bytes);
  const zip = encrypted ? decryptPackage(bytes, passphrase) : bytes;
  if (!isZip(zip)) throw packageError(bytes.length < 4 ? 'truncated' : 'notPackage');
  const entries = readZip(zip, allowedName);
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  const signature = entries.get(SIGNATURE_ENTRY);
  if (!manifestBytes) throw packageError('missingEntry', { name: MANIFEST_ENTRY });
  if (!signature) throw packageError('missingEntry', { name: SIGNATURE_ENTRY });

  const raw = parseJson(manifestBytes, () => packageError('manifest'));
  // The version is read before the rest: a newer major may have a manifest we cannot parse.
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) throw packageError('manifest');
  if (majorOf(version) !== FORMAT_MAJOR) {
    if (majorOf(version) > FORMAT_MAJOR)
      throw packageError('newerMajor', { found: version, supported: FORMAT_VERSION });
    throw packageError('manifest');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw packageError(
      'manifest',
      {},
      parsed.error.issues.map((i) => ({ path: `${MANIFEST_ENTRY}: ${i.path.join('.')}`, message: i.message })),
    );
  }
  const manifest = parsed.data;
  const fingerprint = fingerprintOf(manifest.signer.publicKey);
  if (
    !verifyBytes(manifest.signer.publicKey, manifestBytes, signature) ||
    fingerprint !== manifest.signer.fingerprint
  ) {
    throw packageError('badSignature');
  }

  const tables = new Map<string, TableFile>();
  const pdfs = new Map<string, Uint8Array>();
  for (const name of Object.keys(manifest.entries))
    if (!entries.has(name)) throw packageError('missingEntry', { name });
  for (const [name, data] of entries) {
    if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY) continue;
    const declared = manifest.entries[name];
    if (!declared) throw packageError('undeclaredEntry', { name });
    if (declared.bytes !== data.length || createHash('sha256').update(data).digest('hex') !== declared.sha256)
      throw packageError('hashMismatch', { name });
    if (PDF_ENTRY.test(name)) {
      pdfs.set(name, data);
      continue;
    }
    const file = tableFileSchema.safeParse(
      parseJson(data, () => packageError('rows', {}, [{ path: name, message: 'JSON' }])),
    );
    const table = DATA_ENTRY.exec(name)![1]!;
    if (!file.success || file.data.table !== table)
      throw packageError('rows', {}, [
        { path: name, message: file.success ? 'table name' : (file.error.issues[0]?.message ?? '') },
      ]);
    const width = file.data.columns.length;
    const cell = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
    const bad = file.data.rows.findIndex((r) => !Array.isArray(r) || r.length !== width || !r.every(cell));
    if (bad >= 0)
      throw packageError('rows', {}, [
        { path: `${name}, row ${bad + 1}`, message: `expected ${width} values (text, number or null)` },
      ]);
    if (declared.count !== undefined && declared.count !== file.data.rows.length)
      throw packageError('hashMismatch', { name });
    tables.set(table, file.data as TableFile);
  }
  return { manifest, fingerprint, encrypted, tables, pdfs };
}
