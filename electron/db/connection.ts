import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens an Asesa database with the pragmas every connection needs (DESIGN.md §3):
 * WAL so readers never block the writer, foreign keys enforced, FULL sync because
 * assessment data must survive a power cut, and a busy timeout for the CLI running
 * beside the app.
 */
export function openDatabase(file: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
