import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDb, type TempDb } from '../../helpers/db';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const NOW = '2026-01-01T00:00:00.000Z';

function insertOffice(overrides: Record<string, unknown> = {}) {
  const row = {
    id: '0190a000-0000-7000-8000-000000000001',
    code: 'BKD-X',
    name: 'BKD X',
    province: 'Jawa Barat',
    agency: 'Pemprov',
    is_local: 0,
    created_at: NOW,
    updated_at: NOW,
    revision: 1,
    ...overrides,
  };
  t.db
    .prepare(
      `INSERT INTO office (id, code, name, province, agency, is_local, created_at, updated_at, revision)
       VALUES (@id, @code, @name, @province, @agency, @is_local, @created_at, @updated_at, @revision)`,
    )
    .run(row);
}

describe('base tables', () => {
  it('are STRICT: a value of the wrong type is refused, not coerced', () => {
    expect(() => insertOffice({ revision: 'two' })).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => insertOffice({ name: Buffer.from('x') })).toThrow(/cannot store BLOB value in TEXT column/);
    expect(() => insertOffice({ is_local: 1.5 })).toThrow(/cannot store REAL value in INTEGER column/);
    insertOffice();
    expect(t.db.prepare('SELECT revision, typeof(revision) AS t FROM office').get()).toEqual({
      revision: 1,
      t: 'integer',
    });
  });

  it('allow only one local office', () => {
    insertOffice({ is_local: 1 });
    expect(() => insertOffice({ id: '0190a000-0000-7000-8000-000000000002', code: 'BKD-Y', is_local: 1 })).toThrow(
      /UNIQUE/,
    );
  });

  it('accept only the three roles', () => {
    insertOffice();
    const insert = (role: string) =>
      t.db
        .prepare(
          `INSERT INTO user (id, office_id, username, display_name, role, password_hash, created_at, updated_at)
           VALUES (?, '0190a000-0000-7000-8000-000000000001', ?, 'X', ?, 'h', ?, ?)`,
        )
        .run(`id-${role}`, `u-${role}`, role, NOW, NOW);
    expect(() => insert('superuser')).toThrow(/CHECK/);
    insert('assessor');
  });

  it('keep the audit log append-only: UPDATE and DELETE are refused by the database', () => {
    t.db
      .prepare(
        `INSERT INTO audit_log (seq, at, action, entity, prev_hash, hash) VALUES (1, ?, 'create', 'office', 'p', 'h')`,
      )
      .run(NOW);
    expect(() => t.db.prepare("UPDATE audit_log SET action = 'edited'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(t.db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'create' }]);
  });
});
