import type { OfficeInput } from '../../shared/schemas/office';
import type { SessionUser } from '../../shared/schemas/user';
import { getLocalOffice, insertLocalOffice } from '../repositories/office';
import { countUsers, insertUser } from '../repositories/user';
import { appendAudit } from './audit';
import { ensureSeeded } from './dictionary-seed';
import { officeKey } from '../exchange/signing';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { hashPassword } from './passwords';

export function needsSetup(ctx: ServiceContext): boolean {
  return getLocalOffice(ctx.db) === null || countUsers(ctx.db) === 0;
}

/**
 * First run: the office identity and its first administrator, in one transaction, and the
 * administrator is logged in. Refused once an office exists, so it cannot be used to take over.
 */
export async function completeSetup(
  ctx: ServiceContext,
  input: { office: OfficeInput; admin: { username: string; displayName: string; password: string } },
): Promise<SessionUser> {
  if (!needsSetup(ctx)) throw new AppError('ALREADY_SET_UP');
  const passwordHash = await hashPassword(input.admin.password);
  const user = ctx.db.transaction(() => {
    if (!needsSetup(ctx)) throw new AppError('ALREADY_SET_UP');
    const office = getLocalOffice(ctx.db) ?? insertLocalOffice(ctx.db, input.office);
    const row = insertUser(ctx.db, {
      officeId: office.id,
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
      passwordHash,
    });
    appendAudit(ctx.db, { actorId: row.id, action: 'setup', entity: 'office', entityId: office.id, newValue: input.office });
    appendAudit(ctx.db, {
      actorId: row.id,
      action: 'create',
      entity: 'user',
      entityId: row.id,
      newValue: { username: row.username, role: row.role },
    });
    // The ASN dictionary and default position standards, in the same transaction (issue 3).
    ensureSeeded(ctx.db);
    // The office's Ed25519 signing key for exchange packages is made at office setup (issue 7).
    officeKey(ctx.db);
    return row;
  })();
  ctx.session.user = { id: user.id, role: user.role };
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role };
}
