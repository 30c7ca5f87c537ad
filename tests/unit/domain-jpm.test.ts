import { describe, expect, it } from 'vitest';
import { categorise, combinedScore, computeJpm, type CompetencyScore } from '../../shared/domain/jpm';
import { DEFAULT_SCORING_RULE as RULE, SCORING_RULES } from '../../shared/domain/scoring-rule';

/** n competencies all required at `required`, achieving the levels given. */
const scores = (required: number, achieved: number[]): CompetencyScore[] =>
  achieved.map((a, i) => ({ competency: `C${i + 1}`, required, achieved: a }));

describe('JPM (domain.md §2.7)', () => {
  it('worked example: Administrator standard 3 on all 9, achieved 22 of 27', () => {
    const r = computeJpm(scores(3, [3, 3, 2, 3, 2, 3, 2, 2, 2]), 'pengisian', RULE);
    expect(r.totalAchieved).toBe(22);
    expect(r.totalRequired).toBe(27);
    expect(r.jpm).toBe(81.48);
    expect(r.ikk).toBe(18.52);
    expect(r.category).toBe('MS');
    expect(r.ruleVersion).toBe(RULE.version);
    expect(r.gaps.filter((g) => g.gap < 0).map((g) => g.competency)).toEqual(['C3', 'C5', 'C7', 'C8', 'C9']);
  });

  it.each([
    // 5 competencies at 5 = 25: each achieved point is 4 %
    { achieved: [4, 4, 4, 4, 4], jpm: 80, pengisian: 'MS' }, // exactly 80
    { achieved: [4, 4, 4, 4, 3], jpm: 76, pengisian: 'MMS' },
    { achieved: [4, 4, 3, 3, 3], jpm: 68, pengisian: 'MMS' }, // exactly 68
    { achieved: [4, 3, 3, 3, 3], jpm: 64, pengisian: 'KMS' },
  ])('pengisian boundary: $jpm % is $pengisian', ({ achieved, jpm, pengisian }) => {
    const r = computeJpm(scores(5, achieved), 'pengisian', RULE);
    expect(r.jpm).toBe(jpm);
    expect(r.category).toBe(pengisian);
  });

  it.each([
    // 10 competencies at 5 = 50: each achieved point is 2 %
    { total: 45, jpm: 90, cat: 'O' }, // exactly 90
    { total: 44, jpm: 88, cat: 'CO' },
    { total: 39, jpm: 78, cat: 'CO' }, // exactly 78
    { total: 38, jpm: 76, cat: 'KO' },
  ])('pemetaan boundary: $jpm % is $cat', ({ total, jpm, cat }) => {
    const achieved = Array.from({ length: 10 }, (_, i) => Math.floor(total / 10) + (i < total % 10 ? 1 : 0));
    expect(achieved.reduce((a, b) => a + b, 0)).toBe(total);
    const r = computeJpm(scores(5, achieved), 'pemetaan', RULE);
    expect(r.jpm).toBe(jpm);
    expect(r.category).toBe(cat);
  });

  it('compares the rounded JPM: 79.996 shows and counts as 80.00 (MS)', () => {
    expect(categorise(80, 'pengisian', RULE)).toBe('MS');
    expect(categorise(79.99, 'pengisian', RULE)).toBe('MMS');
    expect(categorise(67.99, 'pengisian', RULE)).toBe('KMS');
    expect(categorise(89.99, 'pemetaan', RULE)).toBe('CO');
    expect(categorise(77.99, 'pemetaan', RULE)).toBe('KO');
  });

  it('surplus levels count by default but not under the capped rule', () => {
    const s = scores(3, [5, 5, 3, 2]); // 15 of 12
    expect(computeJpm(s, 'pemetaan', RULE).jpm).toBe(125);
    expect(computeJpm(s, 'pemetaan', RULE).ikk).toBe(0);
    const capped = SCORING_RULES.find((r) => r.capJpmAt100)!;
    const r = computeJpm(s, 'pemetaan', capped);
    expect(r.totalAchieved).toBe(11); // 3+3+3+2
    expect(r.jpm).toBe(91.67);
  });

  it('applies standard weights', () => {
    const r = computeJpm(
      [
        { competency: 'A', required: 4, achieved: 2, weight: 3 },
        { competency: 'B', required: 4, achieved: 4, weight: 1 },
      ],
      'pengisian',
      RULE,
    );
    expect(r.totalAchieved).toBe(10);
    expect(r.totalRequired).toBe(16);
    expect(r.jpm).toBe(62.5);
    expect(r.category).toBe('KMS');
  });

  it('refuses a standard with no required levels', () => {
    expect(() => computeJpm([], 'pengisian', RULE)).toThrow(/no required levels/);
  });

  it('combined score uses the potensi weight only when the rule sets one', () => {
    expect(combinedScore(80, 60, RULE)).toBe(80);
    expect(combinedScore(80, 60, { ...RULE, potensiWeight: 40 })).toBe(72);
  });
});
