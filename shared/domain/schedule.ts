import type { PlanAssignment, Slot } from './planning';

/**
 * Builds a timetable for assignments that have no slot yet: the earliest time at which the
 * participant and the assessor are both free, within working hours, skipping lunch. A group
 * exercise (one discussion with several participants) runs once for all its participants.
 */
export interface ScheduleOptions {
  days: readonly string[];
  dayStart: string; // '08:00'
  dayEnd: string; // '16:00'
  breaks: readonly { start: string; end: string }[];
  stepMinutes: number;
}

export const DEFAULT_SCHEDULE: Omit<ScheduleOptions, 'days'> = {
  dayStart: '08:00',
  dayEnd: '16:00',
  breaks: [{ start: '12:00', end: '13:00' }],
  stepMinutes: 15,
};

const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const toTime = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

interface Busy {
  day: string;
  start: number;
  end: number;
}

export interface ScheduleExercise {
  id: string;
  durationMinutes: number;
  group: boolean;
}

/** Returns every assignment with a slot; assignments that do not fit in the days get none. */
export function buildSchedule(
  assignments: readonly PlanAssignment[],
  exercises: readonly ScheduleExercise[],
  options: ScheduleOptions,
): PlanAssignment[] {
  const busy = new Map<string, Busy[]>();
  const isFree = (who: string, b: Busy) => !(busy.get(who) ?? []).some((x) => x.day === b.day && x.start < b.end && b.start < x.end);
  const book = (who: string, b: Busy) => busy.set(who, [...(busy.get(who) ?? []), b]);
  const fitsDay = (start: number, end: number) =>
    end <= toMin(options.dayEnd) && !options.breaks.some((br) => start < toMin(br.end) && toMin(br.start) < end);

  function earliest(people: string[], duration: number): Busy | null {
    for (const day of options.days) {
      for (let s = toMin(options.dayStart); s + duration <= toMin(options.dayEnd); s += options.stepMinutes) {
        const slot = { day, start: s, end: s + duration };
        if (fitsDay(slot.start, slot.end) && people.every((p) => isFree(p, slot))) return slot;
      }
    }
    return null;
  }

  const toSlot = (b: Busy, room: string): Slot => ({ day: b.day, start: toTime(b.start), end: toTime(b.end), room });
  const result = new Map<PlanAssignment, Slot | null>();
  const byId = new Map(exercises.map((e) => [e.id, e]));

  // Group exercises first: they need everyone at once, which gets harder as the days fill.
  for (const ex of exercises.filter((e) => e.group)) {
    const mine = assignments.filter((a) => a.exerciseId === ex.id);
    const people = [...new Set(mine.flatMap((a) => [`p:${a.participantId}`, `a:${a.assessorId}`]))];
    const slot = earliest(people, ex.durationMinutes);
    for (const p of people) if (slot) book(p, slot);
    for (const a of mine) result.set(a, slot && toSlot(slot, 'Ruang Diskusi'));
  }
  const assessorRooms = new Map<string, string>();
  for (const a of assignments) {
    const ex = byId.get(a.exerciseId);
    if (!ex || ex.group) continue;
    if (!assessorRooms.has(a.assessorId)) assessorRooms.set(a.assessorId, `Ruang ${assessorRooms.size + 1}`);
    const people = [`p:${a.participantId}`, `a:${a.assessorId}`];
    const slot = earliest(people, ex.durationMinutes);
    for (const p of people) if (slot) book(p, slot);
    result.set(a, slot && toSlot(slot, assessorRooms.get(a.assessorId)!));
  }
  return assignments.map((a) => ({ ...a, slot: result.get(a) ?? null }));
}

/** Every calendar day from start to end inclusive, as ISO dates. */
export function daysBetween(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  const d = new Date(`${startsOn}T00:00:00Z`);
  const end = new Date(`${endsOn}T00:00:00Z`);
  while (d <= end && days.length < 366) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}
