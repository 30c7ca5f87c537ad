import { afterEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { batchWorld } from '../helpers/batch-world';
import { contextAs, tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

async function call<T = unknown>(registry: HandlerRegistry, ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const env = await registry.dispatch(name, input, ctx.session);
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.details ?? [])}`);
  return env.value as T;
}

const EXERCISES = [
  { kind: 'bei', name: 'Wawancara Perilaku', durationMinutes: 90 },
  { kind: 'in-tray', name: 'In-tray', durationMinutes: 60 },
  { kind: 'diskusi-kelompok', name: 'Diskusi Kelompok', durationMinutes: 60 },
  { kind: 'role-play', name: 'Role Play', durationMinutes: 45 },
] as const;

async function plannedBatch() {
  t = tempDb();
  const w = batchWorld(t.db, { participants: 4, assessors: 3 });
  const registry = buildRegistry(t.db, () => {});
  const batch = await call<{ id: string; frameworkVersionId: string; status: string }>(registry, w.coordinator, 'batches.create', {
    name: 'Asesmen Administrator 2026',
    purpose: 'pengisian',
    standardId: w.standardId,
    startsOn: '2026-12-01',
    endsOn: '2026-12-02',
    venue: 'Gedung BPSDM Samarinda',
    scoringRuleVersion: DEFAULT_SCORING_RULE.version,
  });
  await call(registry, w.coordinator, 'batches.setTeam', {
    batchId: batch.id,
    members: [{ userId: w.coordinator.session.user!.id, role: 'ketua' }, ...w.assessors.map((userId) => ({ userId, role: 'asesor' }))],
  });
  await call(registry, w.coordinator, 'batches.addParticipants', { batchId: batch.id, participantIds: w.participants });
  for (const a of w.assessors) {
    await call(registry, w.coordinator, 'assessors.saveProfile', { userId: a, certificateNumber: `CERT-${a.slice(-4)}`, certificateLevel: 'Ahli Muda', certificateExpiry: '2028-12-31', unit: 'BPSDM' });
  }
  const exercises = [];
  for (const e of EXERCISES) exercises.push(await call<{ id: string }>(registry, w.coordinator, 'exercises.add', { batchId: batch.id, exercise: e }));
  return { w, registry, batch, exercises };
}

describe('batch planning (issue 4)', () => {
  it('records the framework version in force and locks it', async () => {
    const { batch } = await plannedBatch();
    const usage = t.db.prepare('SELECT used_by FROM framework_version_usage WHERE version_id = ?').all(batch.frameworkVersionId) as { used_by: string }[];
    expect(usage.map((u) => u.used_by)).toEqual([`batch:${batch.id}`]);
    expect(batch.status).toBe('planning');
  });

  it('fills the matrix, warns about thin coverage, auto-assigns and schedules without clashes', async () => {
    const { w, registry, batch, exercises } = await plannedBatch();
    const detail0 = await call<{ participants: unknown[]; team: unknown[] }>(registry, w.coordinator, 'batches.get', { id: batch.id });
    expect(detail0.participants).toHaveLength(4);
    // Every competency is measured by the interview; only INT also by the in-tray.
    const codes = (t.db.prepare("SELECT competency_id_number AS c FROM position_standard_requirement WHERE standard_id = ? AND deleted_at IS NULL").all(w.standardId) as { c: string }[]).map((r) => r.c);
    expect(codes.length).toBe(9);
    await call(registry, w.coordinator, 'exercises.setCompetencies', { exerciseId: exercises[0]!.id, competencies: codes });
    await call(registry, w.coordinator, 'exercises.setCompetencies', { exerciseId: exercises[1]!.id, competencies: [codes[0]] });

    let warnings = await call<{ code: string; competency?: string }[]>(registry, w.coordinator, 'batches.warnings', { batchId: batch.id });
    expect(warnings.filter((x) => x.code === 'competency-coverage').map((x) => x.competency)).toEqual(codes.slice(1));
    expect(warnings.filter((x) => x.code === 'too-few-assessors')).toHaveLength(4);

    // Resolve: the discussion and role play cover the rest.
    await call(registry, w.coordinator, 'exercises.setCompetencies', { exerciseId: exercises[2]!.id, competencies: codes.slice(1, 5) });
    await call(registry, w.coordinator, 'exercises.setCompetencies', { exerciseId: exercises[3]!.id, competencies: codes.slice(5) });
    await call(registry, w.coordinator, 'exercises.setCompetencies', { exerciseId: exercises[1]!.id, competencies: codes });
    const assignments = await call<{ assessorId: string; day: string | null }[]>(registry, w.coordinator, 'assignments.auto', { batchId: batch.id });
    expect(assignments).toHaveLength(16);
    expect(assignments.every((a) => a.day !== null)).toBe(true);
    warnings = await call(registry, w.coordinator, 'batches.warnings', { batchId: batch.id });
    expect(warnings).toEqual([]);
  });

  it('refuses competencies outside the standard, and plan changes after planning', async () => {
    const { w, registry, batch, exercises } = await plannedBatch();
    const bad = await registry.dispatch('exercises.setCompetencies', { exerciseId: exercises[0]!.id, competencies: ['NOPE'] }, w.coordinator.session);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.[0]?.message).toBe(
        'NOPE tidak termasuk dalam standar kompetensi jabatan kegiatan ini / NOPE is not in the position standard of this batch',
      );
    await call(registry, w.coordinator, 'batches.setStatus', { id: batch.id, status: 'running' });
    const late = await registry.dispatch('exercises.add', { batchId: batch.id, exercise: EXERCISES[0] }, w.coordinator.session);
    expect(late.ok).toBe(false);
    const skip = await registry.dispatch('batches.setStatus', { id: batch.id, status: 'closed' }, w.coordinator.session);
    expect(skip.ok).toBe(false);
  });

  it('keeps what the batch is measured against when the standard changes later', async () => {
    const { w, batch } = await plannedBatch();
    t.db.prepare('UPDATE position_standard_requirement SET required_level = 5 WHERE standard_id = ?').run(w.standardId);
    const snapshot = JSON.parse((t.db.prepare('SELECT standard_snapshot FROM batch WHERE id = ?').get(batch.id) as { standard_snapshot: string }).standard_snapshot);
    expect(new Set(snapshot.requirements.map((r: { level: number }) => r.level))).toEqual(new Set([3]));
  });

  it('refuses to delete a participant enrolled in a batch, naming it; after removal from the plan the delete goes through', async () => {
    const { w, registry, batch } = await plannedBatch();
    const [p1] = w.participants as [string];
    const refused = await registry.dispatch('participants.delete', { id: p1 }, w.coordinator.session);
    expect(!refused.ok && refused.error.code).toBe('BAD_INPUT');
    expect(!refused.ok && refused.error.message).toContain(
      'peserta ini terdaftar dalam kegiatan "Asesmen Administrator 2026" dan catatan asesmennya bergantung padanya',
    );
    expect(t.db.prepare('SELECT deleted_at FROM participant WHERE id = ?').pluck().get(p1)).toBeNull();
    await call(registry, w.coordinator, 'batches.removeParticipant', { batchId: batch.id, participantId: p1 });
    expect(await call(registry, w.coordinator, 'participants.delete', { id: p1 })).toEqual({ deleted: true });
  });

  it('is refused to assessors', async () => {
    const { registry: reg } = await plannedBatch();
    const assessor = contextAs(t.db, 'assessor', 'asesor-lain');
    const res = await reg.dispatch('batches.list', {}, assessor.session);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('FORBIDDEN');
  });

  it('assigns by hand only within the batch', async () => {
    const { w, registry, batch, exercises } = await plannedBatch();
    const outsider = contextAs(t.db, 'assessor', 'asesor-luar').session.user!.id;
    const res = await registry.dispatch(
      'assignments.assign',
      { batchId: batch.id, participantId: w.participants[0], assessorId: outsider, exerciseId: exercises[0]!.id, slot: null },
      w.coordinator.session,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.details).toEqual([
        { path: 'assessorId', message: 'bukan asesor dalam tim kegiatan ini / not an assessor of this batch team' },
      ]);
    const ok = await call<{ assessorId: string }>(registry, w.coordinator, 'assignments.assign', {
      batchId: batch.id,
      participantId: w.participants[0],
      assessorId: w.assessors[0],
      exerciseId: exercises[0]!.id,
      slot: { day: '2026-12-01', start: '08:00', end: '09:30', room: 'Ruang 1' },
    });
    expect(ok.assessorId).toBe(w.assessors[0]);
  });
});
