import { mean, median } from './numbers';
import type { ScoringRule } from './scoring-rule';

/** One assessor's rating of one competency in one exercise. */
export interface ExerciseRating {
  exercise: string;
  assessor: string;
  level: number;
}

export type IntegrationFlag =
  | { kind: 'spread'; min: number; max: number }
  | { kind: 'single-exercise'; exercise: string }
  | { kind: 'missing'; exercise: string };

/** Rounds to a level the rule allows (whole, or halves when the batch permits them), within 1..5. */
export function roundToLevel(value: number, rule: Pick<ScoringRule, 'halfLevels' | 'rounding'>): number {
  const step = rule.halfLevels ? 0.5 : 1;
  const units = value / step;
  const frac = units - Math.floor(units);
  const EPS = 1e-9;
  let whole: number;
  if (Math.abs(frac - 0.5) < EPS) whole = rule.rounding === 'half-up' ? Math.ceil(units) : Math.floor(units);
  else whole = Math.round(units);
  return Math.min(5, Math.max(1, whole * step));
}

/**
 * The suggested final level: the median or mean of the exercise ratings (each exercise's
 * ratings first averaged across its assessors, so an exercise with two assessors does not
 * count twice), rounded as the rule says. Null when there is no rating.
 */
export function suggestedLevel(ratings: readonly ExerciseRating[], rule: ScoringRule): number | null {
  if (ratings.length === 0) return null;
  const byExercise = new Map<string, number[]>();
  for (const r of ratings) byExercise.set(r.exercise, [...(byExercise.get(r.exercise) ?? []), r.level]);
  const perExercise = [...byExercise.values()].map((levels) => mean(levels));
  const raw = rule.aggregation === 'median' ? median(perExercise) : mean(perExercise);
  return roundToLevel(raw, rule);
}

/**
 * Flags for the integration matrix (issue 5): ratings more than one level apart, a competency
 * evidenced by one exercise only, and exercises the matrix expects that have no rating yet.
 */
export function integrationFlags(
  ratings: readonly ExerciseRating[],
  expectedExercises: readonly string[],
): IntegrationFlag[] {
  const flags: IntegrationFlag[] = [];
  if (ratings.length > 0) {
    const levels = ratings.map((r) => r.level);
    const min = Math.min(...levels);
    const max = Math.max(...levels);
    if (max - min > 1) flags.push({ kind: 'spread', min, max });
  }
  const rated = new Set(ratings.map((r) => r.exercise));
  for (const exercise of expectedExercises) if (!rated.has(exercise)) flags.push({ kind: 'missing', exercise });
  const evidencing = new Set([...expectedExercises, ...rated]);
  if (evidencing.size === 1) flags.push({ kind: 'single-exercise', exercise: [...evidencing][0]! });
  return flags;
}
