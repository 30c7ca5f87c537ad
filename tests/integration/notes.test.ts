import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteView } from '../../shared/schemas/scoring';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

const status = (id: string) =>
  (t.db.prepare('SELECT status FROM assignment WHERE id = ?').get(id) as { status: string }).status;

describe('observation notes with autosave (issue 5)', () => {
  it('upserts by the client’s UUID: repeated saves update one note, keep observed_at, and start the assignment', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const id = randomUUID();
    expect(status(w.asg.p1e1)).toBe('not-started');
    const first = await call<NoteView>(w.registry, w.A1, 'notes.save', {
      id,
      assignmentId: w.asg.p1e1,
      text: 'Peserta',
    });
    expect(status(w.asg.p1e1)).toBe('in-progress');
    let last = first;
    for (const text of ['Peserta menolak', 'Peserta menolak hadiah', 'Peserta menolak hadiah dari rekanan']) {
      last = await call<NoteView>(w.registry, w.A1, 'notes.save', { id, assignmentId: w.asg.p1e1, text });
    }
    // Saving the same content again changes nothing (the renderer may resend on reconnect).
    const again = await call<NoteView>(w.registry, w.A1, 'notes.save', {
      id,
      assignmentId: w.asg.p1e1,
      text: 'Peserta menolak hadiah dari rekanan',
    });
    expect(again.revision).toBe(last.revision);
    expect(last.observedAt).toBe(first.observedAt);
    expect(last.revision).toBe(4);
    const list = await call<NoteView[]>(w.registry, w.A1, 'notes.list', { assignmentId: w.asg.p1e1 });
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toBe('Peserta menolak hadiah dari rekanan');
    const creates = t.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'observation_note' AND action = 'create'")
      .get() as { n: number };
    expect(creates.n).toBe(1);
  });

  it('tags a note to a competency the exercise measures and an indicator of that competency', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const ind = w.indicator(w.c0, 3);
    const note = await call<NoteView>(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'Melaporkan gratifikasi ke atasan',
      competency: w.c0,
      indicator: ind,
      polarity: 'positive',
    });
    expect(note).toMatchObject({ competency: w.c0, indicator: ind, indicatorLevel: 3, polarity: 'positive' });

    const notMeasured = await refused(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'x',
      competency: w.c2,
    });
    expect(notMeasured.details).toEqual([
      { path: 'competency', message: `${w.c2} tidak diukur dalam simulasi ini / ${w.c2} is not measured by this exercise` },
    ]);
    const wrongIndicator = await refused(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'x',
      competency: w.c0,
      indicator: w.indicator(w.c1, 2),
    });
    expect(wrongIndicator.details?.[0]?.path).toBe('indicator');
    const unknownIndicator = await refused(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'x',
      competency: w.c0,
      indicator: 'NOPE.1',
    });
    expect(unknownIndicator.code).toBe('VALIDATION');
    const levelNode = await refused(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'x',
      competency: w.c0,
      indicator: `${w.c0}.L3`,
    });
    expect(levelNode.code).toBe('VALIDATION');
    const polarityAlone = await refused(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: 'x',
      polarity: 'negative',
    });
    expect(polarityAlone.details?.[0]?.path).toBe('competency');
  });

  it('refuses bad input: not a UUID, empty text, unknown assignment', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    expect(
      (await refused(w.registry, w.A1, 'notes.save', { id: 'note-1', assignmentId: w.asg.p1e1, text: 'x' }))
        .details?.[0]?.path,
    ).toBe('id');
    expect(
      (await refused(w.registry, w.A1, 'notes.save', { id: randomUUID(), assignmentId: w.asg.p1e1, text: '' }))
        .details?.[0]?.path,
    ).toBe('text');
    expect(
      (await refused(w.registry, w.A1, 'notes.save', { id: randomUUID(), assignmentId: randomUUID(), text: 'x' })).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses notes while the batch is still being planned', async () => {
    t = tempDb();
    const w = await runningBatch(t.db, { status: 'planning' });
    const e = await refused(w.registry, w.A1, 'notes.save', { id: randomUUID(), assignmentId: w.asg.p1e1, text: 'x' });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toBe(
      'Masukan tidak dapat diproses: kegiatan berstatus "Perencanaan"; catatan dan penilaian hanya dapat dicatat selama kegiatan berjalan / the batch is "Planning"; notes and ratings are recorded only while it is running',
    );
  });

  it('deletes with a tombstone; the id cannot be reused by a later autosave', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const id = randomUUID();
    await call(w.registry, w.A1, 'notes.save', { id, assignmentId: w.asg.p1e1, text: 'salah peserta' });
    await call(w.registry, w.A1, 'notes.delete', { id });
    expect(await call(w.registry, w.A1, 'notes.list', { assignmentId: w.asg.p1e1 })).toEqual([]);
    const row = t.db.prepare('SELECT deleted_at, text FROM observation_note WHERE id = ?').get(id) as {
      deleted_at: string | null;
      text: string;
    };
    expect(row.deleted_at).not.toBeNull();
    // Not "already exists": the note was deleted, said so in both languages.
    const revived = await refused(w.registry, w.A1, 'notes.save', { id, assignmentId: w.asg.p1e1, text: 'hidup lagi' });
    expect(revived).toMatchObject({
      code: 'BAD_INPUT',
      message: 'Masukan tidak dapat diproses: catatan ini sudah dihapus / this note was deleted',
    });
    expect((await refused(w.registry, w.A1, 'notes.delete', { id })).code).toBe('NOT_FOUND');
    const audit = t.db
      .prepare("SELECT old_value FROM audit_log WHERE entity = 'observation_note' AND action = 'delete'")
      .get() as { old_value: string };
    expect(JSON.parse(audit.old_value).text).toBe('salah peserta');
  });
});
