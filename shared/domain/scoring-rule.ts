/**
 * A versioned scoring rule (domain.md §2.7): thresholds, capping, decimals and how exercise
 * ratings become a suggested level. A batch picks one; every result stores the version it was
 * computed with, so changing the default never changes an old result.
 */
export interface ScoringRule {
  version: string;
  label: string;
  /** Category thresholds in percent, lower bounds inclusive. */
  pengisian: { ms: number; mms: number };
  pemetaan: { o: number; co: number };
  /** Cap JPM at 100 % (a practice variant; off in the default). */
  capJpmAt100: boolean;
  /** Count a competency at most at its standard level, so surpluses do not hide gaps. */
  capExcessPerCompetency: boolean;
  /** Decimals of the JPM as shown and as compared with the thresholds. */
  decimals: number;
  /** Whether assessors may give half levels (2.5). */
  halfLevels: boolean;
  /** How the integration meeting's suggested level is formed from exercise ratings. */
  aggregation: 'median' | 'mean';
  /** How a non-whole suggestion is rounded to an allowed level. */
  rounding: 'half-up' | 'half-down';
  /** Optional combined JPM: weights in percent of potensi and kompetensi (sum 100). */
  potensiWeight: number | null;
}

export const DEFAULT_SCORING_RULE: ScoringRule = {
  version: 'asesa-2026.1',
  label: 'BKN praktik umum: MS/MMS/KMS 80/68, O/CO/KO 90/78',
  pengisian: { ms: 80, mms: 68 },
  pemetaan: { o: 90, co: 78 },
  capJpmAt100: false,
  capExcessPerCompetency: false,
  decimals: 2,
  halfLevels: false,
  aggregation: 'median',
  rounding: 'half-up',
  potensiWeight: null,
};

export const SCORING_RULES: readonly ScoringRule[] = [
  DEFAULT_SCORING_RULE,
  {
    ...DEFAULT_SCORING_RULE,
    version: 'asesa-2026.1-capped',
    label: 'Seperti bawaan, JPM dibatasi 100 % dan kelebihan per kompetensi tidak dihitung',
    capJpmAt100: true,
    capExcessPerCompetency: true,
  },
];

export function findScoringRule(version: string): ScoringRule | undefined {
  return SCORING_RULES.find((r) => r.version === version);
}
