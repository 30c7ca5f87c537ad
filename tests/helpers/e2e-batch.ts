import type { Db } from '../../electron/db/connection';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { ADMIN } from './e2e';

/** One channel call on the main side of an e2e app, as `ctx`'s user; a refusal throws. */
export async function api<T>(registry: HandlerRegistry, ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const env = await registry.dispatch(name, input, ctx.session);
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.details ?? [])}`);
  return env.value as T;
}

export const as = (db: Db, id: string, role: 'admin' | 'coordinator' | 'assessor'): ServiceContext => ({
  db,
  session: { user: { id, role }, lastActivity: Date.now() },
});

interface Person {
  username: string;
  displayName: string;
}

/**
 * Through the channels, as the app's users would, after first-run setup: a coordinator and
 * assessors with `password`, one participant (Andi Wijaya), and a batch on the default
 * administrator standard with that team (the coordinator as ketua tim when `coordinatorIsKetua`).
 * The batch stays in planning: each test adds its exercises and assignments.
 */
export async function seedBatch(
  db: Db,
  password: string,
  people: { coordinator: Person; assessors: Person[]; coordinatorIsKetua?: boolean },
) {
  const registry = buildRegistry(db, () => {});
  const adminId = (db.prepare('SELECT id FROM user WHERE username = ?').get(ADMIN.username) as { id: string }).id;
  const admin = as(db, adminId, 'admin');
  const user = (p: Person, role: 'coordinator' | 'assessor') =>
    api<{ id: string }>(registry, admin, 'users.create', { ...p, role, password });
  const coordinator = as(db, (await user(people.coordinator, 'coordinator')).id, 'coordinator');
  const assessorIds: string[] = [];
  for (const p of people.assessors) assessorIds.push((await user(p, 'assessor')).id);
  const participant = await api<{ id: string }>(registry, coordinator, 'participants.create', {
    nip: '198501012010011001',
    name: 'Andi Wijaya',
    unit: 'Bappeda',
  });
  const standard = db
    .prepare("SELECT id FROM position_standard WHERE jenjang = 'administrator' AND deleted_at IS NULL ORDER BY is_default DESC LIMIT 1")
    .get() as { id: string };
  const batch = await api<{ id: string }>(registry, coordinator, 'batches.create', {
    name: 'Asesmen Administrator 2026',
    purpose: 'pengisian',
    standardId: standard.id,
    startsOn: '2026-12-01',
    endsOn: '2026-12-01',
    venue: 'BPSDM Samarinda',
    scoringRuleVersion: DEFAULT_SCORING_RULE.version,
  });
  await api(registry, coordinator, 'batches.setTeam', {
    batchId: batch.id,
    members: [
      ...(people.coordinatorIsKetua ? [{ userId: coordinator.session.user!.id, role: 'ketua' }] : []),
      ...assessorIds.map((userId) => ({ userId, role: 'asesor' })),
    ],
  });
  await api(registry, coordinator, 'batches.addParticipants', { batchId: batch.id, participantIds: [participant.id] });
  const codes = (
    db
      .prepare('SELECT competency_id_number AS c FROM position_standard_requirement WHERE standard_id = ? AND deleted_at IS NULL ORDER BY c')
      .all(standard.id) as { c: string }[]
  ).map((r) => r.c);
  return { registry, coordinator, assessorIds, participantId: participant.id, batchId: batch.id, codes };
}
