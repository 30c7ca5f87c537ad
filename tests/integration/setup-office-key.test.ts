import { afterEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import { tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

describe('office setup', () => {
  it('makes the office signing key at setup, so its fingerprint can be shared before the first package', async () => {
    t = tempDb();
    const registry = buildRegistry(t.db, () => {});
    const session = { user: null, lastActivity: Date.now() };
    const before = (t.db.prepare('SELECT COUNT(*) AS n FROM setting').get() as { n: number }).n;
    const setup = await registry.dispatch(
      'setup.complete',
      {
        office: { name: 'BKD Kota Balikpapan', code: 'BKD-BPP', province: 'Kalimantan Timur', agency: 'Pemkot Balikpapan' },
        admin: { username: 'admin', displayName: 'Admin', password: 'kata-sandi-panjang' },
      },
      session,
    );
    expect(setup.ok).toBe(true);
    // Made by setup itself, before anyone asks for it:
    const stored = t.db.prepare("SELECT value FROM setting WHERE key = 'exchange.officeKey'").get() as { value: string } | undefined;
    expect(stored && JSON.parse(stored.value).publicKey).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM setting').get() as { n: number }).n).toBeGreaterThan(before);
    const key = await registry.dispatch('exchange.officeKey', {}, session);
    expect(key.ok && (key.value as { fingerprint: string }).fingerprint).toMatch(/[0-9a-f]{4}/i);
  });
});
