import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrationMatrix } from '../../shared/schemas/scoring';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

/**
 * Worked example. P1: A1 in the interview rates C0 = 3 (two tagged notes) and C1 = 2;
 * A2 in the role play rates C0 = 5 and C2 = 3. P2: A2 in the interview rates C0 = 3, C1 = 3;
 * A1's role play with P2 is never submitted.
 */
async function meeting() {
  t = tempDb();
  const w = await runningBatch(t.db);
  const save = (
    ctx: typeof w.A1,
    assignmentId: string,
    competency: string,
    level: number,
    rationale = 'dicatat di kertas',
  ) => call(w.registry, ctx, 'ratings.save', { assignmentId, competency, level, rationale });
  for (const level of [3, 3]) {
    await call(w.registry, w.A1, 'notes.save', {
      id: randomUUID(),
      assignmentId: w.asg.p1e1,
      text: `bukti ${level}`,
      competency: w.c0,
      indicator: w.indicator(w.c0, level),
      polarity: 'positive',
    });
  }
  await save(w.A1, w.asg.p1e1, w.c0, 3, '');
  await save(w.A1, w.asg.p1e1, w.c1, 2);
  await save(w.A2, w.asg.p1e2, w.c0, 5);
  await save(w.A2, w.asg.p1e2, w.c2, 3);
  await save(w.A2, w.asg.p2e1, w.c0, 3);
  await save(w.A2, w.asg.p2e1, w.c1, 3);
  await save(w.A1, w.asg.p2e2, w.c0, 1); // saved but never submitted: not part of the meeting
  for (const [ctx, a] of [
    [w.A1, w.asg.p1e1],
    [w.A2, w.asg.p1e2],
    [w.A2, w.asg.p2e1],
  ] as const)
    await call(w.registry, ctx, 'ratings.submit', { assignmentId: a });
  await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
  const matrix = () => call<IntegrationMatrix>(w.registry, w.lead, 'integration.matrix', { batchId: w.batch.id });
  const cell = async (participantId: string, competency: string) =>
    (await matrix()).participants
      .find((p) => p.participantId === participantId)!
      .cells.find((c) => c.competency === competency)!;
  return { w, matrix, cell };
}

