import { describe, expect, it } from 'vitest';
import { autoAssign, planningWarnings, type Plan } from '../../shared/domain/planning';

const participants = ['p1', 'p2', 'p3', 'p4'].map((id, i) => ({ id, unit: i === 0 ? 'Dinas Kesehatan' : `Unit ${i}` }));
const assessors = [
  { id: 'a1', unit: 'Dinas Kesehatan', certificateExpiry: '2027-12-31' },
  { id: 'a2', unit: 'BKD', certificateExpiry: '2027-12-31' },
  { id: 'a3', unit: 'BPSDM', certificateExpiry: '2027-12-31' },
];
const exercises = [
  { id: 'BEI', competencies: ['INT', 'KS', 'KOM'] },
  { id: 'LGD', competencies: ['KS', 'KOM'] },
  { id: 'IT', competencies: ['INT', 'PK'] },
];
const base: Omit<Plan, 'assignments'> = {
  participants,
  assessors,
  exercises,
  competencies: ['INT', 'KS', 'KOM', 'PK'],
  startsOn: '2026-12-01',
};
const codes = (plan: Plan) => planningWarnings(plan).map((w) => w.code);

describe('planning checks', () => {
  it('warns when a competency is covered by fewer than two exercises', () => {
    const w = planningWarnings({ ...base, assignments: autoAssign(base) });
    expect(w).toContainEqual({ code: 'competency-coverage', competency: 'PK', exercises: 1 });
    expect(w.filter((x) => x.code === 'competency-coverage')).toHaveLength(1);
  });

  it('warns on group sizes outside 4–8', () => {
    const three = { ...base, participants: participants.slice(0, 3) };
    expect(codes({ ...three, assignments: autoAssign(three) })).toContain('group-size');
    expect(codes({ ...base, assignments: autoAssign(base) })).not.toContain('group-size');
  });

  it('warns about fewer than two assessors, own-unit assessors and expired certificates', () => {
    const assignments = exercises.map((e) => ({ participantId: 'p1', assessorId: 'a1', exerciseId: e.id }));
    const plan = { ...base, participants: participants.slice(0, 1), assessors: [{ ...assessors[0]!, certificateExpiry: '2026-06-30' }], assignments };
    const w = planningWarnings(plan);
    expect(w).toContainEqual({ code: 'too-few-assessors', participantId: 'p1', count: 1 });
    expect(w).toContainEqual({ code: 'same-unit', participantId: 'p1', assessorId: 'a1', unit: 'Dinas Kesehatan' });
    expect(w).toContainEqual({ code: 'certificate-expired', assessorId: 'a1', expiry: '2026-06-30' });
  });

  it('warns when an assessor has two sessions at the same time, not for one group session', () => {
    const slot = { day: '2026-12-01', start: '08:00', end: '09:30' };
    const group = ['p1', 'p2'].map((p) => ({ participantId: p, assessorId: 'a2', exerciseId: 'LGD', slot }));
    expect(codes({ ...base, assignments: group })).not.toContain('assessor-overload');
    const clash = [...group, { participantId: 'p3', assessorId: 'a2', exerciseId: 'BEI', slot: { ...slot, start: '09:00', end: '10:00' } }];
    expect(planningWarnings({ ...base, assignments: clash })).toContainEqual(
      expect.objectContaining({ code: 'assessor-overload', assessorId: 'a2', count: 2 }),
    );
  });
});

describe('automatic assignment', () => {
  const result = autoAssign(base);

  it('assigns every participant × exercise exactly once', () => {
    expect(result).toHaveLength(participants.length * exercises.length);
    const keys = new Set(result.map((r) => `${r.participantId}|${r.exerciseId}`));
    expect(keys.size).toBe(12);
  });

  it('balances load across assessors', () => {
    const loads = assessors.map((a) => result.filter((r) => r.assessorId === a.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('never puts an own-unit assessor on a participant when others are free, and gives everyone ≥2 assessors', () => {
    expect(result.filter((r) => r.participantId === 'p1' && r.assessorId === 'a1')).toEqual([]);
    const w = planningWarnings({ ...base, assignments: result });
    expect(w.filter((x) => x.code === 'same-unit' || x.code === 'too-few-assessors')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(autoAssign(base)).toEqual(result);
  });
});
