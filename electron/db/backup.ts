import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';

/**
 * Writes a consistent copy of the database to `outFile` with `VACUUM INTO`: synchronous,
 * safe while the app is writing (it reads one snapshot), and the copy is compacted.
 * Refuses to overwrite an existing file.
 */
export function backupTo(db: Db, outFile: string): string {
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) throw new Error(`backup target exists: ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** A file name that sorts by time and says why the backup was taken. */
export function backupFileName(reason: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `asesa-${stamp}-${reason}.db`;
}
