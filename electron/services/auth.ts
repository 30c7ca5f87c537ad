import type { NewUserInput, SessionUser, UserSummary } from '../../shared/schemas/user';
import { getLocalOffice } from '../repositories/office';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  recordLoginFailure,
  recordLoginSuccess,
  toUserSummary,
} from '../repositories/user';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { hashPassword, verifyPassword } from './passwords';

/** Failures allowed before the account is locked; each further failure doubles the wait. */
const FREE_ATTEMPTS = 5;
const BASE_LOCK_SECONDS = 30;

export function lockSeconds(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  return BASE_LOCK_SECONDS * 2 ** Math.min(failedAttempts - FREE_ATTEMPTS, 10);
}

export async function login(
  ctx: ServiceContext,
  input: { username: string; password: string },
  now = new Date(),
): Promise<SessionUser> {
  const user = findUserByUsername(ctx.db, input.username);
  if (!user || user.active !== 1) {
    // Spend the same time as a real check so user names cannot be probed by timing.
    await verifyPassword(input.password, DUMMY_HASH);
    throw new AppError('BAD_CREDENTIALS');
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    const seconds = Math.ceil((new Date(user.locked_until).getTime() - now.getTime()) / 1000);
    throw new AppError('LOCKED_OUT', { seconds });
  }
  if (!(await verifyPassword(input.password, user.password_hash))) {
    const attempts = user.failed_attempts + 1;
    const wait = lockSeconds(attempts);
    recordLoginFailure(ctx.db, user.id, attempts, wait > 0 ? new Date(now.getTime() + wait * 1000).toISOString() : null);
    if (wait > 0) throw new AppError('LOCKED_OUT', { seconds: wait });
    throw new AppError('BAD_CREDENTIALS');
  }
  recordLoginSuccess(ctx.db, user.id);
  ctx.session.user = { id: user.id, role: user.role };
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role };
}

export function logout(ctx: ServiceContext): void {
  ctx.session.user = null;
}

export function currentUser(ctx: ServiceContext): SessionUser | null {
  if (!ctx.session.user) return null;
  const row = findUserById(ctx.db, ctx.session.user.id);
  if (!row || row.active !== 1) {
    ctx.session.user = null;
    return null;
  }
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export function listAllUsers(ctx: ServiceContext): UserSummary[] {
  return listUsers(ctx.db).map(toUserSummary);
}

export async function createUser(ctx: ServiceContext, input: NewUserInput): Promise<UserSummary> {
  const office = getLocalOffice(ctx.db);
  if (!office) throw new AppError('NOT_SET_UP');
  if (findUserByUsername(ctx.db, input.username)) throw new AppError('CONFLICT', { what: input.username });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(() => {
    if (findUserByUsername(ctx.db, input.username)) throw new AppError('CONFLICT', { what: input.username });
    const row = insertUser(ctx.db, { officeId: office.id, ...input, passwordHash });
    appendAudit(ctx.db, {
      actorId: ctx.session.user?.id ?? null,
      action: 'create',
      entity: 'user',
      entityId: row.id,
      newValue: { username: row.username, displayName: row.display_name, role: row.role },
    });
    return toUserSummary(row);
  })();
}

// A valid hash of a random password, used to equalise timing for unknown user names.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
