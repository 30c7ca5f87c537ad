import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { Db } from '../../electron/db/connection';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { batchWorld } from './batch-world';

export async function call<T = unknown>(
  registry: HandlerRegistry,
  ctx: ServiceContext,
  name: string,
  input: unknown,
): Promise<T> {
  const env = await registry.dispatch(name, input, ctx.session);
  if (!env.ok)
    throw new Error(`${name}: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.details ?? [])}`);
  return env.value as T;
}

/** The error envelope of a call that must fail. */
export async function refused(registry: HandlerRegistry, ctx: ServiceContext, name: string, input: unknown) {
  const env = await registry.dispatch(name, input, ctx.session);
  if (env.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(env.value)}`);
  return env.error;
}

export const asContext = (
  db: Db,
  id: string,
  role: 'assessor' | 'coordinator' | 'admin' = 'assessor',
): ServiceContext => ({
  db,
  session: { user: { id, role }, lastActivity: Date.now() },
});

/** The idNumber of an indicator of `competency` at `level` in a framework version. */
export function indicatorAt(db: Db, versionId: string, competency: string, level: number, n = 1): string {
  const row = db
    .prepare(
      `SELECT i.id_number FROM framework_node i JOIN framework_node lv ON lv.version_id = i.version_id AND lv.id_number = i.parent_id_number
       WHERE i.version_id = ? AND lv.parent_id_number = ? AND lv.level = ? AND i.kind = 'indicator' AND i.deleted_at IS NULL
       ORDER BY i.sort_order, i.id_number LIMIT 1 OFFSET ?`,
    )
    .get(versionId, competency, level, n - 1) as { id_number: string } | undefined;
  if (!row) throw new Error(`no indicator ${n} of ${competency} at level ${level}`);
  return row.id_number;
}

/**
 * A running batch with two participants and two assessors, assigned crosswise so both
 * assessors score each participant in different exercises:
 *   interview (E1) measures C0, C1; role play (E2) measures C0, C2;
 *   P1: A1 on E1, A2 on E2;  P2: A2 on E1, A1 on E2.
 * The coordinator is the batch's ketua tim.
 */
export async function runningBatch(
  db: Db,
  opts: { scoringRuleVersion?: string; status?: 'planning' | 'running' } = {},
) {
  const w = batchWorld(db, { participants: 2, assessors: 2 });
  const registry = buildRegistry(db, () => {});
  const lead = w.coordinator;
  const batch = await call<{ id: string; frameworkVersionId: string }>(registry, lead, 'batches.create', {
    name: 'Asesmen Administrator 2026',
    purpose: 'pengisian',
    standardId: w.standardId,
    startsOn: '2026-12-01',
    endsOn: '2026-12-01',
    venue: 'BPSDM Samarinda',
    scoringRuleVersion: opts.scoringRuleVersion ?? DEFAULT_SCORING_RULE.version,
  });
  const [a1, a2] = w.assessors as [string, string];
  const [p1, p2] = w.participants as [string, string];
  await call(registry, lead, 'batches.setTeam', {
    batchId: batch.id,
    members: [
      { userId: lead.session.user!.id, role: 'ketua' },
      { userId: a1, role: 'asesor' },
      { userId: a2, role: 'asesor' },
    ],
  });
  await call(registry, lead, 'batches.addParticipants', { batchId: batch.id, participantIds: [p1, p2] });
  const codes = (
    db
      .prepare(
        'SELECT competency_id_number AS c FROM position_standard_requirement WHERE standard_id = ? AND deleted_at IS NULL ORDER BY c',
      )
      .all(w.standardId) as {
      c: string;
    }[]
  ).map((r) => r.c);
  const [c0, c1, c2] = codes as [string, string, string];
  const e1 = await call<{ id: string }>(registry, lead, 'exercises.add', {
    batchId: batch.id,
    exercise: { kind: 'bei', name: 'Wawancara Perilaku', durationMinutes: 90 },
  });
  const e2 = await call<{ id: string }>(registry, lead, 'exercises.add', {
    batchId: batch.id,
    exercise: { kind: 'role-play', name: 'Role Play', durationMinutes: 45 },
  });
  await call(registry, lead, 'exercises.setCompetencies', { exerciseId: e1.id, competencies: [c0, c1] });
  await call(registry, lead, 'exercises.setCompetencies', { exerciseId: e2.id, competencies: [c0, c2] });
  const assign = async (participantId: string, assessorId: string, exerciseId: string, start: string, end: string) =>
    (
      await call<{ id: string }>(registry, lead, 'assignments.assign', {
        batchId: batch.id,
        participantId,
        assessorId,
        exerciseId,
        slot: { day: '2026-12-01', start, end, room: 'R1' },
      })
    ).id;
  const asg = {
    p1e1: await assign(p1, a1, e1.id, '08:00', '09:30'),
    p1e2: await assign(p1, a2, e2.id, '10:00', '10:45'),
    p2e1: await assign(p2, a2, e1.id, '08:00', '09:30'),
    p2e2: await assign(p2, a1, e2.id, '10:00', '10:45'),
  };
  if ((opts.status ?? 'running') === 'running')
    await call(registry, lead, 'batches.setStatus', { id: batch.id, status: 'running' });
  return {
    registry,
    lead,
    A1: asContext(db, a1),
    A2: asContext(db, a2),
    batch,
    participants: { p1, p2 },
    exercises: { e1: e1.id, e2: e2.id },
    codes,
    c0,
    c1,
    c2,
    asg,
    indicator: (competency: string, level: number, n = 1) =>
      indicatorAt(db, batch.frameworkVersionId, competency, level, n),
  };
}
