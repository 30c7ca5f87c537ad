import type { Db } from '../../electron/db/connection';
import { call, runningBatch } from '../helpers/scoring-world';

/**
 * A batch through the integration meeting with final levels chosen by the test:
 * `levels(participant)(competency)` → final level. Participants in `lock` are locked.
 * The administrator default standard requires level 3 in all nine competencies (total 27).
 */
export async function integratedBatch(
  db: Db,
  levels: { p1: Record<string, number>; p2: Record<string, number> },
  opts: { lock?: ('p1' | 'p2')[]; scoringRuleVersion?: string } = {},
) {
  const w = await runningBatch(db, { scoringRuleVersion: opts.scoringRuleVersion });
  await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
  const codes = w.codes;
  for (const key of ['p1', 'p2'] as const) {
    for (const c of codes) {
      await call(w.registry, w.lead, 'integration.decide', {
        batchId: w.batch.id,
        participantId: w.participants[key],
        competency: c,
        finalLevel: levels[key][c] ?? 3,
        rationale: 'ditetapkan dalam rapat integrasi (uji)',
      });
    }
  }
  for (const key of opts.lock ?? ['p1', 'p2']) {
    await call(w.registry, w.lead, 'integration.lock', { batchId: w.batch.id, participantId: w.participants[key], signOffName: 'Ketua Tim' });
  }
  return w;
}
