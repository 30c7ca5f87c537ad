import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUserByUsername } from '../../../electron/repositories/user';
import { createUser, currentUser, lockSeconds, login, logout } from '../../../electron/services/auth';
import type { ServiceContext } from '../../../electron/services/context';
import { AppError } from '../../../electron/services/errors';
import { completeSetup, needsSetup } from '../../../electron/services/setup';
import { tempDb, type TempDb } from '../../helpers/db';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const fresh = (): ServiceContext => ({ db: t.db, session: { user: null, lastActivity: 0 } });

const SETUP = {
  office: {
    name: 'BPSDM Provinsi Jawa Tengah',
    code: 'BPSDM-JATENG',
    province: 'Jawa Tengah',
    agency: 'Pemerintah Provinsi Jawa Tengah',
  },
  admin: { username: 'admin', displayName: 'Sri Wahyuni', password: 'kata sandi panjang 1' },
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('first-run setup', () => {
  it('creates the office and the first administrator, logged in', async () => {
    const ctx = fresh();
    expect(needsSetup(ctx)).toBe(true);
    const user = await completeSetup(ctx, SETUP);
    expect(user).toMatchObject({ username: 'admin', displayName: 'Sri Wahyuni', role: 'admin' });
    expect(ctx.session.user).toEqual({ id: user.id, role: 'admin' });
    expect(needsSetup(ctx)).toBe(false);
    expect(t.db.prepare('SELECT code, is_local FROM office').all()).toEqual([{ code: 'BPSDM-JATENG', is_local: 1 }]);
  });

  it('runs once: a second setup is ALREADY_SET_UP and creates no second administrator', async () => {
    await completeSetup(fresh(), SETUP);
    const intruder = fresh();
    const second = {
      office: { ...SETUP.office, code: 'EVIL' },
      admin: { username: 'mallory', displayName: 'M', password: 'another long password' },
    };
    expect(await codeOf(completeSetup(intruder, second))).toBe('ALREADY_SET_UP');
    expect(intruder.session.user).toBeNull();
    expect(t.db.prepare('SELECT username FROM user').all()).toEqual([{ username: 'admin' }]);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM office').get()).toEqual({ n: 1 });
  });

  it('two setups racing each other produce one administrator', async () => {
    const results = await Promise.allSettled([
      completeSetup(fresh(), SETUP),
      completeSetup(fresh(), { ...SETUP, admin: { ...SETUP.admin, username: 'admin2' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM user').get()).toEqual({ n: 1 });
  });
});

describe('login', () => {
  beforeEach(async () => {
    await completeSetup(fresh(), SETUP);
  });

  it('sets the session on success and logout clears it', async () => {
    const ctx = fresh();
    const user = await login(ctx, { username: 'admin', password: SETUP.admin.password });
    expect(user.role).toBe('admin');
    expect(ctx.session.user?.id).toBe(user.id);
    expect(currentUser(ctx)).toMatchObject({ username: 'admin' });
    logout(ctx);
    expect(currentUser(ctx)).toBeNull();
  });

  it('refuses a wrong password with BAD_CREDENTIALS and leaves the session empty', async () => {
    const ctx = fresh();
    expect(await codeOf(login(ctx, { username: 'admin', password: 'wrong password!' }))).toBe('BAD_CREDENTIALS');
    expect(ctx.session.user).toBeNull();
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    expect(await codeOf(login(fresh(), { username: 'nobody', password: 'whatever it is' }))).toBe('BAD_CREDENTIALS');
  });

  it('locks the account after 5 failures, with a wait that grows', async () => {
    const start = new Date('2026-03-01T08:00:00Z');
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const wrong = { username: 'admin', password: 'not the password' };
    const right = { username: 'admin', password: SETUP.admin.password };

    for (let i = 0; i < 4; i++) expect(await codeOf(login(fresh(), wrong, at(i)))).toBe('BAD_CREDENTIALS');
    const fifth = login(fresh(), wrong, at(4));
    await expect(fifth).rejects.toMatchObject({ code: 'LOCKED_OUT', params: { seconds: 30 } });

    // Even the right password waits out the lock.
    await expect(login(fresh(), right, at(14))).rejects.toMatchObject({ code: 'LOCKED_OUT', params: { seconds: 20 } });

    // Another failure after the lock ends doubles the wait.
    await expect(login(fresh(), wrong, at(35))).rejects.toMatchObject({ code: 'LOCKED_OUT', params: { seconds: 60 } });
    await expect(login(fresh(), right, at(90))).rejects.toMatchObject({ code: 'LOCKED_OUT' });

    // After the wait the right password works and the counter starts again.
    const ctx = fresh();
    await login(ctx, right, at(96));
    expect(ctx.session.user).not.toBeNull();
    expect(findUserByUsername(t.db, 'admin')).toMatchObject({ failed_attempts: 0, locked_until: null });
    expect(await codeOf(login(fresh(), wrong, at(97)))).toBe('BAD_CREDENTIALS');
  });

  it('grows the lock geometrically and caps it', () => {
    expect([4, 5, 6, 7].map(lockSeconds)).toEqual([0, 30, 60, 120]);
    expect(lockSeconds(1000)).toBe(lockSeconds(15));
  });

  it('drops a session whose user has been deactivated', async () => {
    const ctx = fresh();
    await login(ctx, { username: 'admin', password: SETUP.admin.password });
    t.db.prepare("UPDATE user SET active = 0 WHERE username = 'admin'").run();
    expect(currentUser(ctx)).toBeNull();
    expect(ctx.session.user).toBeNull();
    expect(await codeOf(login(fresh(), { username: 'admin', password: SETUP.admin.password }))).toBe('BAD_CREDENTIALS');
  });
});

describe('createUser', () => {
  it('adds a user who can log in, and refuses the same username again with CONFLICT', async () => {
    const admin = fresh();
    await completeSetup(admin, SETUP);
    const input = {
      username: 'budi',
      displayName: 'Budi Santoso',
      role: 'assessor' as const,
      password: 'rahasia budi 123',
    };
    const created = await createUser(admin, input);
    expect(created).toMatchObject({ username: 'budi', role: 'assessor', active: true });

    await expect(createUser(admin, { ...input, displayName: 'Another Budi' })).rejects.toMatchObject({
      code: 'CONFLICT',
      params: { what: 'budi' },
    });
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM user WHERE username = 'budi'").get()).toEqual({ n: 1 });

    const ctx = fresh();
    await login(ctx, { username: 'budi', password: 'rahasia budi 123' });
    expect(ctx.session.user?.role).toBe('assessor');
  });

  it('is refused before setup', async () => {
    await expect(
      createUser(fresh(), { username: 'budi', displayName: 'B', role: 'assessor', password: 'rahasia budi 123' }),
    ).rejects.toMatchObject({ code: 'NOT_SET_UP' });
  });
});
