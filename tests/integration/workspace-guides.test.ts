import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewGuide } from '../../shared/schemas/interview-guide';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

describe('per-batch interview guides (issue 5)', () => {
  it('seeds the batch’s own copy on first use and keeps edits in that batch', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const guides = await call<InterviewGuide[]>(w.registry, w.A1, 'guides.list', { batchId: w.batch.id });
    expect(guides.map((g) => g.competency)).toEqual(w.codes);
    expect(guides[0]!.mainQuestion.id).toMatch(/^Ceritakan /);
    const edited = {
      ...guides[0]!,
      mainQuestion: { id: 'Ceritakan saat Anda menolak gratifikasi.', en: 'Tell me about a time you refused a gift.' },
    };
    delete (edited as Partial<typeof edited & { updatedAt: string; revision: number }>).updatedAt;
    delete (edited as Partial<typeof edited & { updatedAt: string; revision: number }>).revision;
    expect(
      (await refused(w.registry, w.A1, 'guides.save', { batchId: w.batch.id, guide: edited, revision: 1 })).code,
    ).toBe('FORBIDDEN');
    const saved = await call<InterviewGuide & { revision: number }>(w.registry, w.lead, 'guides.save', {
      batchId: w.batch.id,
      guide: edited,
      revision: 1,
    });
    expect(saved.mainQuestion.id).toBe('Ceritakan saat Anda menolak gratifikasi.');
    expect(saved.revision).toBe(2);
    // A second editor who opened revision 1 is refused, not allowed to overwrite revision 2.
    const late = { ...edited, mainQuestion: { id: 'Versi lain.', en: 'Another version.' } };
    for (const revision of [1, null, 3]) {
      const stale = await refused(w.registry, w.lead, 'guides.save', { batchId: w.batch.id, guide: late, revision });
      expect(stale.code).toBe('STALE');
      expect(stale.message).toContain('Integritas, rev. 2');
    }
    const again = await call<InterviewGuide[]>(w.registry, w.A2, 'guides.list', { batchId: w.batch.id });
    expect(again[0]!.mainQuestion.id).toBe('Ceritakan saat Anda menolak gratifikasi.');
    expect(again).toHaveLength(9);
    const blank = await refused(w.registry, w.lead, 'guides.save', {
      batchId: w.batch.id,
      guide: { ...edited, probes: { ...edited.probes, action: [] } },
      revision: 2,
    });
    expect(blank.code).toBe('VALIDATION');
  });

  it('is not shown to an assessor outside the batch team', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const outsider = contextAs(t.db, 'assessor', 'asesor-luar');
    expect((await refused(w.registry, outsider, 'guides.list', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
  });

  it('keeps the guides of a closed batch as they were, and saves while the batch runs', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const [first] = await call<(InterviewGuide & { updatedAt?: string; revision?: number })[]>(
      w.registry,
      w.lead,
      'guides.list',
      { batchId: w.batch.id },
    );
    const { updatedAt: _u, revision: _r, ...guide } = first!;
    const running = { ...guide, lookFors: [...guide.lookFors, { id: 'Melapor ke atasan', en: 'Reports to a superior' }] };
    const saved = await call<InterviewGuide & { revision: number }>(w.registry, w.lead, 'guides.save', {
      batchId: w.batch.id,
      guide: running,
      revision: 1,
    });
    expect(saved.lookFors.at(-1)!.id).toBe('Melapor ke atasan');
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'closed' });
    const e = await refused(w.registry, w.lead, 'guides.save', { batchId: w.batch.id, guide, revision: saved.revision });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(/closed/);
    const after = await call<InterviewGuide[]>(w.registry, w.A1, 'guides.list', { batchId: w.batch.id });
    expect(after[0]!.lookFors.at(-1)!.id).toBe('Melapor ke atasan');
  });
});
