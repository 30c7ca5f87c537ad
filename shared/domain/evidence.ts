/**
 * The evidence rule (issue 5, domain.md §5.1 "observe → record → classify → evaluate"): what
 * level the notes an assessor tagged in one exercise suggest for one competency.
 *
 * Every tagged note names a competency; a note that also names an indicator places its
 * behaviour at that indicator's level (1–5), and its polarity says whether the behaviour was
 * shown (positive) or was expected and missing/contrary (negative).
 *
 * Rule:
 *  1. Only notes with an indicator AND a polarity carry a level; without any, the suggestion is null.
 *  2. A level L is supported when there is positive evidence at L and NO negative evidence at
 *     any level ≤ L (a failure at a lower level undermines the claim to the higher one).
 *  3. The suggestion is the highest supported level.
 *  4. When no level is supported but negative evidence exists, the suggestion is one below the
 *     lowest negative level, never under 1 (the behaviour failed there, so the level below).
 *
 * The suggestion is advice for the assessor; it never sets a rating by itself.
 */
export type Polarity = 'positive' | 'negative';

export interface LevelEvidence {
  /** The level (1–5) of the indicator the note is tagged to. */
  level: number;
  polarity: Polarity;
}

export function evidenceSuggestedLevel(evidence: readonly LevelEvidence[]): number | null {
  if (evidence.length === 0) return null;
  const negatives = evidence.filter((e) => e.polarity === 'negative').map((e) => e.level);
  const lowestNegative = negatives.length ? Math.min(...negatives) : Infinity;
  const supported = evidence.filter((e) => e.polarity === 'positive' && e.level < lowestNegative).map((e) => e.level);
  if (supported.length) return Math.max(...supported);
  return Math.max(1, lowestNegative - 1);
}

/** How far a rating may depart from the evidence before a written rationale is required. */
export const MAX_UNEXPLAINED_DEPARTURE = 0.5;

export interface RationaleCheck {
  /** Any note tagged to this competency in this assignment (with or without indicator). */
  taggedNotes: number;
  evidenceLevel: number | null;
  level: number;
}

/**
 * Why a rating needs a written rationale, or null when it does not: no tagged evidence at all,
 * or a level more than half a level away from what the evidence suggests.
 */
export function rationaleReason(check: RationaleCheck): 'no-evidence' | 'departs-from-evidence' | null {
  if (check.taggedNotes === 0) return 'no-evidence';
  if (check.evidenceLevel !== null && Math.abs(check.level - check.evidenceLevel) > MAX_UNEXPLAINED_DEPARTURE)
    return 'departs-from-evidence';
  return null;
}

/** Whether `level` is a level the batch's rule allows: 1–5, whole, or halves when allowed. */
export function isAllowedLevel(level: number, halfLevels: boolean): boolean {
  if (!Number.isFinite(level) || level < 1 || level > 5) return false;
  const step = halfLevels ? 0.5 : 1;
  return Number.isInteger(level / step);
}
