import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateParticipants, participantsCsv } from '../../bench/participants-data';
import { runCli } from '../../electron/cli';
import { openAppDatabase } from '../../electron/db/app-db';
import { insertLocalOffice } from '../../electron/repositories/office';
import { ensureSeeded } from '../../electron/services/dictionary-seed';
import { tempDb, type TempDb } from '../helpers/db';
import { dumpAll } from './exchange-helpers';

const ROOT = path.resolve(__dirname, '../..');
const ROWS = 20_000;
const quiet = { out: () => {}, err: () => {} };
const cleanups: TempDb[] = [];
afterEach(() => cleanups.splice(0).forEach((t) => t.cleanup()));

function office(code: string): TempDb {
  const t = tempDb();
  cleanups.push(t);
  insertLocalOffice(t.db, { name: `Kantor ${code}`, code, province: 'Kalimantan Timur', agency: 'Pemprov Kaltim' });
  ensureSeeded(t.db);
  return t;
}

/**
 * Issue 8: the process is killed in the middle of applying an exchange package. The apply is
 * one transaction after a backup, so the receiving database is intact and exactly as it was.
 */
describe('crash safety: exchange import', () => {
  it('a SIGKILL mid-apply leaves the receiving database intact and unchanged', { timeout: 180_000 }, async () => {
    const a = office('BPSDM-KALTIM');
    const csv = path.join(a.dir, 'peserta.csv');
    fs.writeFileSync(csv, participantsCsv(generateParticipants(ROWS)));
    a.db.close();
    expect(await runCli(['--db', a.file, 'participants', 'import', csv], quiet)).toBe(0);
    const pkg = path.join(a.dir, 'kantor-a.asesa');
    expect(await runCli(['--db', a.file, 'export', '--out', pkg, '--no-encrypt'], quiet)).toBe(0);

    const b = office('BKD-BPP');
    const before = dumpAll(b.db);
    b.db.close();

    const { signal } = await new Promise<{ signal: NodeJS.Signals | null }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/asesa.js', '--db', b.file, 'import', pkg, '--trust-signer'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const timer = setInterval(() => {
        const size = fs.existsSync(`${b.file}-wal`) ? fs.statSync(`${b.file}-wal`).size : 0;
        if (size > 3 * 1024 * 1024) child.kill('SIGKILL');
      }, 5);
      child.on('error', reject);
      child.on('exit', (_c, s) => {
        clearInterval(timer);
        resolve({ signal: s });
      });
    });
    expect(signal).toBe('SIGKILL');

    const { db } = openAppDatabase(b.file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const after = dumpAll(db);
      // Nothing of the package is visible: every exchanged table is as it was.
      for (const table of ['participant', 'office', 'exchange_import']) {
        if (after[table] || before[table]) expect(after[table], table).toEqual(before[table]);
      }
    } finally {
      db.close();
    }
  });
});
