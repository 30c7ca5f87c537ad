import type { TrustedOffice } from '../../shared/contract/channels/exchange';
import type { Db } from '../db/connection';
import { localOffice } from '../exchange/row-hash';
import { officeKey } from '../exchange/signing';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { nowIso } from './ids';

interface TrustedRow {
  office_code: string;
  office_id: string;
  office_name: string;
  public_key: string;
  fingerprint: string;
  trusted_at: string;
}

const toTrusted = (r: TrustedRow): TrustedOffice => ({
  officeCode: r.office_code,
  officeId: r.office_id,
  officeName: r.office_name,
  fingerprint: r.fingerprint,
  trustedAt: r.trusted_at,
});

export function getOfficeKey(ctx: ServiceContext) {
  const office = localOffice(ctx.db);
  if (!office) throw new AppError('NOT_SET_UP');
  const key = officeKey(ctx.db);
  return { officeCode: office.code, publicKey: key.publicKey, fingerprint: key.fingerprint };
}

export function listTrusted(ctx: ServiceContext): TrustedOffice[] {
  return (ctx.db.prepare('SELECT * FROM exchange_trusted_office ORDER BY office_code').all() as TrustedRow[]).map(
    toTrusted,
  );
}

export function findTrusted(db: Db, code: string): TrustedRow | undefined {
  return db.prepare('SELECT * FROM exchange_trusted_office WHERE office_code = ?').get(code) as TrustedRow | undefined;
}

/** Call inside the transaction of the import (or on its own after a preview). */
export function trustOffice(
  db: Db,
  o: { code: string; officeId: string; name: string; publicKey: string; fingerprint: string },
  by: string | null,
): TrustedOffice {
  db.prepare(
    `INSERT INTO exchange_trusted_office (office_code, office_id, office_name, public_key, fingerprint, trusted_at, trusted_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (office_code) DO UPDATE SET office_id = excluded.office_id, office_name = excluded.office_name,
       public_key = excluded.public_key, fingerprint = excluded.fingerprint, trusted_at = excluded.trusted_at, trusted_by = excluded.trusted_by`,
  ).run(o.code, o.officeId, o.name, o.publicKey, o.fingerprint, nowIso(), by);
  return toTrusted(findTrusted(db, o.code)!);
}

export function untrustOffice(ctx: ServiceContext, code: string): { ok: true } {
  const r = ctx.db.prepare('DELETE FROM exchange_trusted_office WHERE office_code = ?').run(code);
  if (r.changes === 0) throw new AppError('NOT_FOUND');
  return { ok: true };
}
