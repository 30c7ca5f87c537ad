import type { Db } from '../db/connection';
import { schemaVersion } from '../db/connection';
import { takeBackup } from './backups';

export const AUTO_BACKUP_INTERVAL_MS = 3 * 60 * 60 * 1000;

/**
 * Automatic backups while the app is open: one at start (once there is something to keep)
 * and every three hours, pruned by the retention rule. Returns a stop function. A failed
 * backup is reported but never stops the app.
 */
export function startBackupSchedule(
  db: Db,
  dbFile: string,
  report: (message: string) => void = (m) => console.warn(m),
  intervalMs = AUTO_BACKUP_INTERVAL_MS,
): () => void {
  const run = () => {
    try {
      if (schemaVersion(db) > 0) takeBackup(db, dbFile, 'auto');
    } catch (e) {
      report(`automatic backup failed / pencadangan otomatis gagal: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
