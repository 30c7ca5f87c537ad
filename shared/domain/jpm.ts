import { roundHalfUp } from './numbers';
import type { ScoringRule } from './scoring-rule';

export type BatchPurpose = 'pengisian' | 'pemetaan';
export type Category = 'MS' | 'MMS' | 'KMS' | 'O' | 'CO' | 'KO';

export interface CompetencyScore {
  competency: string;
  required: number;
  achieved: number;
  /** Optional weight from the position standard; 1 when absent. */
  weight?: number;
}

export interface CompetencyGap {
  competency: string;
  required: number;
  achieved: number;
  /** achieved − required: negative is a gap to develop (domain.md §2.6). */
  gap: number;
}

export interface JpmResult {
  totalAchieved: number;
  totalRequired: number;
  /** Job–person match in percent, rounded by the rule. */
  jpm: number;
  /** Indeks kesenjangan kompetensi = 100 − JPM (not below 0). */
  ikk: number;
  category: Category;
  gaps: CompetencyGap[];
  ruleVersion: string;
}

/** Category by purpose; thresholds are inclusive lower bounds compared on the rounded JPM. */
export function categorise(jpm: number, purpose: BatchPurpose, rule: ScoringRule): Category {
  if (purpose === 'pengisian') {
    if (jpm >= rule.pengisian.ms) return 'MS';
    if (jpm >= rule.pengisian.mms) return 'MMS';
    return 'KMS';
  }
  if (jpm >= rule.pemetaan.o) return 'O';
  if (jpm >= rule.pemetaan.co) return 'CO';
  return 'KO';
}

/**
 * JPM = total achieved ÷ total standard × 100 % (domain.md §2.7), with the rule's weights,
 * caps and rounding. Throws when the standard totals zero, which is a set-up error.
 */
export function computeJpm(scores: readonly CompetencyScore[], purpose: BatchPurpose, rule: ScoringRule): JpmResult {
  let totalAchieved = 0;
  let totalRequired = 0;
  for (const s of scores) {
    const w = s.weight ?? 1;
    const counted = rule.capExcessPerCompetency ? Math.min(s.achieved, s.required) : s.achieved;
    totalAchieved += counted * w;
    totalRequired += s.required * w;
  }
  if (totalRequired <= 0) throw new Error('the position standard has no required levels');
  let jpm = roundHalfUp((totalAchieved / totalRequired) * 100, rule.decimals);
  if (rule.capJpmAt100) jpm = Math.min(jpm, 100);
  return {
    totalAchieved,
    totalRequired,
    jpm,
    ikk: Math.max(0, roundHalfUp(100 - jpm, rule.decimals)),
    category: categorise(jpm, purpose, rule),
    gaps: scores.map((s) => ({ competency: s.competency, required: s.required, achieved: s.achieved, gap: s.achieved - s.required })),
    ruleVersion: rule.version,
  };
}

/** Combined JPM = potensiWeight % × potensi + (100 − potensiWeight) % × JPM, when the rule sets a weight. */
export function combinedScore(jpm: number, potensi: number | null, rule: ScoringRule): number {
  if (rule.potensiWeight === null || potensi === null) return jpm;
  const w = rule.potensiWeight / 100;
  return roundHalfUp(w * potensi + (1 - w) * jpm, rule.decimals);
}
