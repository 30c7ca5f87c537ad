import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentWork, RatingView } from '../../shared/schemas/scoring';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

type World = Awaited<ReturnType<typeof runningBatch>>;
const tag = (
  w: World,
  competency: string,
  level: number,
  polarity: 'positive' | 'negative',
  assignmentId = w.asg.p1e1,
) =>
  call(w.registry, w.A1, 'notes.save', {
    id: randomUUID(),
    assignmentId,
    text: `bukti ${competency} ${level} ${polarity}`,
    competency,
    indicator: w.indicator(competency, level),
    polarity,
  });

describe('rubric ratings (issue 5)', () => {
  it('requires a rationale without tagged evidence and flags the rating', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const e = await refused(w.registry, w.A1, 'ratings.save', { assignmentId: w.asg.p1e1, competency: w.c0, level: 3 });
    expect(e.details).toEqual([
      {
        path: 'rationale',
        message:
          'alasan wajib diisi: belum ada bukti yang ditandai untuk kompetensi ini dalam simulasi ini / a rationale is required: no evidence is tagged to this competency in this exercise',
      },
    ]);
    const r = await call<RatingView>(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: 'Catatan tertinggal di kertas',
    });
    expect(r).toMatchObject({ level: 3, ratedWithoutEvidence: true, evidenceLevel: null });
  });

  it('accepts a level that matches the evidence, and asks why when it departs by more than half a level', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    await tag(w, w.c0, 2, 'positive');
    await tag(w, w.c0, 3, 'positive');
    await tag(w, w.c0, 4, 'negative');
    const work = await call<AssignmentWork>(w.registry, w.A1, 'workspace.get', { assignmentId: w.asg.p1e1 });
    expect(work.rubric[0]).toMatchObject({
      competency: w.c0,
      taggedNotes: 3,
      positive: 2,
      negative: 1,
      evidenceLevel: 3,
    });

    const ok = await call<RatingView>(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
    });
    expect(ok).toMatchObject({ level: 3, ratedWithoutEvidence: false, evidenceLevel: 3, rationale: '' });
    const far = await refused(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 5,
    });
    expect(far.details?.[0]?.message).toBe(
      'alasan wajib diisi: level berbeda lebih dari setengah level dari yang ditunjukkan bukti / a rationale is required: the level departs from the tagged evidence by more than half a level',
    );
    const explained = await call<RatingView>(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 4,
      rationale: 'Perilaku level 4 terlihat di luar catatan terstruktur',
    });
    expect(explained.level).toBe(4);

    // Old and new values in the audit log.
    const audit = t.db
      .prepare("SELECT action, old_value, new_value FROM audit_log WHERE entity = 'rating' ORDER BY seq")
      .all() as { action: string; old_value: string | null; new_value: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.old_value!).level).toBe(3);
    expect(JSON.parse(audit[1]!.new_value).level).toBe(4);
    // Still one live rating per assignment × competency.
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM rating WHERE deleted_at IS NULL').get() as { n: number }).n).toBe(
      1,
    );
  });

  it('refuses half levels when the batch’s rule does not allow them, levels out of range, and competencies the exercise does not measure', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const half = await refused(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 2.5,
      rationale: 'x',
    });
    expect(half.details).toEqual([
      {
        path: 'level',
        message:
          "aturan penilaian kegiatan ini hanya mengizinkan level bulat 1 sampai 5 / the batch's scoring rule allows only a whole level from 1 to 5",
      },
    ]);
    expect(
      (
        await refused(w.registry, w.A1, 'ratings.save', {
          assignmentId: w.asg.p1e1,
          competency: w.c0,
          level: 6,
          rationale: 'x',
        })
      ).details?.[0]?.path,
    ).toBe('level');
    expect(
      (
        await refused(w.registry, w.A1, 'ratings.save', {
          assignmentId: w.asg.p1e1,
          competency: w.c0,
          level: 0,
          rationale: 'x',
        })
      ).details?.[0]?.path,
    ).toBe('level');
    const other = await refused(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c2,
      level: 3,
      rationale: 'x',
    });
    expect(other.details).toEqual([
      {
        path: 'competency',
        message: `${w.c2} tidak diukur dalam simulasi ini / ${w.c2} is not measured by this exercise`,
      },
    ]);
  });

  it('submits only when every competency of the exercise is rated, then locks the ratings and notes', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const noteId = randomUUID();
    await call(w.registry, w.A1, 'notes.save', { id: noteId, assignmentId: w.asg.p1e1, text: 'catatan terakhir' });
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: 'x',
    });
    const early = await refused(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    expect(early.details).toEqual([
      { path: `ratings.${w.c1}`, message: `${w.c1} belum dinilai / ${w.c1} is not rated yet` },
    ]);
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c1,
      level: 2,
      rationale: 'x',
    });
    await call(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    expect(
      (
        t.db.prepare('SELECT status, submitted_at FROM assignment WHERE id = ?').get(w.asg.p1e1) as {
          status: string;
          submitted_at: string | null;
        }
      ).status,
    ).toBe('submitted');
    const late = await refused(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 4,
      rationale: 'x',
    });
    expect(late.code).toBe('BAD_INPUT');
    expect(late.message).toBe(
      'Masukan tidak dapat diproses: penilaian penugasan ini sudah dikirim dan dikunci; mintalah koordinator membukanya kembali / the ratings of this assignment are submitted and locked; ask the coordinator to reopen them',
    );
    expect(
      (await refused(w.registry, w.A1, 'notes.save', { id: randomUUID(), assignmentId: w.asg.p1e1, text: 'x' }))
        .message,
    ).toMatch(/submitted/);
    expect(
      (
        await refused(w.registry, w.A1, 'notes.save', {
          id: noteId,
          assignmentId: w.asg.p1e1,
          text: 'catatan terakhir diubah',
        })
      ).message,
    ).toMatch(/submitted/);
    // A retried autosave of exactly what is stored still succeeds (nothing changes).
    expect(
      (
        await call<{ text: string }>(w.registry, w.A1, 'notes.save', {
          id: noteId,
          assignmentId: w.asg.p1e1,
          text: 'catatan terakhir',
        })
      ).text,
    ).toBe('catatan terakhir');
    expect((await refused(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 })).code).toBe('BAD_INPUT');
  });

  it('reopens only for a coordinator, admin or the ketua, with a reason in the audit log', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    for (const c of [w.c0, w.c1])
      await call(w.registry, w.A1, 'ratings.save', {
        assignmentId: w.asg.p1e1,
        competency: c,
        level: 3,
        rationale: 'x',
      });
    await call(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    expect(
      (await refused(w.registry, w.A1, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: 'saya mau ubah' })).code,
    ).toBe('FORBIDDEN');
    expect((await refused(w.registry, w.A2, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: 'x' })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await refused(w.registry, w.lead, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: '  ' })).details?.[0]
        ?.path,
    ).toBe('reason');
    const admin = contextAs(t.db, 'admin', 'admin-kantor');
    await call(w.registry, admin, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: 'Salah ketik level' });
    expect(
      t.db.prepare('SELECT status, submitted_at FROM assignment WHERE id = ?').get(w.asg.p1e1) as {
        status: string;
        submitted_at: string | null;
      },
    ).toEqual({ status: 'in-progress', submitted_at: null });
    const audit = t.db
      .prepare("SELECT actor_id, old_value, new_value FROM audit_log WHERE action = 'reopen'")
      .get() as { actor_id: string; old_value: string; new_value: string };
    expect(audit.actor_id).toBe(admin.session.user!.id);
    expect(JSON.parse(audit.new_value)).toEqual({ status: 'in-progress', reason: 'Salah ketik level' });
    expect(JSON.parse(audit.old_value).status).toBe('submitted');
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 4,
      rationale: 'dikoreksi',
    });
    expect(
      (await refused(w.registry, w.lead, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: 'lagi' })).message,
    ).toMatch(/penilaian penugasan ini belum dikirim \/ the ratings of this assignment are not submitted/);
  });
});
