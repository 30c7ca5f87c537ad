import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { m0001Base } from '../../electron/db/migrations/0001-base';
import { m0002Dictionary } from '../../electron/db/migrations/0002-dictionary';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-m0002-'));
  db = openDatabase(path.join(dir, 'asesa.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-01-01T00:00:00.000Z';
const exch = `'${NOW}', '${NOW}'`;

describe('migration 0002 (dictionary)', () => {
  it('is step 2 of the real list', () => {
    expect(MIGRATIONS[1]).toBe(m0002Dictionary);
  });

  it('keeps version-1 data and adds the dictionary tables', () => {
    migrate(db, { migrations: [m0001Base] });
    db.prepare(
      `INSERT INTO office (id, code, name, province, agency, is_local, created_at, updated_at) VALUES ('o1', 'K', 'Kantor', 'P', 'A', 1, ${exch})`,
    ).run();
    db.prepare(
      `INSERT INTO user (id, office_id, username, display_name, role, password_hash, created_at, updated_at) VALUES ('u1', 'o1', 'siti', 'Siti', 'admin', 'h', ${exch})`,
    ).run();
    db.prepare(`INSERT INTO setting (key, value, updated_at) VALUES ('ui.language', '"en"', '${NOW}')`).run();

    migrate(db, { migrations: [m0001Base, m0002Dictionary] });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT username FROM user').all()).toEqual([{ username: 'siti' }]);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'ui.language'").get()).toEqual({ value: '"en"' });
    const tables = (
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[]
    ).filter((t) => /^(framework|position_standard)/.test(t.name));
    expect(tables.map((t) => t.name).sort()).toEqual([
      'framework',
      'framework_node',
      'framework_version',
      'framework_version_usage',
      'position_standard',
      'position_standard_requirement',
    ]);
    for (const t of tables) {
      expect(t.sql).toMatch(/\) STRICT$/);
      for (const col of ['created_at', 'updated_at', 'updated_by_office', 'revision', 'deleted_at'])
        expect(t.sql).toContain(col);
    }
  });

  it('enforces levels 1–5, node kinds, jenjang codes and references', () => {
    migrate(db, { migrations: [m0001Base, m0002Dictionary] });
    db.prepare(`INSERT INTO framework (id, id_number, created_at, updated_at) VALUES ('f1', 'ASN', ${exch})`).run();
    db.prepare(
      `INSERT INTO framework_version (id, framework_id, number, name_id, name_en, description_id, description_en, scale_values, scale_configuration, created_at, updated_at)
       VALUES ('v1', 'f1', 1, 'n', 'n', 'd', 'd', '1,2,3,4,5', '', ${exch})`,
    ).run();
    const node = (id: string, kind: string, level: number | null) =>
      db
        .prepare(
          `INSERT INTO framework_node (id, version_id, id_number, kind, level, name_id, name_en, description_id, description_en, sort_order, created_at, updated_at)
           VALUES (?, 'v1', ?, ?, ?, 'n', 'n', 'd', 'd', 0, ${exch})`,
        )
        .run(id, id, kind, level);
    node('a', 'level', 5);
    expect(() => node('b', 'level', 6)).toThrow(/CHECK/);
    expect(() => node('c', 'chapter', null)).toThrow(/CHECK/);
    expect(() => node('a', 'level', 1)).toThrow(/UNIQUE/);
    const standard = (id: string, jenjang: string, framework = 'f1') =>
      db
        .prepare(
          `INSERT INTO position_standard (id, name, jabatan_group, jenjang, framework_id, created_at, updated_at) VALUES (?, 'S', 'administrasi', ?, ?, ${exch})`,
        )
        .run(id, jenjang, framework);
    standard('s1', 'administrator');
    expect(() => standard('s2', 'eselon-3')).toThrow(/CHECK/);
    expect(() => standard('s3', 'pengawas', 'nope')).toThrow(/FOREIGN KEY/);
    const req = (id: string, level: number) =>
      db
        .prepare(
          `INSERT INTO position_standard_requirement (id, standard_id, competency_id_number, required_level, created_at, updated_at) VALUES (?, 's1', ?, ?, ${exch})`,
        )
        .run(id, id, level);
    req('INT', 3);
    expect(() => req('KS', 0)).toThrow(/CHECK/);
    expect(() => req('KOM', 6)).toThrow(/CHECK/);
  });
});
