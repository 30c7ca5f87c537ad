import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../electron/db/app-db';
import { openDatabase, schemaVersion, type Db } from '../../../electron/db/connection';
import { migrate, migrationStatus } from '../../../electron/db/migrate';
import type { Migration } from '../../../electron/db/migration';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { m0001Base } from '../../../electron/db/migrations/0001-base';
import { AppError } from '../../../electron/services/errors';

let dir: string;
let file: string;
const open: Db[] = [];

function openTracked(f = file, options?: Parameters<typeof openDatabase>[1]): Db {
  const db = openDatabase(f, options);
  open.push(db);
  return db;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-migrate-'));
  file = path.join(dir, 'asesa.db');
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const addNotes: Migration = {
  version: 2,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE note (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT'),
};

const failingStep: Migration = {
  version: 2,
  name: 'breaks-halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
    db.prepare('UPDATE setting SET value = \'"changed"\'').run();
    throw new Error('step 2 failed on purpose');
  },
};

function tables(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

function seedV1(): Db {
  const db = openTracked();
  migrate(db, { migrations: [m0001Base] });
  db.prepare(
    "INSERT INTO setting (key, value, updated_at) VALUES ('ui.language', '\"en\"', '2026-01-01T00:00:00.000Z')",
  ).run();
  return db;
}

describe('migration chain', () => {
  it('takes an empty database to the latest version and creates the base tables', () => {
    const db = openTracked();
    const result = migrate(db, { backupDir: path.join(dir, 'backups') });
    expect(result).toEqual({ from: 0, to: MIGRATIONS.length, backup: null });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['office', 'user', 'setting', 'audit_log']));
    expect(migrationStatus(db).pending).toEqual([]);
    // Nothing to protect in a new database: no backup folder is made.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('numbers the real list 1..n with unique names', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('is a no-op on an up-to-date database', () => {
    const db = openTracked();
    migrate(db);
    expect(migrate(db, { backupDir: path.join(dir, 'backups') })).toEqual({
      from: MIGRATIONS.length,
      to: MIGRATIONS.length,
      backup: null,
    });
  });

  it('reports pending steps by number and name', () => {
    const db = seedV1();
    expect(migrationStatus(db, [m0001Base, addNotes])).toEqual({ current: 1, latest: 2, pending: ['2-notes'] });
  });
});

describe('a database from a newer Asesa', () => {
  it('is refused with DB_TOO_NEW and its file bytes are unchanged', () => {
    const db = openTracked();
    migrate(db);
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', 'now')").run();
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    const before = fs.readFileSync(file);

    let thrown: unknown;
    try {
      openAppDatabase(file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('DB_TOO_NEW');
    expect((thrown as AppError).params).toEqual({ found: MIGRATIONS.length + 5, supported: MIGRATIONS.length });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('is left untouched even when it is not in WAL mode', () => {
    const db = openTracked();
    migrate(db);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openAppDatabase(file)).toThrow(AppError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a failing migration', () => {
  it('leaves the database at the previous version with its data as it was', () => {
    const db = seedV1();
    expect(() => migrate(db, { migrations: [m0001Base, failingStep] })).toThrow('step 2 failed on purpose');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half_done');
    expect(db.prepare("SELECT value FROM setting WHERE key = 'ui.language'").get()).toEqual({ value: '"en"' });

    // And the next (fixed) release still migrates it.
    expect(migrate(db, { migrations: [m0001Base, addNotes] })).toMatchObject({ from: 1, to: 2 });
    expect(tables(db)).toContain('note');
  });

  it('keeps earlier steps of the same run that succeeded', () => {
    const db = openTracked();
    const third: Migration = { ...failingStep, version: 3 };
    expect(() => migrate(db, { migrations: [m0001Base, addNotes, third] })).toThrow();
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toContain('note');
    expect(tables(db)).not.toContain('half_done');
  });
});

describe('backup before migrating', () => {
  it('copies a non-empty database into the backup folder first, and the copy opens with the old data', () => {
    const db = seedV1();
    const backupDir = path.join(dir, 'backups');
    const result = migrate(db, { migrations: [m0001Base, addNotes], backupDir });
    expect(result.from).toBe(1);
    expect(result.backup).not.toBeNull();
    expect(path.dirname(result.backup!)).toBe(backupDir);
    expect(path.basename(result.backup!)).toMatch(/^asesa-.*pre-migrate-v1\.db$/);

    const copy = openTracked(result.backup!, { readonly: true, fileMustExist: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(tables(copy)).not.toContain('note');
    expect(copy.prepare("SELECT value FROM setting WHERE key = 'ui.language'").get()).toEqual({ value: '"en"' });
  });

  it('also backs up a failing migration, so the user has a copy whatever happens', () => {
    const db = seedV1();
    const backupDir = path.join(dir, 'backups');
    expect(() => migrate(db, { migrations: [m0001Base, failingStep], backupDir })).toThrow();
    expect(fs.readdirSync(backupDir)).toHaveLength(1);
  });

  it('backs up a version-0 file that already holds tables before touching it', () => {
    const db = openTracked();
    db.exec("CREATE TABLE foreign_data (x TEXT) STRICT; INSERT INTO foreign_data VALUES ('keep me');");
    const backupDir = path.join(dir, 'backups');
    const result = migrate(db, { backupDir });
    expect(result.backup).not.toBeNull();
    const copy = openTracked(result.backup!, { readonly: true, fileMustExist: true });
    expect(copy.prepare('SELECT x FROM foreign_data').get()).toEqual({ x: 'keep me' });
  });
});

describe('the migration list itself', () => {
  it('is rejected when out of order, before anything is changed', () => {
    const db = openTracked();
    const skipped: Migration = { ...addNotes, version: 3 };
    expect(() => migrate(db, { migrations: [m0001Base, skipped] })).toThrow(/out of order/);
    expect(() => migrate(db, { migrations: [addNotes, m0001Base] })).toThrow(/out of order/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
