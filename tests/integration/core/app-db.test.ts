import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, defaultDataDir, openAppDatabase, resolveDbFile, userPath } from '../../../electron/db/app-db';
import { schemaVersion } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../electron/db/migrations';

describe('defaultDataDir: the same folder as Electron’s userData for "Asesa"', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\sri\\AppData\\Roaming' }, 'win32', 'C:\\Users\\sri')).toBe(
      path.join('C:\\Users\\sri\\AppData\\Roaming', 'Asesa'),
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/sri')).toBe('/Users/sri/Library/Application Support/Asesa');
  });

  it('uses $XDG_CONFIG_HOME on Linux, else ~/.config, and treats an empty variable as unset', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/data/cfg' }, 'linux', '/home/sri')).toBe('/data/cfg/Asesa');
    expect(defaultDataDir({}, 'linux', '/home/sri')).toBe('/home/sri/.config/Asesa');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux', '/home/sri')).toBe('/home/sri/.config/Asesa');
    expect(path.isAbsolute(defaultDataDir({ APPDATA: '' }, 'win32', '/home/sri'))).toBe(true);
  });
});

describe('resolveDbFile and userPath', () => {
  it('prefers --db, then ASESA_DB, then the data folder', () => {
    const env = { INIT_CWD: '/work/office', ASESA_DB: 'from-env.db', XDG_CONFIG_HOME: '/cfg' };
    expect(resolveDbFile('given.db', env)).toBe('/work/office/given.db');
    expect(resolveDbFile(undefined, env)).toBe('/work/office/from-env.db');
    expect(resolveDbFile(undefined, { XDG_CONFIG_HOME: '/cfg' })).toBe(
      path.join(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }), 'asesa.db'),
    );
  });

  it('resolves a typed path against the folder npm was started in', () => {
    expect(userPath('backups/x.db', { INIT_CWD: '/home/sri/kantor' })).toBe('/home/sri/kantor/backups/x.db');
    expect(userPath('/abs/x.db', { INIT_CWD: '/home/sri' })).toBe('/abs/x.db');
  });

  it('keeps backups in a folder next to the database', () => {
    expect(backupDirFor('/data/Asesa/asesa.db')).toBe('/data/Asesa/backups');
  });
});

describe('openAppDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-appdb-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates missing folders and a migrated database', () => {
    const file = path.join(dir, 'deep', 'er', 'asesa.db');
    const { db, migration } = openAppDatabase(file);
    expect(migration).toEqual({ from: 0, to: MIGRATIONS.length, backup: null });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file that is not a database and leaves it as it was', () => {
    const file = path.join(dir, 'peserta.csv');
    fs.writeFileSync(file, 'NIP;Nama\n'.repeat(100));
    const before = fs.readFileSync(file);
    expect(() => openAppDatabase(file)).toThrow(/not a database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
