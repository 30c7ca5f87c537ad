import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { validUntil } from '../../shared/domain/validity';
import type { ResultsMatrix, ResultView } from '../../shared/schemas/results';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused } from '../helpers/scoring-world';
import { integratedBatch } from './results-world';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

type Compute = { computed: number; changed: number; unchanged: number; pending: { participantId: string; hasResult: boolean }[] };

describe('results from locked final levels', () => {
  it('computes JPM, IKK, category and gaps with the batch rule; unlocked participants are pending', async () => {
    // p1: two competencies one level short → 25/27 = 92.59 % → MS (pengisian).
    const w = await integratedBatch(t.db, { p1: { INT: 2, KOM: 2 }, p2: {} }, { lock: ['p1'] });
    const out = await call<Compute>(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    expect(out).toMatchObject({ computed: 1, changed: 1, unchanged: 0 });
    expect(out.pending).toEqual([expect.objectContaining({ participantId: w.participants.p2, hasResult: false })]);

    const m = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(m.rows).toHaveLength(1);
    const r = m.rows[0]!;
    expect(r).toMatchObject({ participantId: w.participants.p1, totalAchieved: 25, totalRequired: 27, jpm: 92.59, ikk: 7.41, category: 'MS', ruleVersion: DEFAULT_SCORING_RULE.version, jenjang: 'administrator' });
    expect(r.gaps.filter((g) => g.gap < 0).map((g) => g.competency).sort()).toEqual(['INT', 'KOM']);
    expect(r.assessedOn).toBe('2026-12-01');
    expect(r.validUntil).toBe(validUntil('2026-12-01'));
    expect(r.validUntil).toBe('2029-11-30');
    expect(m.distribution).toEqual([
      { category: 'MS', count: 1 },
      { category: 'MMS', count: 0 },
      { category: 'KMS', count: 0 },
    ]);
    expect(m.averageGap.find((g) => g.competency === 'INT')!.average).toBe(-1);
    expect(m.averageGap.find((g) => g.competency === 'PP')!.average).toBe(0);
    expect(m.competencies).toHaveLength(9);
    expect(m.competencies[0]!.name.id.length).toBeGreaterThan(2);
  });

  it('uses the batch’s own rule: the capped rule counts no surplus', async () => {
    const levels = { p1: { INT: 5, KOM: 5, KS: 1 }, p2: {} };
    const plain = await integratedBatch(t.db, levels);
    await call(plain.registry, plain.lead, 'results.compute', { batchId: plain.batch.id });
    const a = (await call<ResultsMatrix>(plain.registry, plain.lead, 'results.list', { batchId: plain.batch.id })).rows.find((r) => r.participantId === plain.participants.p1)!;
    expect(a.jpm).toBe(107.41); // 29/27
    const t2 = tempDb();
    try {
      const capped = await integratedBatch(t2.db, levels, { scoringRuleVersion: 'asesa-2026.1-capped' });
      await call(capped.registry, capped.lead, 'results.compute', { batchId: capped.batch.id });
      const b = (await call<ResultsMatrix>(capped.registry, capped.lead, 'results.list', { batchId: capped.batch.id })).rows.find((r) => r.participantId === capped.participants.p1)!;
      expect(b).toMatchObject({ jpm: 92.59, ruleVersion: 'asesa-2026.1-capped', totalAchieved: 25 });
    } finally {
      t2.cleanup();
    }
  });

  it('applies the weights of the standard snapshot', async () => {
    const w = await integratedBatch(t.db, { p1: { INT: 1 }, p2: {} }, { lock: [] });
    // Weight INT ×3 in the batch's snapshot: (1·3 + 3·8) / (3·3 + 3·8) = 27/33 = 81.82 %.
    const snap = JSON.parse((t.db.prepare('SELECT standard_snapshot AS s FROM batch WHERE id = ?').get(w.batch.id) as { s: string }).s);
    snap.requirements = snap.requirements.map((r: { competency: string }) => (r.competency === 'INT' ? { ...r, weight: 3 } : r));
    t.db.prepare('UPDATE batch SET standard_snapshot = ? WHERE id = ?').run(JSON.stringify(snap), w.batch.id);
    await call(w.registry, w.lead, 'integration.lock', { batchId: w.batch.id, participantId: w.participants.p1, signOffName: 'Ketua' });
    await call(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    const r = (await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id })).rows[0]!;
    expect(r).toMatchObject({ totalAchieved: 27, totalRequired: 33, jpm: 81.82, category: 'MS' });
  });

  it('is idempotent: recomputing unchanged levels makes no new revision; a relock with new levels does', async () => {
    const w = await integratedBatch(t.db, { p1: { INT: 2 }, p2: { INT: 2, KOM: 2, KS: 2, MP: 2, OPH: 2, PB: 2, PDOL: 2 } });
    const first = await call<Compute>(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    expect(first).toMatchObject({ computed: 2, changed: 2, unchanged: 0, pending: [] });
    const before = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(before.rows.find((r) => r.participantId === w.participants.p2)).toMatchObject({ jpm: 74.07, category: 'MMS' });
    const audits = () => (t.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'result'").get() as { n: number }).n;
    const auditCount = audits();

    const again = await call<Compute>(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    expect(again).toMatchObject({ computed: 2, changed: 0, unchanged: 2 });
    const same = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(same.rows.map((r) => [r.revision, r.computedAt])).toEqual(before.rows.map((r) => [r.revision, r.computedAt]));
    expect(audits()).toBe(auditCount);

    // Unlock p1, change a level, relock: the result follows, with one new revision.
    await call(w.registry, w.lead, 'integration.unlock', { batchId: w.batch.id, participantId: w.participants.p1, reason: 'koreksi' });
    const pendingNow = await call<Compute>(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    expect(pendingNow.pending).toEqual([expect.objectContaining({ participantId: w.participants.p1, hasResult: true })]);
    await call(w.registry, w.lead, 'integration.decide', { batchId: w.batch.id, participantId: w.participants.p1, competency: 'INT', finalLevel: 3, rationale: 'koreksi' });
    await call(w.registry, w.lead, 'integration.lock', { batchId: w.batch.id, participantId: w.participants.p1, signOffName: 'Ketua' });
    expect(await call<Compute>(w.registry, w.lead, 'results.compute', { batchId: w.batch.id })).toMatchObject({ changed: 1, unchanged: 1 });
    const after = (await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id })).rows.find((r) => r.participantId === w.participants.p1)!;
    expect(after).toMatchObject({ jpm: 100, revision: before.rows.find((r) => r.participantId === w.participants.p1)!.revision + 1 });
  });

  it('gives the profile chart rows and finds a reusable result of the same jenjang', async () => {
    const w = await integratedBatch(t.db, { p1: { PP: 4 }, p2: {} });
    await call(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
    const profile = await call<{ rows: { competency: string; required: number; achieved: number; label: { id: string } }[] }>(w.registry, w.lead, 'results.profile', {
      batchId: w.batch.id,
      participantId: w.participants.p1,
    });
    expect(profile.rows).toHaveLength(9);
    expect(profile.rows.find((r) => r.competency === 'PP')).toMatchObject({ required: 3, achieved: 4 });
    const nip = (t.db.prepare('SELECT nip FROM participant WHERE id = ?').get(w.participants.p1) as { nip: string }).nip;
    // The batch is dated 2026-12-01: valid until 2029-11-30 whatever today is before that.
    const same = await call<ResultView[]>(w.registry, w.lead, 'results.reusable', { nip, jenjang: 'administrator' });
    expect(same.map((r) => r.participantId)).toEqual([w.participants.p1]);
    expect(same[0]!.expired).toBe(false);
    expect(await call<ResultView[]>(w.registry, w.lead, 'results.reusable', { nip, jenjang: 'pengawas' })).toEqual([]);
    // An old result (assessed 2020) is expired and not offered.
    t.db.prepare("UPDATE result SET assessed_on = '2020-01-10', valid_until = '2023-01-09' WHERE participant_id = ?").run(w.participants.p1);
    expect(await call<ResultView[]>(w.registry, w.lead, 'results.reusable', { nip, jenjang: 'administrator' })).toEqual([]);
    const m = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(m.rows.find((r) => r.participantId === w.participants.p1)!.expired).toBe(true);
  });

  it('refuses assessors and anonymous callers, and reports an unknown batch', async () => {
    const w = await integratedBatch(t.db, { p1: {}, p2: {} });
    expect((await refused(w.registry, w.A1, 'results.compute', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
    expect((await refused(w.registry, w.A1, 'results.list', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
    const anon = { db: t.db, session: { user: null, lastActivity: Date.now() } };
    expect((await refused(w.registry, anon, 'results.compute', { batchId: w.batch.id })).code).toBe('UNAUTHENTICATED');
    expect((await refused(w.registry, w.lead, 'results.compute', { batchId: 'nope' })).code).toBe('NOT_FOUND');
    const admin = contextAs(t.db, 'admin');
    expect(await call<Compute>(w.registry, admin, 'results.compute', { batchId: w.batch.id })).toMatchObject({ computed: 2 });
  });
});
