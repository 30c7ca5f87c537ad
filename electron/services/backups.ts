import fs from 'node:fs';
import path from 'node:path';
import { backupDirFor } from '../db/app-db';
import { backupFileName, backupTo } from '../db/backup';
import { backupsToPrune, parseBackupName } from '../db/backup-retention';
import { openDatabase, schemaVersion, type Db } from '../db/connection';
import { MIGRATIONS } from '../db/migrations';
import { AppError } from './errors';
import { refusal } from './refusal';

export interface BackupInfo {
  name: string;
  path: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupDirFor(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, parsed: parseBackupName(name) }))
    .filter((x): x is { name: string; parsed: NonNullable<ReturnType<typeof parseBackupName>> } => x.parsed !== null)
    .map(({ name, parsed }) => ({
      name,
      path: path.join(dir, name),
      takenAt: parsed.takenAt.toISOString(),
      reason: parsed.reason,
      bytes: fs.statSync(path.join(dir, name)).size,
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** A backup into the backups folder next to the database; automatic ones are then pruned. */
export function takeBackup(db: Db, dbFile: string, reason: 'auto' | 'manual' | 'pre-restore' | 'pre-import', now = new Date()): string {
  const file = backupTo(db, path.join(backupDirFor(dbFile), backupFileName(reason, now)));
  if (reason === 'auto') pruneAutomaticBackups(dbFile, now);
  return file;
}

export function pruneAutomaticBackups(dbFile: string, now = new Date()): string[] {
  const autos = listBackups(dbFile)
    .filter((b) => b.reason === 'auto')
    .map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) }));
  const doomed = backupsToPrune(autos, now);
  for (const name of doomed) fs.rmSync(path.join(backupDirFor(dbFile), name), { force: true });
  return doomed;
}

/** Checks that a file is an intact Asesa database this app can open; names the problem otherwise. */
export function checkRestorable(file: string): void {
  if (!fs.existsSync(file)) throw refusal('office.fileNotFound', { file });
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    const result = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (result.join() !== 'ok') throw refusal('office.damaged', { file: path.basename(file), problems: result.slice(0, 3).join('; ') });
    const version = schemaVersion(db);
    if (version > MIGRATIONS.length) throw new AppError('DB_TOO_NEW', { found: version, supported: MIGRATIONS.length });
    const hasOffice = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'office'").get();
    if (version === 0 || !hasOffice) throw refusal('office.notAsesa', { file });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw refusal('office.unreadable', { file: path.basename(file), error: e instanceof Error ? e.message : String(e) });
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database file with a backup. The current state is backed up first, so the
 * restore itself can be undone by restoring that file. The caller must have closed every
 * connection to `dbFile`.
 */
export function restoreBackup(dbFile: string, source: string, now = new Date()): { undoBackup: string | null } {
  checkRestorable(source);
  let undoBackup: string | null = null;
  if (fs.existsSync(dbFile)) {
    const current = openDatabase(dbFile, { fileMustExist: true });
    try {
      undoBackup = takeBackup(current, dbFile, 'pre-restore', now);
    } finally {
      current.close();
    }
  }
  // Copy to a temporary name and rename: a crash mid-copy never leaves a half database.
  const temp = `${dbFile}.restoring`;
  fs.copyFileSync(source, temp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(temp, dbFile);
  return { undoBackup };
}
