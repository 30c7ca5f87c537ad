import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteView } from '../../shared/schemas/scoring';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

/** A1's tagged note on its own assignment, then deleted. */
async function deletedNote() {
  t = tempDb();
  const w = await runningBatch(t.db);
  const id = randomUUID();
  const indicator = w.indicator(w.c0, 3);
  const saved = await call<NoteView>(w.registry, w.A1, 'notes.save', {
    id,
    assignmentId: w.asg.p1e1,
    text: 'Menolak hadiah dari rekanan',
    competency: w.c0,
    indicator,
    polarity: 'positive',
  });
  await call(w.registry, w.A1, 'notes.delete', { id });
  return { w, id, saved, indicator };
}

describe('restoring a deleted observation note ("Urungkan")', () => {
  it('brings the note back with its text, tags and time, and audits the restore', async () => {
    const { w, id, saved, indicator } = await deletedNote();
    const restored = await call<NoteView>(w.registry, w.A1, 'notes.restore', { id });
    expect(restored).toMatchObject({
      id,
      text: 'Menolak hadiah dari rekanan',
      competency: w.c0,
      indicator,
      indicatorLevel: 3,
      polarity: 'positive',
      observedAt: saved.observedAt,
    });
    // Created, tombstoned, revived: each a revision, so an exchange carries the restore too.
    expect(restored.revision).toBe(3);
    const list = await call<NoteView[]>(w.registry, w.A1, 'notes.list', { assignmentId: w.asg.p1e1 });
    expect(list.map((n) => n.id)).toEqual([id]);
    // Once restored, autosave may edit it again.
    const edited = await call<NoteView>(w.registry, w.A1, 'notes.save', {
      id,
      assignmentId: w.asg.p1e1,
      text: 'Menolak hadiah dan melapor',
      competency: w.c0,
      indicator,
      polarity: 'positive',
    });
    expect(edited.text).toBe('Menolak hadiah dan melapor');
    const audit = t.db
      .prepare("SELECT actor_id, new_value FROM audit_log WHERE entity = 'observation_note' AND action = 'restore'")
      .all() as { actor_id: string; new_value: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(w.A1.session.user!.id);
    expect(JSON.parse(audit[0]!.new_value).text).toBe('Menolak hadiah dari rekanan');
  });

  it('answers the same for a repeated restore without a second revision', async () => {
    const { w, id } = await deletedNote();
    const first = await call<NoteView>(w.registry, w.A1, 'notes.restore', { id });
    const again = await call<NoteView>(w.registry, w.A1, 'notes.restore', { id });
    expect(again.revision).toBe(first.revision);
    const n = t.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'observation_note' AND action = 'restore'")
      .get() as { n: number };
    expect(n.n).toBe(1);
  });

  it('refuses another assessor, the coordinator, and an unknown id', async () => {
    const { w, id } = await deletedNote();
    expect((await refused(w.registry, w.A2, 'notes.restore', { id })).code).toBe('FORBIDDEN');
    expect((await refused(w.registry, w.lead, 'notes.restore', { id })).code).toBe('FORBIDDEN');
    expect((await refused(w.registry, w.A1, 'notes.restore', { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await refused(w.registry, w.A1, 'notes.restore', { id: '' })).code).toBe('VALIDATION');
    const row = t.db.prepare('SELECT deleted_at FROM observation_note WHERE id = ?').get(id) as {
      deleted_at: string | null;
    };
    expect(row.deleted_at).not.toBeNull();
  });

  it('refuses once notes can no longer be recorded (the batch is closed)', async () => {
    const { w, id } = await deletedNote();
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'closed' });
    const e = await refused(w.registry, w.A1, 'notes.restore', { id });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(/kegiatan berstatus "Selesai"; catatan dan penilaian .* \/ the batch is "Closed"; notes and ratings/);
    expect(await call<NoteView[]>(w.registry, w.A1, 'notes.list', { assignmentId: w.asg.p1e1 })).toEqual([]);
  });
});
