import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDirFor, openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import { backupFileName, backupTo } from '../../db/backup';
import { openDatabase } from '../../db/connection';
import { migrationStatus } from '../../db/migrate';
import type { Command } from '.';

const migrateCommand: Command = {
  words: ['db', 'migrate'],
  usage: 'db migrate',
  summary: 'Create the database or bring it to the latest schema (backs up first).',
  run: ({ dbOption, io }) => {
    const file = resolveDbFile(dbOption);
    const { db, migration } = openAppDatabase(file);
    db.close();
    if (migration.from === migration.to) io.out(`${file}: already at schema ${migration.to}`);
    else io.out(`${file}: migrated from schema ${migration.from} to ${migration.to}`);
    if (migration.backup) io.out(`backup: ${migration.backup}`);
    return 0;
  },
};

const backupCommand: Command = {
  words: ['db', 'backup'],
  usage: 'db backup [--out FILE]',
  summary: 'Write a consistent copy of the database (default: the backups folder).',
  run: ({ argv, dbOption, io }) => {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
    const file = resolveDbFile(dbOption);
    if (!fs.existsSync(file)) {
      io.err(`Database not found / Basis data tidak ditemukan: ${file}`);
      return 1;
    }
    const out = values.out ? userPath(values.out) : path.join(backupDirFor(file), backupFileName('manual'));
    if (fs.existsSync(out)) {
      io.err(`Refusing to overwrite / Tidak menimpa berkas yang sudah ada: ${out}`);
      return 1;
    }
    // Read-only: a backup must not change the original, not even its journal mode.
    const db = openDatabase(file, { readonly: true, fileMustExist: true });
    try {
      io.out(`backup: ${backupTo(db, out)}`);
    } finally {
      db.close();
    }
    return 0;
  },
};

const checkCommand: Command = {
  words: ['db', 'check'],
  usage: 'db check',
  summary: 'Integrity check and migration status; prints "ok" or names the problem.',
  run: ({ dbOption, io }) => {
    const file = resolveDbFile(dbOption);
    if (!fs.existsSync(file)) {
      io.err(`Database not found / Basis data tidak ditemukan: ${file}`);
      return 1;
    }
    let db;
    try {
      db = openDatabase(file, { readonly: true, fileMustExist: true });
      const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
      const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
      const fk = db.pragma('foreign_key_check') as unknown[];
      const status = migrationStatus(db);
      // SQLite's own integrity messages are English; the lines around them are in both languages.
      if (problems.length) io.err(`integrity / integritas: ${problems.slice(0, 20).join('; ')}`);
      if (fk.length) io.err(`foreign keys: ${fk.length} broken reference(s) / kunci asing: ${fk.length} rujukan rusak`);
      if (status.current > status.latest) {
        io.err(
          `schema ${status.current} is newer than this app supports (${status.latest}) / skema ${status.current} lebih baru daripada yang didukung aplikasi ini (${status.latest})`,
        );
      } else if (status.pending.length) {
        const pending = status.pending.join(', ');
        io.err(`schema ${status.current} of ${status.latest}: pending migrations ${pending} (run: asesa db migrate)`);
        io.err(`skema ${status.current} dari ${status.latest}: migrasi tertunda ${pending} (jalankan: asesa db migrate)`);
      }
      const bad = problems.length > 0 || fk.length > 0 || status.current !== status.latest;
      if (bad) return 1;
      io.out('ok');
      return 0;
    } catch (e) {
      io.err(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    } finally {
      db?.close();
    }
  },
};

export const dbCommands: Command[] = [migrateCommand, backupCommand, checkCommand];