describe('Rapat Integrasi (issue 5)', () => {
  it('shows every assessor’s submitted ratings with evidence, flags and the suggested level with its rule', async () => {
    const { w, matrix, cell } = await meeting();
    const m = await matrix();
    expect(m.rule).toMatchObject({ aggregation: 'median', rounding: 'half-up', halfLevels: false });
    expect(m.rule.statement.en).toMatch(
      /median of the exercise ratings.*rounded to a whole level, exact halves rounded up/,
    );
    expect(m.rule.statement.id).toMatch(/median nilai per simulasi/);
    expect(m.competencies).toHaveLength(9);

    const p1c0 = await cell(w.participants.p1, w.c0);
    expect(
      p1c0.ratings.map((r) => [r.exerciseName, r.assessorId, r.level, r.evidenceCount, r.ratedWithoutEvidence]),
    ).toEqual([
      ['Wawancara Perilaku', w.A1.session.user!.id, 3, 2, false],
      ['Role Play', w.A2.session.user!.id, 5, 0, true],
    ]);
    expect(p1c0.flags).toEqual([{ kind: 'spread', min: 3, max: 5 }]);
    expect(p1c0.suggestedLevel).toBe(4); // median of 3 and 5

    expect((await cell(w.participants.p1, w.c1)).flags).toEqual([
      { kind: 'single-exercise', exercise: w.exercises.e1 },
    ]);
    const p2c0 = await cell(w.participants.p2, w.c0);
    expect(p2c0.flags).toEqual([{ kind: 'missing', exercise: w.exercises.e2 }]);
    expect(p2c0.ratings.map((r) => r.level)).toEqual([3]); // the unsubmitted 1 is not shown
    expect(p2c0.suggestedLevel).toBe(3);
    expect((await cell(w.participants.p1, w.codes[5]!)).suggestedLevel).toBeNull();
  });

  it('records decisions with a rationale where they differ from the suggestion, audited with old and new values', async () => {
    const { w, cell } = await meeting();
    const base = { batchId: w.batch.id, participantId: w.participants.p1, competency: w.c0 };
    const agreed = await call<{ decision: { finalLevel: number; decidedByName: string } }>(
      w.registry,
      w.lead,
      'integration.decide',
      { ...base, finalLevel: 4 },
    );
    expect(agreed.decision).toMatchObject({ finalLevel: 4, decidedByName: 'koordinator' });
    const unexplained = await refused(w.registry, w.lead, 'integration.decide', { ...base, finalLevel: 3 });
    expect(unexplained.details).toEqual([
      {
        path: 'rationale',
        message:
          'alasan wajib diisi: level berbeda dari level saran 4 / a rationale is required: the level differs from the suggested level 4',
      },
    ]);
    await call(w.registry, w.lead, 'integration.decide', {
      ...base,
      finalLevel: 3,
      rationale: 'Bukti role play tidak spesifik; wawancara lebih kuat',
    });
    expect((await cell(w.participants.p1, w.c0)).decision).toMatchObject({
      finalLevel: 3,
      suggestedLevel: 4,
      rationale: 'Bukti role play tidak spesifik; wawancara lebih kuat',
    });
    const audit = t.db
      .prepare(
        "SELECT actor_id, at, old_value, new_value FROM audit_log WHERE entity = 'integration_decision' ORDER BY seq",
      )
      .all() as { actor_id: string; at: string; old_value: string | null; new_value: string }[];
    expect(audit).toHaveLength(2);
    expect(audit[1]!.actor_id).toBe(w.lead.session.user!.id);
    expect(JSON.parse(audit[1]!.old_value!).finalLevel).toBe(4);
    expect(JSON.parse(audit[1]!.new_value)).toMatchObject({ finalLevel: 3, suggestedLevel: 4 });
    expect(
      (await refused(w.registry, w.lead, 'integration.decide', { ...base, finalLevel: 3.5, rationale: 'x' }))
        .details?.[0]?.path,
    ).toBe('finalLevel');
    expect(
      (
        await refused(w.registry, w.lead, 'integration.decide', {
          ...base,
          competency: 'NOPE',
          finalLevel: 3,
          rationale: 'x',
        })
      ).details?.[0]?.path,
    ).toBe('competency');
    expect((await refused(w.registry, w.A1, 'integration.decide', { ...base, finalLevel: 4 })).code).toBe('FORBIDDEN');
  });

  it('locks a participant only when every competency is decided, refuses changes after, and unlocks with an audit entry', async () => {
    const { w, matrix } = await meeting();
    const p1 = w.participants.p1;
    const early = await refused(w.registry, w.lead, 'integration.lock', {
      batchId: w.batch.id,
      participantId: p1,
      signOffName: 'Dr. Ketua Tim',
    });
    expect(early.details).toHaveLength(9);
    const m = await matrix();
    for (const c of m.participants.find((p) => p.participantId === p1)!.cells) {
      await call(w.registry, w.lead, 'integration.decide', {
        batchId: w.batch.id,
        participantId: p1,
        competency: c.competency,
        finalLevel: c.suggestedLevel ?? 3,
        rationale: c.suggestedLevel === null ? 'Diputuskan rapat dari data pendukung' : '',
      });
    }
    await call(w.registry, w.lead, 'integration.lock', {
      batchId: w.batch.id,
      participantId: p1,
      signOffName: 'Dr. Ketua Tim',
    });
    const locked = (await matrix()).participants.find((p) => p.participantId === p1)!;
    expect(locked.lock).toMatchObject({ signOffName: 'Dr. Ketua Tim', lockedBy: w.lead.session.user!.id });
    const after = await refused(w.registry, w.lead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: p1,
      competency: w.c0,
      finalLevel: 4,
    });
    expect(after.message).toMatch(/locked/);
    expect(
      (await refused(w.registry, w.lead, 'ratings.reopen', { assignmentId: w.asg.p1e1, reason: 'x' })).message,
    ).toMatch(/locked/);
    expect(
      (
        await refused(w.registry, w.lead, 'integration.lock', {
          batchId: w.batch.id,
          participantId: p1,
          signOffName: 'lagi',
        })
      ).message,
    ).toMatch(/locked/);

    await call(w.registry, w.lead, 'integration.unlock', {
      batchId: w.batch.id,
      participantId: p1,
      reason: 'Salah tulis level INT',
    });
    const unlock = t.db.prepare("SELECT old_value, new_value FROM audit_log WHERE action = 'unlock'").get() as {
      old_value: string;
      new_value: string;
    };
    expect(JSON.parse(unlock.old_value).signOffName).toBe('Dr. Ketua Tim');
    expect(JSON.parse(unlock.new_value)).toEqual({ reason: 'Salah tulis level INT' });
    await call(w.registry, w.lead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: p1,
      competency: w.c0,
      finalLevel: 4,
    });
    expect(
      (await refused(w.registry, w.lead, 'integration.unlock', { batchId: w.batch.id, participantId: p1, reason: 'x' }))
        .message,
    ).toMatch(/integrasi peserta ini tidak sedang dikunci \/ the integration of this participant is not locked/);
  });

  it('refuses decisions before the batch reaches integration', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const e = await refused(w.registry, w.lead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: w.participants.p1,
      competency: w.c0,
      finalLevel: 3,
      rationale: 'x',
    });
    expect(e.code).toBe('BAD_INPUT');
  });
});
