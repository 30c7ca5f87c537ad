import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, schemaVersion, type Db } from './connection';
import { assertSupported, migrate, type MigrateResult } from './migrate';

export const PRODUCT_NAME = 'Asesa';

/**
 * The folder Electron uses as `app.getPath('userData')` for this product, computed without
 * Electron so the CLI and browser mode find the same database as the desktop app.
 */
export function defaultDataDir(env = process.env, platform = process.platform, home = os.homedir()): string {
  // An empty variable counts as unset (as Electron treats it); `??` would keep '' and give a relative path.
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}

/**
 * A path the user typed, resolved against the folder they typed it in: `npm run` moves to the
 * project folder, and records the original one in INIT_CWD.
 */
export function userPath(p: string, env = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), p);
}

/** `--db FILE`, then `ASESA_DB`, then the default data folder. */
export function resolveDbFile(explicit?: string, env = process.env): string {
  const given = explicit ?? env.ASESA_DB;
  return given ? userPath(given, env) : path.join(defaultDataDir(env), 'asesa.db');
}

export function backupDirFor(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}

/**
 * Refuses a database from a newer Asesa before the normal connection is opened: that one
 * switches the file to WAL, which would rewrite its header.
 */
function refuseNewerSchema(file: string): void {
  if (!fs.existsSync(file)) return;
  const probe = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    assertSupported(schemaVersion(probe));
  } finally {
    probe.close();
  }
}

/** Opens (creating if needed) and migrates the database, backing up first when it had data. */
export function openAppDatabase(file: string): { db: Db; migration: MigrateResult } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  refuseNewerSchema(file);
  const db = openDatabase(file);
  try {
    const migration = migrate(db, { backupDir: backupDirFor(file) });
    return { db, migration };
  } catch (e) {
    db.close();
    throw e;
  }
}
