import { afterEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { Session } from '../../electron/services/session';
import { tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

const OFFICE = { name: 'BKD Kabupaten Kutai Kartanegara', code: 'BKD-KUKAR', province: 'Kalimantan Timur', agency: 'Pemkab Kutai Kartanegara' };
const newSession = (): Session => ({ user: null, lastActivity: Date.now() });

async function setup() {
  t = tempDb();
  const registry = buildRegistry(t.db, () => {});
  const admin = newSession();
  const call = async (session: Session, name: string, input: unknown) => registry.dispatch(name, input, session);
  const must = async (session: Session, name: string, input: unknown) => {
    const r = await call(session, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  await must(admin, 'setup.complete', { office: OFFICE, admin: { username: 'admin', displayName: 'Admin', password: 'rahasia-sekali-1' } });
  return { registry, admin, call, must };
}

describe('idle screen lock (main side)', () => {
  it('locks an idle session, refuses work until the right password unlocks it', async () => {
    const { admin, call, must } = await setup();
    await must(admin, 'settings.security', { idleMinutes: 5 });
    admin.lastActivity = Date.now() - 6 * 60_000;
    const refused = await call(admin, 'users.list', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('SESSION_LOCKED');
      expect(refused.error.message).toMatch(/Layar terkunci/);
    }
    expect((await must(admin, 'app.status', {})).locked).toBe(true);
    const wrong = await call(admin, 'auth.unlock', { password: 'salah-sekali-123' });
    expect(wrong.ok).toBe(false);
    expect((await call(admin, 'users.list', {})).ok).toBe(false);
    await must(admin, 'auth.unlock', { password: 'rahasia-sekali-1' });
    expect((await call(admin, 'users.list', {})).ok).toBe(true);
    expect((await must(admin, 'app.status', {})).locked).toBe(false);
  });

  it('status polling does not keep a session awake; 0 minutes means never lock', async () => {
    const { admin, call, must } = await setup();
    await must(admin, 'settings.security', { idleMinutes: 1 });
    admin.lastActivity = Date.now() - 30_000;
    await must(admin, 'app.status', {});
    admin.lastActivity -= 40_000; // status did not refresh it: now 70 s idle
    expect((await call(admin, 'users.list', {})).ok).toBe(false);
    await must(admin, 'auth.unlock', { password: 'rahasia-sekali-1' });
    await must(admin, 'settings.security', { idleMinutes: 0 });
    admin.lastActivity = Date.now() - 24 * 3600_000;
    expect((await call(admin, 'users.list', {})).ok).toBe(true);
  });
});

describe('accounts', () => {
  it('changes a password (old one stops working) and audits it', async () => {
    const { admin, call, must } = await setup();
    expect((await call(admin, 'auth.changePassword', { current: 'bukan-ini-123', next: 'kata-sandi-baru-1' })).ok).toBe(false);
    await must(admin, 'auth.changePassword', { current: 'rahasia-sekali-1', next: 'kata-sandi-baru-1' });
    const fresh = newSession();
    expect((await call(fresh, 'auth.login', { username: 'admin', password: 'rahasia-sekali-1' })).ok).toBe(false);
    expect((await call(fresh, 'auth.login', { username: 'admin', password: 'kata-sandi-baru-1' })).ok).toBe(true);
    const audit = (await must(admin, 'audit.list', { action: 'change-password' })) as unknown as { entity: string }[];
    expect(audit).toHaveLength(1);
  });

  it('an administrator resets a locked-out user, who can then log in; others may not reset', async () => {
    const { admin, call, must } = await setup();
    const user = await must(admin, 'users.create', { username: 'koordinator', displayName: 'Koordinator', role: 'coordinator', password: 'awal-awal-awal-1' });
    const s = newSession();
    for (let i = 0; i < 6; i++) await call(s, 'auth.login', { username: 'koordinator', password: 'salah-salah-salah' });
    const locked = await call(s, 'auth.login', { username: 'koordinator', password: 'awal-awal-awal-1' });
    expect(!locked.ok && locked.error.code).toBe('LOCKED_OUT');
    await must(admin, 'users.resetPassword', { userId: user.id, password: 'baru-dari-admin-1' });
    expect((await call(s, 'auth.login', { username: 'koordinator', password: 'baru-dari-admin-1' })).ok).toBe(true);
    const notAdmin = await call(s, 'users.resetPassword', { userId: user.id, password: 'coba-coba-coba-1' });
    expect(!notAdmin.ok && notAdmin.error.code).toBe('FORBIDDEN');
  });

  it('deactivates users but never oneself or the last administrator', async () => {
    const { admin, call, must } = await setup();
    const me = (await must(admin, 'app.status', {})).user as { id: string };
    const self = await call(admin, 'users.setActive', { userId: me.id, active: false });
    expect(self.ok).toBe(false);
    const user = await must(admin, 'users.create', { username: 'asesor1', displayName: 'Asesor', role: 'assessor', password: 'awal-awal-awal-1' });
    await must(admin, 'users.setActive', { userId: user.id, active: false });
    const login = await call(newSession(), 'auth.login', { username: 'asesor1', password: 'awal-awal-awal-1' });
    expect(!login.ok && login.error.code).toBe('BAD_CREDENTIALS');
  });

  it('coordinators see active colleagues for batch teams, without account data', async () => {
    const { admin, must, call } = await setup();
    await must(admin, 'users.create', { username: 'koor', displayName: 'Koordinator', role: 'coordinator', password: 'awal-awal-awal-1' });
    const off = await must(admin, 'users.create', { username: 'nonaktif', displayName: 'Tidak Aktif', role: 'assessor', password: 'awal-awal-awal-1' });
    await must(admin, 'users.setActive', { userId: off.id, active: false });
    const coordinator = newSession();
    await must(coordinator, 'auth.login', { username: 'koor', password: 'awal-awal-awal-1' });
    const staff = (await must(coordinator, 'users.staff', {})) as unknown as Record<string, unknown>[];
    expect(staff.map((s) => s.displayName).sort()).toEqual(['Admin', 'Koordinator']);
    expect(Object.keys(staff[0]!).sort()).toEqual(['displayName', 'id', 'role']);
    const refused = await call(coordinator, 'users.list', {});
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });

  it('the audit viewer filters by entity and text, newest first', async () => {
    const { admin, must } = await setup();
    await must(admin, 'users.create', { username: 'asesor2', displayName: 'Siti Rahmawati', role: 'assessor', password: 'awal-awal-awal-1' });
    const users = (await must(admin, 'audit.list', { entity: 'user' })) as unknown as { action: string; seq: number }[];
    expect(users.map((u) => u.action)).toEqual(['create', 'create']);
    expect(users[0]!.seq).toBeGreaterThan(users[1]!.seq);
    const byText = (await must(admin, 'audit.list', { text: 'Rahmawati' })) as unknown as unknown[];
    expect(byText).toHaveLength(1);
    const none = (await must(admin, 'audit.list', { text: '100%_' })) as unknown as unknown[];
    expect(none).toHaveLength(0);
  });
});
