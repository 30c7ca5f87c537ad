import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../../electron/db/connection';

let dir: string;
let db: Db | undefined;

afterEach(() => {
  db?.close();
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-conn-'));
  return path.join(dir, 'asesa.db');
}

describe('openDatabase', () => {
  it('sets WAL, foreign keys, FULL sync and a busy timeout on every connection', () => {
    db = openDatabase(freshFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('keeps WAL after reopening, and a read-only connection still enforces foreign keys', () => {
    const file = freshFile();
    openDatabase(file).close();
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db!.exec('CREATE TABLE t (x)')).toThrow(/readonly/i);
  });

  it('refuses a missing file when fileMustExist is set, and creates nothing', () => {
    const file = freshFile();
    expect(() => openDatabase(file, { fileMustExist: true })).toThrow();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('enforces foreign keys', () => {
    db = openDatabase(freshFile());
    db.exec(
      'CREATE TABLE parent (id TEXT PRIMARY KEY) STRICT; CREATE TABLE child (p TEXT REFERENCES parent (id)) STRICT;',
    );
    expect(() => db!.prepare('INSERT INTO child (p) VALUES (?)').run('nobody')).toThrow(/FOREIGN KEY/);
  });

  it('reads the schema version from user_version', () => {
    db = openDatabase(freshFile());
    expect(schemaVersion(db)).toBe(0);
    db.pragma('user_version = 7');
    expect(schemaVersion(db)).toBe(7);
  });
});
