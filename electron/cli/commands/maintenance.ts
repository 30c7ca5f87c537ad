import fs from 'node:fs';
import { resolveDbFile, userPath } from '../../db/app-db';
import { openDatabase } from '../../db/connection';
import { verifyAudit, type AuditProblem } from '../../services/audit';
import { listBackups, restoreBackup } from '../../services/backups';
import type { Command } from '.';

/** What each audit-chain problem means, for the Indonesian half of the line. */
const AUDIT_PROBLEM_ID: Record<AuditProblem['problem'], string> = {
  'hash-mismatch': 'isi entri diubah (hash tidak cocok)',
  'broken-link': 'rantai hash terputus',
  'missing-entry': 'entri hilang',
};

const restoreCommand: Command = {
  words: ['db', 'restore'],
  usage: 'db restore FILE',
  summary: 'Replace the database with a backup (the current state is backed up first).',
  run: ({ argv, dbOption, io }) => {
    const source = argv.find((a) => !a.startsWith('-'));
    if (!source) {
      io.err('Usage: asesa db restore FILE');
      return 2;
    }
    const file = resolveDbFile(dbOption);
    const { undoBackup } = restoreBackup(file, userPath(source));
    io.out(`restored ${file} from ${userPath(source)}`);
    if (undoBackup) io.out(`previous state kept in / keadaan sebelumnya disimpan di: ${undoBackup}`);
    return 0;
  },
};

const backupsCommand: Command = {
  words: ['db', 'backups'],
  usage: 'db backups',
  summary: 'List the backups next to the database, newest first.',
  run: ({ dbOption, io }) => {
    const backups = listBackups(resolveDbFile(dbOption));
    if (backups.length === 0) io.out('no backups / belum ada cadangan');
    for (const b of backups) io.out(`${b.takenAt}  ${b.reason.padEnd(12)} ${String(b.bytes).padStart(10)}  ${b.path}`);
    return 0;
  },
};

const auditVerifyCommand: Command = {
  words: ['audit', 'verify'],
  usage: 'audit verify',
  summary: 'Re-check the hash chain of the audit log; names every entry edited or removed.',
  run: ({ dbOption, io }) => {
    const file = resolveDbFile(dbOption);
    if (!fs.existsSync(file)) {
      io.err(`Database not found / Basis data tidak ditemukan: ${file}`);
      return 1;
    }
    const db = openDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const { entries, problems } = verifyAudit(db);
      for (const p of problems) io.err(`entry ${p.seq}: ${p.problem} / entri ${p.seq}: ${AUDIT_PROBLEM_ID[p.problem]}`);
      if (problems.length > 0) {
        io.err(
          `audit log damaged: ${problems.length} problem(s) in ${entries} entries / log audit rusak: ${problems.length} masalah dalam ${entries} entri`,
        );
        return 1;
      }
      io.out(`ok (${entries} entries)`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const maintenanceCommands: Command[] = [restoreCommand, backupsCommand, auditVerifyCommand];
