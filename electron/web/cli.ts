import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openAppDatabase, resolveDbFile } from '../db/app-db';
import { translate } from '../../shared/i18n/translate';
import { buildRegistry } from '../handlers';
import { AppError } from '../services/errors';
import { ensureSeeded } from '../services/dictionary-seed';
import { startBackupSchedule } from '../services/backup-schedule';
import { applyPendingRestore } from '../services/pending-restore';
import { startBridge } from './server';

/** `npm run web [-- --port N --db FILE]`: serve the built renderer and the API on loopback. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, db: { type: 'string' }, 'static-dir': { type: 'string' } },
  });
  const dbFile = resolveDbFile(values.db);
  const restored = applyPendingRestore(dbFile);
  if (restored)
    console.log(`Restored from backup ${restored.restored}; the state before is kept in ${restored.undoBackup}`);
  const { db, migration } = openAppDatabase(dbFile);
  ensureSeeded(db);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = values['static-dir'] ?? path.resolve(here, '../../dist/renderer');
  const bridge = await startBridge({
    registry: buildRegistry(db),
    staticDir,
    port: values.port ? Number(values.port) : undefined,
  });
  const stopBackups = startBackupSchedule(db, dbFile);
  if (migration.backup) console.log(`Backup before migration: ${migration.backup}`);
  console.log(`Database: ${dbFile}`);
  console.log(`Asesa (browser mode) is ready — open this address in Chromium or Chrome:`);
  console.log(`ASESA_URL=${bridge.url}`);
  const stop = () => {
    stopBackups();
    void bridge.close().then(() => {
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof AppError) {
    // e.g. DB_TOO_NEW: say it in words, in both languages, as the asesa command does.
    console.error(translate('id', `errors.${e.code}`, e.params));
    console.error(translate('en', `errors.${e.code}`, e.params));
  } else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
