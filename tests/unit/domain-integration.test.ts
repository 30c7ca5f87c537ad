import { describe, expect, it } from 'vitest';
import { integrationFlags, roundToLevel, suggestedLevel, type ExerciseRating } from '../../shared/domain/integration';
import { DEFAULT_SCORING_RULE as RULE } from '../../shared/domain/scoring-rule';

const r = (exercise: string, level: number, assessor = 'a1'): ExerciseRating => ({ exercise, assessor, level });

describe('suggested level (integration meeting)', () => {
  it('median of exercise ratings, half rounded up by default', () => {
    expect(suggestedLevel([r('BEI', 3), r('LGD', 4), r('RP', 3)], RULE)).toBe(3);
    expect(suggestedLevel([r('BEI', 3), r('LGD', 4)], RULE)).toBe(4); // 3.5 → 4
    expect(suggestedLevel([r('BEI', 3), r('LGD', 4)], { ...RULE, rounding: 'half-down' })).toBe(3);
  });

  it('averages two assessors of the same exercise before combining exercises', () => {
    // BEI: 2 and 4 → 3; LGD 3; IT 5 → median of 3,3,5 = 3 (not median of 2,4,3,5 = 3.5)
    expect(suggestedLevel([r('BEI', 2, 'a1'), r('BEI', 4, 'a2'), r('LGD', 3), r('IT', 5)], RULE)).toBe(3);
  });

  it('mean rule and half levels', () => {
    const rule = { ...RULE, aggregation: 'mean' as const, halfLevels: true };
    expect(suggestedLevel([r('BEI', 3), r('LGD', 4), r('RP', 4)], rule)).toBe(3.5); // 3.667 → 3.5
    expect(suggestedLevel([r('BEI', 3), r('LGD', 3), r('RP', 4)], rule)).toBe(3.5); // 3.333 → 3.5
    expect(suggestedLevel([r('BEI', 3), r('LGD', 3), r('RP', 3.5)], rule)).toBe(3); // 3.1667 → 3
  });

  it('keeps levels within 1..5 and returns null without ratings', () => {
    expect(roundToLevel(0.2, RULE)).toBe(1);
    expect(roundToLevel(5.4, RULE)).toBe(5);
    expect(suggestedLevel([], RULE)).toBeNull();
  });
});

describe('integration flags', () => {
  it('flags ratings more than one level apart', () => {
    expect(integrationFlags([r('BEI', 2), r('LGD', 4)], ['BEI', 'LGD'])).toEqual([{ kind: 'spread', min: 2, max: 4 }]);
    expect(integrationFlags([r('BEI', 3), r('LGD', 4)], ['BEI', 'LGD'])).toEqual([]);
  });

  it('flags missing ratings and single-exercise evidence', () => {
    expect(integrationFlags([r('BEI', 3)], ['BEI', 'LGD'])).toEqual([{ kind: 'missing', exercise: 'LGD' }]);
    expect(integrationFlags([r('BEI', 3)], ['BEI'])).toEqual([{ kind: 'single-exercise', exercise: 'BEI' }]);
  });
});
