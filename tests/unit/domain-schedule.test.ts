import { describe, expect, it } from 'vitest';
import { autoAssign, planningWarnings } from '../../shared/domain/planning';
import { buildSchedule, daysBetween, DEFAULT_SCHEDULE } from '../../shared/domain/schedule';

const participants = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id, i) => ({ id, unit: `U${i}` }));
const assessors = ['a1', 'a2', 'a3'].map((id) => ({ id, unit: 'BPSDM', certificateExpiry: '2030-01-01' }));
const exercises = [
  { id: 'BEI', competencies: ['INT', 'KS'], durationMinutes: 90, group: false },
  { id: 'LGD', competencies: ['INT', 'KS'], durationMinutes: 60, group: true },
  { id: 'IT', competencies: ['INT', 'KS'], durationMinutes: 60, group: false },
];
const base = { participants, assessors, exercises, competencies: ['INT', 'KS'], startsOn: '2026-12-01' };

describe('schedule', () => {
  const assigned = autoAssign(base);
  const scheduled = buildSchedule(assigned, exercises, { ...DEFAULT_SCHEDULE, days: daysBetween('2026-12-01', '2026-12-02') });

  it('gives every assignment a slot within working hours, avoiding lunch', () => {
    expect(scheduled.every((a) => a.slot)).toBe(true);
    for (const a of scheduled) {
      expect(a.slot!.start >= '08:00' && a.slot!.end <= '16:00').toBe(true);
      expect(a.slot!.end <= '12:00' || a.slot!.start >= '13:00').toBe(true);
    }
  });

  it('never double-books a participant or an assessor (the planning check agrees)', () => {
    const warnings = planningWarnings({ ...base, assignments: scheduled });
    expect(warnings.filter((w) => w.code === 'assessor-overload' || w.code === 'participant-clash')).toEqual([]);
  });

  it('runs the group discussion once for everyone, in one room', () => {
    const lgd = scheduled.filter((a) => a.exerciseId === 'LGD');
    expect(new Set(lgd.map((a) => `${a.slot!.day} ${a.slot!.start}`)).size).toBe(1);
    expect(lgd[0]!.slot!.room).toBe('Ruang Diskusi');
  });

  it('leaves assignments without a slot when the days are full', () => {
    const tight = buildSchedule(assigned, exercises, { ...DEFAULT_SCHEDULE, days: ['2026-12-01'], dayEnd: '10:00' });
    expect(tight.some((a) => a.slot === null)).toBe(true);
  });

  it('lists days inclusively', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });
});
