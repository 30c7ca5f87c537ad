import fs from 'node:fs';
import path from 'node:path';
import { backupDirFor } from '../db/app-db';
import { checkRestorable, listBackups, restoreBackup } from './backups';
import { AppError } from './errors';

/**
 * Restoring from the running app: the open database cannot be swapped under the handlers, so
 * the app records the choice and restores at the next start, before anything opens the file.
 */
const markerFor = (dbFile: string) => path.join(path.dirname(dbFile), 'restore-pending.json');

export function scheduleRestore(dbFile: string, backupName: string): { backup: string } {
  const backup = listBackups(dbFile).find((b) => b.name === backupName);
  if (!backup) throw new AppError('NOT_FOUND');
  checkRestorable(backup.path);
  fs.writeFileSync(markerFor(dbFile), JSON.stringify({ source: backup.name, at: new Date().toISOString() }));
  return { backup: backup.name };
}

export function pendingRestore(dbFile: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(markerFor(dbFile), 'utf8')) as { source: string }).source;
  } catch {
    return null;
  }
}

export function cancelRestore(dbFile: string): void {
  fs.rmSync(markerFor(dbFile), { force: true });
}

/** Called at start, before opening the database. Returns what happened, for the log. */
export function applyPendingRestore(dbFile: string): { restored: string; undoBackup: string | null } | null {
  const name = pendingRestore(dbFile);
  if (!name) return null;
  // Only a file from our own backups folder, by plain name: the marker cannot point elsewhere.
  const source = path.join(backupDirFor(dbFile), path.basename(name));
  cancelRestore(dbFile);
  const { undoBackup } = restoreBackup(dbFile, source);
  return { restored: path.basename(name), undoBackup };
}
