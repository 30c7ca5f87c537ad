import { createHash } from 'node:crypto';
import { APP_VERSION } from '../version';
import type { Db } from '../db/connection';
import { AppError } from '../services/errors';
import { newId, nowIso } from '../services/ids';
import { ANY_PEER, baselineWriter, peerBaselines } from './baseline';
import { collectRows } from './collect';
import { encryptPackage } from './crypto';
import { packageError } from './errors';
import { FORMAT_VERSION, MANIFEST_ENTRY, PDF_ENTRY, SIGNATURE_ENTRY, type ExportScope, type Manifest } from './format';
import { localOffice, rowHash, toObject } from './row-hash';
import { officeKey, signBytes } from './signing';
import { writeZip, type ZipEntry } from '../codecs/zip';

/** A printed document to carry as `pdf/<name>`; listed and hashed in the manifest like a row file. */
export interface PackagePdf {
  name: string;
  data: Uint8Array;
}

export interface ExportOptions {
  scope: ExportScope;
  /** Absent or empty = not encrypted (the caller decides; encryption is the default in the UI and CLI). */
  passphrase?: string;
  pdfs?: PackagePdf[];
}

export interface BuiltPackage {
  bytes: Uint8Array;
  manifest: Manifest;
  fileName: string;
  counts: Record<string, number>;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function fileNameFor(code: string, scope: ExportScope, at: string): string {
  const what =
    scope.kind === 'batch'
      ? `batch-${scope.batchId.slice(-8)}`
      : scope.kind === 'since'
        ? `to-${scope.sinceOfficeCode}`
        : 'full';
  const stamp = at.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `asesa-${code}-${what}-${stamp}.asesa`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Builds, signs and (optionally) encrypts one package, then records what was sent: a baseline
 * per row (for conflict detection later) and, for a "since" export, the office's watermark.
 */
export function buildPackage(db: Db, options: ExportOptions): BuiltPackage {
  const office = localOffice(db);
  if (!office) throw new AppError('NOT_SET_UP');
  const { scope } = options;
  let peer: string | null = null;
  if (scope.kind === 'since') {
    const row = db.prepare('SELECT id FROM office WHERE code = ? AND is_local = 0').get(scope.sinceOfficeCode) as
      { id: string } | undefined;
    if (!row) throw packageError('unknownOffice', { code: scope.sinceOfficeCode });
    peer = row.id;
  }
  const createdAt = nowIso();
  const packageId = newId();
  const key = officeKey(db);
  const collected = collectRows(db, scope, peer);

  const entries: ZipEntry[] = [];
  const declared: Manifest['entries'] = {};
  const counts: Record<string, number> = {};
  for (const c of collected) {
    const name = `data/${c.shape.spec.table}.json`;
    const data = Buffer.from(
      JSON.stringify({ table: c.shape.spec.table, columns: c.shape.columns, rows: [...c.rows.values()] }),
      'utf-8',
    );
    entries.push({ name, data });
    declared[name] = { bytes: data.length, sha256: sha256(data), count: c.rows.size };
    counts[c.shape.spec.table] = c.rows.size;
  }
  for (const pdf of options.pdfs ?? []) {
    const name = `pdf/${pdf.name}`;
    // A name a reader would refuse, or the same name twice, is a bug here, not a user error.
    if (!PDF_ENTRY.test(name) || name in declared) throw new Error(`bad or duplicate PDF entry: ${name}`);
    entries.push({ name, data: pdf.data });
    declared[name] = { bytes: pdf.data.length, sha256: sha256(pdf.data) };
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    packageId,
    createdAt,
    office: { id: office.id, code: office.code, name: office.name },
    scope,
    entries: declared,
    signer: { publicKey: key.publicKey, fingerprint: key.fingerprint },
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf-8');
  const zip = writeZip([
    { name: MANIFEST_ENTRY, data: manifestBytes },
    { name: SIGNATURE_ENTRY, data: signBytes(db, manifestBytes) },
    ...entries,
  ]);
  const bytes = options.passphrase ? encryptPackage(zip, options.passphrase) : zip;

  db.transaction(() => {
    const baselines = baselineWriter(db, peer ?? ANY_PEER, createdAt);
    for (const c of collected) {
      // Only what differs from the record already held: sending the same rows again writes nothing.
      const held = peerBaselines(db, peer ?? ANY_PEER, c.shape.spec.table);
      for (const [id, values] of c.rows) {
        const hash = rowHash(c.shape, toObject(c.shape.columns, values));
        if (held.get(id) !== hash) baselines.put(c.shape.spec.table, id, hash);
      }
    }
    if (peer) {
      db.prepare(
        `INSERT INTO exchange_watermark (office_id, last_sent_at, package_id) VALUES (?, ?, ?)
         ON CONFLICT (office_id) DO UPDATE SET last_sent_at = excluded.last_sent_at, package_id = excluded.package_id`,
      ).run(peer, createdAt, packageId);
    }
  })();
  return { bytes, manifest, fileName: fileNameFor(office.code, scope, createdAt), counts };
}
