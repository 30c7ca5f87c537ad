import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../../electron/services/audit';
import { hashPassword, verifyPassword } from '../../../electron/services/passwords';
import { completeSetup } from '../../../electron/services/setup';
import { tempDb, type TempDb } from '../../helpers/db';

describe('password hashes', () => {
  it('use scrypt with parameters and a random salt stored in the hash', async () => {
    const a = await hashPassword('kata sandi panjang');
    const b = await hashPassword('kata sandi panjang');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('kata sandi');
  });

  it('verify the right password and refuse a wrong one', async () => {
    const hash = await hashPassword('kata sandi panjang');
    expect(await verifyPassword('kata sandi panjang', hash)).toBe(true);
    expect(await verifyPassword('kata sandi panjanG', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treat Unicode look-alikes the same (NFKC), so a password typed on another keyboard still works', async () => {
    const hash = await hashPassword('ﬁle-sandi-123');
    expect(await verifyPassword('file-sandi-123', hash)).toBe(true);
  });

  it('refuse malformed or truncated stored hashes instead of accepting anything', async () => {
    const hash = await hashPassword('kata sandi panjang');
    const parts = hash.split('$');
    for (const broken of [
      '',
      'plain-text-password',
      `bcrypt$${parts.slice(1).join('$')}`,
      parts.slice(0, 5).join('$'),
      [...parts.slice(0, 5), ''].join('$'),
      [...parts.slice(0, 5), '='].join('$'),
      [...parts.slice(0, 5), 'AA=='].join('$'),
      ['scrypt', 'abc', ...parts.slice(2)].join('$'),
      ['scrypt', '1073741824', ...parts.slice(2)].join('$'),
    ]) {
      expect(await verifyPassword('kata sandi panjang', broken)).toBe(false);
    }
  });
});

describe('audit chain', () => {
  let t: TempDb;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.cleanup());

  const setup = () =>
    completeSetup(
      { db: t.db, session: { user: null, lastActivity: 0 } },
      {
        office: { name: 'BKD Kota Bandung', code: 'BKD-BDG', province: 'Jawa Barat', agency: 'Pemkot Bandung' },
        admin: { username: 'admin', displayName: 'Admin', password: 'kata sandi panjang' },
      },
    );

  it('is intact after setup and links every entry to the one before', async () => {
    await setup();
    appendAudit(t.db, { actorId: null, action: 'test', entity: 'setting', newValue: { a: 1 } });
    const result = verifyAudit(t.db);
    expect(result).toEqual({ entries: 3, problems: [] });
    const rows = t.db.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as {
      seq: number;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
  });

  it('names the entry whose content was changed behind the application’s back', async () => {
    await setup();
    appendAudit(t.db, { actorId: null, action: 'test', entity: 'setting' });
    t.db.exec('DROP TRIGGER audit_log_no_update');
    t.db.prepare(`UPDATE audit_log SET new_value = '{"username":"mallory","role":"admin"}' WHERE seq = 2`).run();
    expect(verifyAudit(t.db).problems).toEqual([{ seq: 2, problem: 'hash-mismatch' }]);
  });

  it('names a removed entry', async () => {
    await setup();
    appendAudit(t.db, { actorId: null, action: 'test', entity: 'setting' });
    t.db.exec('DROP TRIGGER audit_log_no_delete');
    t.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAudit(t.db).problems).toEqual([
      { seq: 2, problem: 'missing-entry' },
      { seq: 3, problem: 'broken-link' },
    ]);
  });
});
