import type { UserSummary } from '../../shared/schemas/user';
import { findUserById, toUserSummary } from '../repositories/user';
import { updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { refusal } from './refusal';
import { hashPassword, verifyPassword } from './passwords';

/** Unlocks an idle-locked session with the same user's password; a wrong one counts as a failure. */
export async function unlock(ctx: ServiceContext, password: string): Promise<void> {
  const user = ctx.session.user && findUserById(ctx.db, ctx.session.user.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(password, user.password_hash))) throw new AppError('BAD_CREDENTIALS');
  ctx.session.locked = false;
  ctx.session.lastActivity = Date.now();
}

export async function changePassword(ctx: ServiceContext, current: string, next: string): Promise<void> {
  const user = ctx.session.user && findUserById(ctx.db, ctx.session.user.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(current, user.password_hash))) throw new AppError('BAD_CREDENTIALS');
  if (current === next) throw new AppError('VALIDATION', {}, [{ path: 'next', message: 'same-as-current' }]);
  const hash = await hashPassword(next);
  ctx.db.transaction(() => {
    updateRow(ctx.db, 'user', user.id, { password_hash: hash });
    appendAudit(ctx.db, { actorId: user.id, action: 'change-password', entity: 'user', entityId: user.id });
  })();
}

/** An administrator sets a new password for someone who forgot theirs; the lock-out is cleared. */
export async function resetPassword(ctx: ServiceContext, userId: string, password: string): Promise<void> {
  if (!findUserById(ctx.db, userId)) throw new AppError('NOT_FOUND');
  const hash = await hashPassword(password);
  ctx.db.transaction(() => {
    updateRow(ctx.db, 'user', userId, { password_hash: hash, failed_attempts: 0, locked_until: null });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'reset-password', entity: 'user', entityId: userId });
  })();
}

export function setActive(ctx: ServiceContext, userId: string, active: boolean): UserSummary {
  if (userId === ctx.session.user?.id && !active) {
    throw refusal('office.selfDeactivate');
  }
  return ctx.db.transaction(() => {
    const before = findUserById(ctx.db, userId);
    if (!before) throw new AppError('NOT_FOUND');
    if (!active && before.role === 'admin') {
      const admins = (ctx.db.prepare("SELECT COUNT(*) AS n FROM user WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL").get() as { n: number }).n;
      if (admins <= 1) throw refusal('office.lastAdmin');
    }
    updateRow(ctx.db, 'user', userId, { active: active ? 1 : 0 });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: active ? 'activate' : 'deactivate', entity: 'user', entityId: userId, oldValue: before.active === 1, newValue: active });
    return toUserSummary(findUserById(ctx.db, userId)!);
  })();
}
