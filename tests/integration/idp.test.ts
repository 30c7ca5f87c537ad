import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdpView } from '../../shared/schemas/results';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused } from '../helpers/scoring-world';
import { integratedBatch } from './results-world';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

/** p1: INT one level short (light forms), KOM two levels short (heavy forms). */
async function world() {
  const w = await integratedBatch(t.db, { p1: { INT: 2, KOM: 1, PP: 4 }, p2: {} });
  await call(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
  const ref = { batchId: w.batch.id, participantId: w.participants.p1 };
  return { ...w, ref };
}

const toInput = (v: IdpView) => ({
  batchId: v.batchId,
  participantId: v.participantId,
  revision: v.revision,
  periodFrom: v.periodFrom,
  periodTo: v.periodTo,
  mentor: v.mentor,
  supervisor: v.supervisor,
  items: v.items.map((i) => ({ competency: i.competency, target: i.target, evidence: i.evidence, activities: i.activities.map((a) => ({ formCode: a.formCode, provider: a.provider, start: a.start, end: a.end, jp: a.jp })) })),
});

describe('IDP', () => {
  it('drafts one item per competency below standard with target level indicators and 70/20/10 activities', async () => {
    const w = await world();
    const v = await call<IdpView>(w.registry, w.lead, 'idp.generate', w.ref);
    expect(v.status).toBe('draft');
    expect(v.items.map((i) => [i.competency, i.achieved, i.required, i.target])).toEqual([
      ['INT', 2, 3, 3],
      ['KOM', 1, 3, 3],
    ]);
    // The plan covers the calendar year after the assessment (2026-12-01).
    expect([v.periodFrom, v.periodTo]).toEqual(['2027-01-01', '2027-12-31']);
    const int = v.items[0]!;
    expect(int.indicators.length).toBeGreaterThan(0);
    expect(int.indicators.every((i) => i.idNumber.startsWith('INT.3.'))).toBe(true);
    expect(int.indicators[0]!.text.id.length).toBeGreaterThan(10);
    expect(int.activities.map((a) => a.pillar).sort()).toEqual([10, 20, 70]);
    expect(int.activities.map((a) => a.formCode).sort()).toEqual(['bimbingan-di-tempat-kerja', 'coaching', 'e-learning']);
    expect(v.items[1]!.activities.map((a) => a.formCode).sort()).toEqual(['mentoring', 'pelatihan-manajerial', 'penugasan-proyek']);
    for (const a of v.items.flatMap((i) => i.activities)) {
      expect(a.start! >= v.periodFrom && a.end! <= v.periodTo && a.end! >= a.start!).toBe(true);
    }
    // Defaults: e-learning 4 + coaching 2 + guidance 4 + training 24 + mentoring 2 + project 10 = 46 JP in 2027.
    expect(v.jpByYear).toEqual([{ year: 2027, jp: 46, belowMinimum: false }]);
    expect(v.jpWarning).toBe(false);
    expect(v.items.find((i) => i.competency === 'PP')).toBeUndefined();
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'idp' AND action = 'generate'").get()).toEqual({ n: 1 });
  });

  it('uses the office’s JP conversion table', async () => {
    const w = await world();
    await call(w.registry, w.lead, 'results.saveSettings', { jpTable: { 'pelatihan-manajerial': 30, coaching: 3 } });
    const v = await call<IdpView>(w.registry, w.lead, 'idp.generate', w.ref);
    expect(v.items[1]!.activities.find((a) => a.formCode === 'pelatihan-manajerial')!.jp).toBe(30);
    expect(v.jpByYear[0]!.jp).toBe(4 + 3 + 4 + 30 + 2 + 10);
    expect((await refused(w.registry, w.lead, 'results.saveSettings', { jpTable: { 'kursus-terbang': 5 } })).code).toBe('VALIDATION');
  });

  it('lets the coordinator edit a draft (validated, optimistic) and warns below 20 JP a year', async () => {
    const w = await world();
    const v = await call<IdpView>(w.registry, w.lead, 'idp.generate', w.ref);
    const input = toInput(v);
    input.items = [{ ...input.items[0]!, evidence: 'Laporan atasan', activities: [{ formCode: 'coaching', provider: 'Kabid', start: '2027-02-01', end: '2027-07-31', jp: 2 }] }];
    input.mentor = 'Drs. Mentor';
    input.supervisor = 'Kepala Bidang';
    const edited = await call<IdpView>(w.registry, w.lead, 'idp.update', input);
    expect(edited.items).toHaveLength(1);
    expect(edited.items[0]!.indicators.length).toBeGreaterThan(0);
    expect(edited).toMatchObject({ mentor: 'Drs. Mentor', supervisor: 'Kepala Bidang', jpWarning: true, jpByYear: [{ year: 2027, jp: 2, belowMinimum: true }] });
    // A stale revision is refused as changed-since-opened, naming the stored revision.
    const stale = await refused(w.registry, w.lead, 'idp.update', input);
    expect(stale.code).toBe('STALE');
    expect(stale.message).toContain(`IDP, rev. ${edited.revision}`);
    // Bad values come back per field.
    const bad = { ...toInput(edited), items: [{ competency: 'XYZ', target: 3, evidence: '', activities: [{ formCode: 'terbang', provider: '', start: '2027-05-01', end: '2027-04-01', jp: 2 }] }] };
    const e = await refused(w.registry, w.lead, 'idp.update', bad);
    expect(e.code).toBe('VALIDATION');
    expect(e.details!.map((d) => d.path)).toEqual(['items.0.competency', 'items.0.activities.0.formCode', 'items.0.activities.0.end']);
    const below = { ...toInput(edited), items: [{ competency: 'INT', target: 1, evidence: '', activities: [] }] };
    expect((await refused(w.registry, w.lead, 'idp.update', below)).details![0]!.path).toBe('items.0.target');
    expect((await refused(w.registry, w.lead, 'idp.update', { ...toInput(edited), jpExtra: 1, items: [{ competency: 'INT', target: 3, activities: [{ formCode: 'coaching', start: null, end: null, jp: -1 }] }] })).code).toBe('VALIDATION');
  });

  it('needs both approvals before agreement; then in progress and done; every step audited', async () => {
    const w = await world();
    await call(w.registry, w.lead, 'idp.generate', w.ref);
    const agreeEarly = await refused(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'agreed' });
    expect(agreeEarly.code).toBe('BAD_INPUT');
    await call(w.registry, w.lead, 'idp.approve', { ...w.ref, by: 'assessee', date: '2027-01-05' });
    expect((await refused(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'agreed' })).code).toBe('BAD_INPUT');
    const approved = await call<IdpView>(w.registry, w.lead, 'idp.approve', { ...w.ref, by: 'supervisor', date: '2027-01-06' });
    expect(approved.approvals).toEqual({ assessee: '2027-01-05', supervisor: '2027-01-06' });
    expect((await call<IdpView>(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'agreed' })).status).toBe('agreed');
    // An agreed plan is not edited and not regenerated.
    const v = await call<IdpView>(w.registry, w.lead, 'idp.get', w.ref);
    expect((await refused(w.registry, w.lead, 'idp.update', toInput(v))).code).toBe('BAD_INPUT');
    expect((await refused(w.registry, w.lead, 'idp.generate', w.ref)).code).toBe('CONFLICT');
    expect((await refused(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'done' })).code).toBe('BAD_INPUT');
    await call(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'in-progress' });
    expect((await call<IdpView>(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'done' })).status).toBe('done');
    expect((await refused(w.registry, w.lead, 'idp.setStatus', { ...w.ref, status: 'draft' })).code).toBe('BAD_INPUT');
    const actions = (t.db.prepare("SELECT action FROM audit_log WHERE entity = 'idp' ORDER BY seq").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['generate', 'approve', 'approve', 'status', 'status', 'status']);
  });

  it('editing a draft withdraws earlier approvals; unknown plans are NOT_FOUND; assessors are refused', async () => {
    const w = await world();
    expect((await refused(w.registry, w.lead, 'idp.get', w.ref)).code).toBe('NOT_FOUND');
    await call(w.registry, w.lead, 'idp.generate', w.ref);
    await call(w.registry, w.lead, 'idp.approve', { ...w.ref, by: 'assessee', date: '2027-01-05' });
    const v = await call<IdpView>(w.registry, w.lead, 'idp.get', w.ref);
    const edited = await call<IdpView>(w.registry, w.lead, 'idp.update', toInput(v));
    expect(edited.approvals).toEqual({ assessee: null, supervisor: null });
    expect((await refused(w.registry, w.A1, 'idp.get', w.ref)).code).toBe('FORBIDDEN');
    // p2 has no gap: the draft has no items and warns (no JP planned).
    const none = await call<IdpView>(w.registry, w.lead, 'idp.generate', { batchId: w.batch.id, participantId: w.participants.p2 });
    expect(none.items).toEqual([]);
    expect(none.jpWarning).toBe(true);
  });
});
