import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentWork, WorkspaceDay } from '../../shared/schemas/scoring';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

const items = (days: WorkspaceDay[]) => days.flatMap((d) => d.slots.flatMap((s) => s.items));

describe('Ruang Asesor (issue 5)', () => {
  it('lists only the logged-in assessor’s own assignments, grouped by day and time', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const days = await call<WorkspaceDay[]>(w.registry, w.A1, 'workspace.list', {});
    expect(days.map((d) => d.day)).toEqual(['2026-12-01']);
    expect(days[0]!.slots.map((s) => [s.start, s.end])).toEqual([
      ['08:00', '09:30'],
      ['10:00', '10:45'],
    ]);
    const mine = items(days);
    expect(mine.map((i) => i.assignmentId).sort()).toEqual([w.asg.p1e1, w.asg.p2e2].sort());
    expect(mine[0]).toMatchObject({
      participant: { name: 'Peserta 1' },
      exercise: { name: 'Wawancara Perilaku', kind: 'bei', durationMinutes: 90 },
      room: 'R1',
      status: 'not-started',
      batchStatus: 'running',
    });
    expect(mine[0]!.participant.nip).toMatch(/^\d{18}$/);
    const theirs = items(await call<WorkspaceDay[]>(w.registry, w.A2, 'workspace.list', {}));
    expect(theirs.map((i) => i.assignmentId).sort()).toEqual([w.asg.p1e2, w.asg.p2e1].sort());
  });

  it('shows nothing to an assessor without assignments, and needs a login', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const other = contextAs(t.db, 'assessor', 'asesor-lain');
    expect(await call(w.registry, other, 'workspace.list', {})).toEqual([]);
    const anon = { db: t.db, session: { user: null, lastActivity: Date.now() } };
    expect((await refused(w.registry, anon, 'workspace.list', {})).code).toBe('UNAUTHENTICATED');
  });

  it('never gives an assessor another assessor’s assignment, notes or ratings', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const noteId = randomUUID();
    await call(w.registry, w.A2, 'notes.save', {
      id: noteId,
      assignmentId: w.asg.p1e2,
      text: 'Menyapa warga dengan ramah',
      competency: w.c0,
      indicator: null,
      polarity: 'positive',
    });
    await call(w.registry, w.A2, 'ratings.save', {
      assignmentId: w.asg.p1e2,
      competency: w.c0,
      level: 3,
      rationale: '',
    });
    for (const [name, input] of [
      ['workspace.get', { assignmentId: w.asg.p1e2 }],
      ['notes.list', { assignmentId: w.asg.p1e2 }],
      ['ratings.list', { assignmentId: w.asg.p1e2 }],
      ['notes.save', { id: randomUUID(), assignmentId: w.asg.p1e2, text: 'x' }],
      ['notes.delete', { id: noteId }],
      ['ratings.save', { assignmentId: w.asg.p1e2, competency: w.c0, level: 1, rationale: 'x' }],
      ['ratings.submit', { assignmentId: w.asg.p1e2 }],
    ] as const) {
      expect((await refused(w.registry, w.A1, name, input)).code, name).toBe('FORBIDDEN');
    }
    // A1 writing into its own assignment with A2's note id is a conflict, not a takeover.
    const hijack = await refused(w.registry, w.A1, 'notes.save', {
      id: noteId,
      assignmentId: w.asg.p1e1,
      text: 'ganti',
    });
    expect(hijack).toMatchObject({
      code: 'CONFLICT',
      message:
        'Data sudah ada: catatan dengan ID ini milik asesor atau penugasan lain / a note with this ID belongs to another assessor or assignment.',
    });
    const text = t.db.prepare('SELECT text FROM observation_note WHERE id = ?').get(noteId) as { text: string };
    expect(text.text).toBe('Menyapa warga dengan ramah');
  });

  it('keeps the integration matrix closed to assessors and until the batch is in integration', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    expect((await refused(w.registry, w.A1, 'integration.matrix', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
    const early = await refused(w.registry, w.lead, 'integration.matrix', { batchId: w.batch.id });
    expect(early.code).toBe('BAD_INPUT');
    expect(early.message).toMatch(/integration/);
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    expect((await refused(w.registry, w.A1, 'integration.matrix', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
    const matrix = await call<{ participants: unknown[] }>(w.registry, w.lead, 'integration.matrix', {
      batchId: w.batch.id,
    });
    expect(matrix.participants).toHaveLength(2);
  });

  it('gives the rubric with anchored levels and indicators of the batch’s framework version', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const work = await call<AssignmentWork>(w.registry, w.A1, 'workspace.get', { assignmentId: w.asg.p1e1 });
    expect(work.rubric.map((r) => r.competency)).toEqual([w.c0, w.c1]);
    expect(work.halfLevels).toBe(false);
    const scale = work.rubric[0]!;
    expect(scale.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.levels[2]!.indicators.map((i) => i.idNumber)).toContain(w.indicator(w.c0, 3));
    expect(scale.name.id.length).toBeGreaterThan(3);
    expect(scale).toMatchObject({ taggedNotes: 0, evidenceLevel: null, rating: null });
  });
});
