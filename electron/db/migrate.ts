import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../services/errors';
import { backupFileName, backupTo } from './backup';
import type { Db } from './connection';
import { schemaVersion } from './connection';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';

export interface MigrationStatus {
  current: number;
  latest: number;
  pending: string[];
}

export interface MigrateResult {
  from: number;
  to: number;
  backup: string | null;
}

export function migrationStatus(db: Db, migrations: readonly Migration[] = MIGRATIONS): MigrationStatus {
  const current = schemaVersion(db);
  const latest = migrations.length;
  return {
    current,
    latest,
    pending: migrations.filter((m) => m.version > current).map((m) => `${m.version}-${m.name}`),
  };
}

/** Refuses a schema this app does not know; the caller must not have written to the file yet. */
export function assertSupported(version: number, migrations: readonly Migration[] = MIGRATIONS): void {
  if (version > migrations.length) throw new AppError('DB_TOO_NEW', { found: version, supported: migrations.length });
}

/** Anything worth keeping: a versioned schema, or tables in a file that was never an Asesa database. */
function hasContent(db: Db, version: number): boolean {
  if (version > 0) return true;
  return (db.prepare('SELECT COUNT(*) AS n FROM sqlite_schema').get() as { n: number }).n > 0;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at ${m.name}: ${m.version} != ${i + 1}`);
  });
}

/**
 * Brings the database to the latest schema. A database from a newer app is refused and
 * left untouched. A database with any content is backed up first (into `backupDir`). Each step
 * runs in its own transaction together with its user_version bump, so a failing step
 * leaves the database exactly at the previous version.
 */
export function migrate(
  db: Db,
  options: { backupDir?: string; migrations?: readonly Migration[] } = {},
): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS;
  assertOrdered(migrations);
  const from = schemaVersion(db);
  const latest = migrations.length;
  assertSupported(from, migrations);
  if (from === latest) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (options.backupDir && hasContent(db, from)) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    backup = backupTo(db, path.join(options.backupDir, backupFileName(`pre-migrate-v${from}`)));
  }
  for (const step of migrations.slice(from)) {
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return { from, to: latest, backup };
}
