/**
 * Batch planning checks (domain.md §2.4, §8.3): warnings with reasons, never hard blocks —
 * a coordinator may have a good reason, but must see the problem.
 */
export interface PlanParticipant {
  id: string;
  unit: string | null;
}
export interface PlanAssessor {
  id: string;
  unit: string | null;
  /** ISO date; null when no certificate is recorded. */
  certificateExpiry: string | null;
}
export interface PlanExercise {
  id: string;
  competencies: readonly string[];
}
export interface Slot {
  day: string; // YYYY-MM-DD
  start: string; // HH:MM
  end: string; // HH:MM
  room?: string | null;
}
export interface PlanAssignment {
  participantId: string;
  assessorId: string;
  exerciseId: string;
  slot?: Slot | null;
}
export interface Plan {
  participants: readonly PlanParticipant[];
  assessors: readonly PlanAssessor[];
  exercises: readonly PlanExercise[];
  assignments: readonly PlanAssignment[];
  /** Competency codes the target standard requires. */
  competencies: readonly string[];
  /** First day of the batch, ISO date: certificates must be valid then. */
  startsOn: string;
}

export type PlanWarning =
  | { code: 'too-few-assessors'; participantId: string; count: number }
  | { code: 'group-size'; size: number }
  | { code: 'competency-coverage'; competency: string; exercises: number }
  | { code: 'same-unit'; participantId: string; assessorId: string; unit: string }
  | { code: 'certificate-expired'; assessorId: string; expiry: string | null }
  | { code: 'assessor-overload'; assessorId: string; day: string; start: string; count: number }
  | { code: 'participant-clash'; participantId: string; day: string; start: string };

export const MIN_ASSESSORS_PER_PARTICIPANT = 2;
export const GROUP_SIZE = { min: 4, max: 8 } as const;
export const MIN_EXERCISES_PER_COMPETENCY = 2;

const sameUnit = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

const overlaps = (a: Slot, b: Slot) => a.day === b.day && a.start < b.end && b.start < a.end;

export function planningWarnings(plan: Plan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const n = plan.participants.length;
  if (n > 0 && (n < GROUP_SIZE.min || n > GROUP_SIZE.max)) warnings.push({ code: 'group-size', size: n });

  for (const competency of plan.competencies) {
    const count = plan.exercises.filter((e) => e.competencies.includes(competency)).length;
    if (count < MIN_EXERCISES_PER_COMPETENCY) warnings.push({ code: 'competency-coverage', competency, exercises: count });
  }

  const assessorsById = new Map(plan.assessors.map((a) => [a.id, a]));
  for (const p of plan.participants) {
    const mine = plan.assignments.filter((a) => a.participantId === p.id);
    const distinct = new Set(mine.map((a) => a.assessorId));
    if (distinct.size < MIN_ASSESSORS_PER_PARTICIPANT) {
      warnings.push({ code: 'too-few-assessors', participantId: p.id, count: distinct.size });
    }
    for (const assessorId of distinct) {
      const assessor = assessorsById.get(assessorId);
      if (assessor && sameUnit(assessor.unit, p.unit)) {
        warnings.push({ code: 'same-unit', participantId: p.id, assessorId, unit: p.unit! });
      }
    }
    const slotted = mine.filter((a) => a.slot);
    for (let i = 0; i < slotted.length; i++) {
      for (let j = i + 1; j < slotted.length; j++) {
        const [a, b] = [slotted[i]!, slotted[j]!];
        if (a.exerciseId !== b.exerciseId && overlaps(a.slot!, b.slot!)) {
          warnings.push({ code: 'participant-clash', participantId: p.id, day: a.slot!.day, start: a.slot!.start });
        }
      }
    }
  }

  const used = new Set(plan.assignments.map((a) => a.assessorId));
  for (const assessor of plan.assessors) {
    if (!used.has(assessor.id)) continue;
    if (assessor.certificateExpiry === null || assessor.certificateExpiry < plan.startsOn) {
      warnings.push({ code: 'certificate-expired', assessorId: assessor.id, expiry: assessor.certificateExpiry });
    }
  }

  // An assessor can observe one exercise session at a time; group exercises (same exercise,
  // same slot, several participants) count as one session.
  for (const assessor of plan.assessors) {
    const sessions = new Map<string, Slot>();
    for (const a of plan.assignments) {
      if (a.assessorId === assessor.id && a.slot) sessions.set(`${a.exerciseId}|${a.slot.day}|${a.slot.start}`, a.slot);
    }
    const list = [...sessions.values()];
    const reported = new Set<string>();
    for (const s of list) {
      const count = list.filter((o) => overlaps(s, o)).length;
      const key = `${s.day}|${s.start}`;
      if (count > 1 && !reported.has(key)) {
        reported.add(key);
        warnings.push({ code: 'assessor-overload', assessorId: assessor.id, day: s.day, start: s.start, count });
      }
    }
  }
  return warnings;
}

/**
 * Automatic assignment: every participant × exercise gets one assessor, balancing load and
 * avoiding what the checks warn about — own-unit assessors, expired certificates, an assessor
 * who already observes this participant (so each participant meets at least two), and an
 * assessor already busy in that slot. Deterministic: ties go to the lower id.
 */
export function autoAssign(
  plan: Omit<Plan, 'assignments'>,
  slots: (participantId: string, exerciseId: string) => Slot | null = () => null,
): PlanAssignment[] {
  const load = new Map(plan.assessors.map((a) => [a.id, 0]));
  const result: PlanAssignment[] = [];
  const assessors = [...plan.assessors].sort((a, b) => a.id.localeCompare(b.id));
  // Most constrained participants first (fewest assessors from other units), so the
  // unconstrained ones can even out the load afterwards.
  const eligible = (p: PlanParticipant) => assessors.filter((a) => !sameUnit(a.unit, p.unit)).length;
  const order = [...plan.participants].sort((a, b) => eligible(a) - eligible(b) || a.id.localeCompare(b.id));
  for (const p of order) {
    for (const e of plan.exercises) {
      const slot = slots(p.id, e.id);
      const penalty = (a: PlanAssessor): number => {
        let score = 0;
        if (sameUnit(a.unit, p.unit)) score += 1000;
        if (a.certificateExpiry === null || a.certificateExpiry < plan.startsOn) score += 500;
        if (slot && result.some((r) => r.assessorId === a.id && r.slot && overlaps(r.slot, slot) && r.exerciseId !== e.id)) {
          score += 200;
        }
        const mine = result.filter((r) => r.participantId === p.id);
        if (mine.some((r) => r.assessorId === a.id)) {
          // Until the participant has two different assessors, a repeat is nearly ruled out;
          // after that, variety only breaks ties so the load stays even.
          score += new Set(mine.map((r) => r.assessorId)).size < MIN_ASSESSORS_PER_PARTICIPANT ? 100 : 0.5;
        }
        return score + load.get(a.id)!;
      };
      const best = assessors.reduce<PlanAssessor | null>((acc, a) => (acc === null || penalty(a) < penalty(acc) ? a : acc), null);
      if (!best) return result;
      load.set(best.id, load.get(best.id)! + 1);
      result.push({ participantId: p.id, assessorId: best.id, exerciseId: e.id, slot });
    }
  }
  return result;
}
