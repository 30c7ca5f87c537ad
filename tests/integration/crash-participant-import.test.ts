import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../electron/db/app-db';
import { generateParticipants, participantsCsv } from '../../bench/participants-data';
import { tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

const ROOT = path.resolve(__dirname, '../..');
const ROWS = 30_000;

/**
 * Issue 8: the process is killed in the middle of a large participant import. The import is
 * one transaction, so after a restart the database is intact and holds either none of the
 * rows or all of them — never half.
 */
function importUntilKilled(dbFile: string, csv: string): Promise<{ signal: NodeJS.Signals | null; walPeak: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/asesa.js', '--db', dbFile, 'participants', 'import', csv], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let walPeak = 0;
    // The transaction spills pages into the WAL while it runs; once it has written a good part
    // of them the import is mid-way, and we pull the plug.
    const timer = setInterval(() => {
      const size = fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0;
      walPeak = Math.max(walPeak, size);
      if (size > 2 * 1024 * 1024) child.kill('SIGKILL');
    }, 5);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ signal, walPeak });
    });
  });
}

describe('crash safety: participant import', () => {
  it('a SIGKILL mid-import leaves an intact database with no half import', { timeout: 120_000 }, async () => {
    t = tempDb();
    t.db.close();
    const csv = path.join(t.dir, 'peserta.csv');
    fs.writeFileSync(csv, participantsCsv(generateParticipants(ROWS)));

    const { signal, walPeak } = await importUntilKilled(t.file, csv);
    expect(signal).toBe('SIGKILL');
    expect(walPeak).toBeGreaterThan(2 * 1024 * 1024);

    const { db } = openAppDatabase(t.file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = (db.prepare('SELECT COUNT(*) AS n FROM participant').get() as { n: number }).n;
      expect([0, ROWS]).toContain(count);
      // and the search index agrees with the table
      const indexed = (db.prepare("SELECT COUNT(*) AS n FROM participant_fts").get() as { n: number }).n;
      expect(indexed).toBe(count);
    } finally {
      db.close();
    }
  });
});
