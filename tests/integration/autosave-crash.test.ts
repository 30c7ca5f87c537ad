import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../electron/db/app-db';
import { tempDb, type TempDb } from '../helpers/db';
import { runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

const ROOT = path.resolve(__dirname, '../..');
const KILL_AFTER = 300;

/** Runs the child until it has reported `count` committed saves, then SIGKILLs it mid-loop. */
function saveUntilKilled(
  file: string,
  assignmentId: string,
  assessorId: string,
  count: number,
): Promise<{ reported: Map<string, string>; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/autosave-child.ts', file, assignmentId, assessorId],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const reported = new Map<string, string>();
    let lines = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        // Anything else on stdout (a runtime warning) is kept for the failure message, not parsed.
        if (!line.startsWith('{"id"')) {
          stderr += `stdout: ${line}\n`;
          continue;
        }
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        reported.set(id, text);
        if (++lines === count) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}, ${lines} saves): ${stderr}`));
      else resolve({ reported, signal, output: stderr });
    });
  });
}

describe('autosave survives a crash (issue 5)', () => {
  it('keeps every note the killed process reported as saved, with its full text, in an intact database', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const assessorId = w.A1.session.user!.id;
    t.db.close();

    const { reported, signal, output } = await saveUntilKilled(t.file, w.asg.p1e1, assessorId, KILL_AFTER);
    expect(signal).toBe('SIGKILL');
    expect(reported.size, output).toBeGreaterThanOrEqual(Math.floor(KILL_AFTER / 40));

    const { db } = openAppDatabase(t.file);
    t.db = db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = new Map(
      (
        db
          .prepare('SELECT id, text FROM observation_note WHERE assignment_id = ? AND deleted_at IS NULL')
          .all(w.asg.p1e1) as { id: string; text: string }[]
      ).map((r) => [r.id, r.text]),
    );
    for (const [id, text] of reported) {
      // The stored text is the reported one, or a later autosave that committed before the kill
      // but was not reported yet: text only grows, so it starts with what was reported.
      expect(stored.get(id), id).toBeDefined();
      expect(stored.get(id)!.startsWith(text), `${id}: ${stored.get(id)} vs ${text}`).toBe(true);
    }
    expect(
      (db.prepare('SELECT status FROM assignment WHERE id = ?').get(w.asg.p1e1) as { status: string }).status,
    ).toBe('in-progress');
  }, 60_000);
});
