import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { tempDb, type TempDb } from '../helpers/db';
import { call, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe('asesa batch list / batch status (issue 5)', () => {
  it('lists batches and prints per-participant scoring progress and lock state', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const list = await run('--db', t.file, 'batch', 'list');
    expect(list).toEqual({ code: 0, out: [`${w.batch.id}\tAsesmen Administrator 2026\tpengisian\trunning`], err: [] });

    // P1: A1 submits the interview (one rating without evidence); A2 saves one role-play rating, unsubmitted.
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: 'tanpa catatan',
    });
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c1,
      level: 3,
      rationale: 'tanpa catatan',
    });
    await call(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    await call(w.registry, w.A2, 'ratings.save', {
      assignmentId: w.asg.p1e2,
      competency: w.c0,
      level: 2,
      rationale: 'tanpa catatan',
    });

    const status = await run('--db', t.file, 'batch', 'status', '--batch', w.batch.id);
    expect(status.code).toBe(0);
    const [header, ...rows] = status.out.map((l) => l.split('\t'));
    expect(header).toEqual(['NIP', 'name', 'submitted', 'missing', 'flagged', 'integration']);
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Peserta 1', '2', '2', '3', 'open'],
      ['Peserta 2', '0', '4', '0', 'open'],
    ]);
    expect(rows[0]![0]).toMatch(/^\d{18}$/);
  });

  it('shows a locked integration', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    for (const c of w.codes) {
      await call(w.registry, w.lead, 'integration.decide', {
        batchId: w.batch.id,
        participantId: w.participants.p2,
        competency: c,
        finalLevel: 3,
        rationale: 'data pendukung',
      });
    }
    await call(w.registry, w.lead, 'integration.lock', {
      batchId: w.batch.id,
      participantId: w.participants.p2,
      signOffName: 'Ketua Tim',
    });
    const status = await run('--db', t.file, 'batch', 'status', '--batch', w.batch.id);
    expect(status.out.slice(1).map((l) => l.split('\t').at(-1))).toEqual(['open', 'locked']);
  });

  it('refuses a missing or unknown batch id', async () => {
    t = tempDb();
    await runningBatch(t.db);
    const missing = await run('--db', t.file, 'batch', 'status');
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toMatch(/--batch ID is required/);
    const unknown = await run('--db', t.file, 'batch', 'status', '--batch', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/Not found/);
  });
});
