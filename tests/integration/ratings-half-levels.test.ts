import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ScoringRuleModule from '../../shared/domain/scoring-rule';
import type { IntegrationMatrix, RatingView } from '../../shared/schemas/scoring';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';

// No shipped rule allows half levels yet; this test adds one, as a future rule version would.
vi.mock('../../shared/domain/scoring-rule', async (importOriginal) => {
  const m = await importOriginal<typeof ScoringRuleModule>();
  const half = {
    ...m.DEFAULT_SCORING_RULE,
    version: 'test-half-levels',
    label: 'half levels',
    halfLevels: true,
    aggregation: 'mean' as const,
  };
  return {
    ...m,
    SCORING_RULES: [...m.SCORING_RULES, half],
    findScoringRule: (v: string) => (v === half.version ? half : m.findScoringRule(v)),
  };
});

let t: TempDb;
afterEach(() => t?.cleanup());

describe('half levels when the batch’s rule allows them (issue 5)', () => {
  it('stores 2.5, refuses 2.25, and suggests and decides on half levels', async () => {
    t = tempDb();
    const w = await runningBatch(t.db, { scoringRuleVersion: 'test-half-levels' });
    const r = await call<RatingView>(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 2.5,
      rationale: 'di kertas',
    });
    expect(r.level).toBe(2.5);
    const bad = await refused(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c1,
      level: 2.25,
      rationale: 'x',
    });
    expect(bad.details).toEqual([
      {
        path: 'level',
        message:
          "aturan penilaian kegiatan ini hanya mengizinkan level 1 sampai 5 dengan kelipatan 0,5 / the batch's scoring rule allows only a level from 1 to 5 in steps of 0.5",
      },
    ]);
    await call(w.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c1,
      level: 3,
      rationale: 'di kertas',
    });
    await call(w.registry, w.A2, 'ratings.save', {
      assignmentId: w.asg.p1e2,
      competency: w.c0,
      level: 4,
      rationale: 'di kertas',
    });
    await call(w.registry, w.A2, 'ratings.save', {
      assignmentId: w.asg.p1e2,
      competency: w.c2,
      level: 3,
      rationale: 'di kertas',
    });
    await call(w.registry, w.A1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    await call(w.registry, w.A2, 'ratings.submit', { assignmentId: w.asg.p1e2 });
    await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    const m = await call<IntegrationMatrix>(w.registry, w.lead, 'integration.matrix', { batchId: w.batch.id });
    expect(m.rule.statement.en).toMatch(/^Suggested level = mean .* rounded to a multiple of 0\.5/);
    // Worked example: mean of 2.5 and 4 = 3.25 → to the nearest half: 3.5 (an exact quarter rounds half-up).
    const cell = m.participants
      .find((p) => p.participantId === w.participants.p1)!
      .cells.find((c) => c.competency === w.c0)!;
    expect(cell.suggestedLevel).toBe(3.5);
    const decided = await call<{ decision: { finalLevel: number } }>(w.registry, w.lead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: w.participants.p1,
      competency: w.c0,
      finalLevel: 3.5,
    });
    expect(decided.decision.finalLevel).toBe(3.5);
  });
});
