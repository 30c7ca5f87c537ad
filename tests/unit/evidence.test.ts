import { describe, expect, it } from 'vitest';
import {
  evidenceSuggestedLevel,
  isAllowedLevel,
  rationaleReason,
  type LevelEvidence,
} from '../../shared/domain/evidence';

const pos = (level: number): LevelEvidence => ({ level, polarity: 'positive' });
const neg = (level: number): LevelEvidence => ({ level, polarity: 'negative' });

describe('evidence rule: the level tagged notes suggest', () => {
  it('is null without level evidence', () => {
    expect(evidenceSuggestedLevel([])).toBeNull();
  });

  it('takes the highest level with positive evidence when nothing negative is tagged', () => {
    // Worked example: positives at 2, 3 and 3 → level 3.
    expect(evidenceSuggestedLevel([pos(2), pos(3), pos(3)])).toBe(3);
    expect(evidenceSuggestedLevel([pos(1)])).toBe(1);
    expect(evidenceSuggestedLevel([pos(5), pos(2)])).toBe(5);
  });

  it('ignores positive evidence above a negative one at a lower or equal level', () => {
    // Worked example: positive 2 and 4, negative 3 → 4 is undermined by the failure at 3, so 2.
    expect(evidenceSuggestedLevel([pos(2), pos(4), neg(3)])).toBe(2);
    // Positive and negative at the same level: that level is not supported.
    expect(evidenceSuggestedLevel([pos(3), neg(3), pos(2)])).toBe(2);
  });

  it('keeps a higher level when the negative evidence sits above it', () => {
    // Worked example: positive 3, negative 4 → 3 (the assessee did not reach 4).
    expect(evidenceSuggestedLevel([pos(3), neg(4)])).toBe(3);
  });

  it('goes one below the lowest negative level when nothing is supported, never under 1', () => {
    expect(evidenceSuggestedLevel([neg(3)])).toBe(2);
    expect(evidenceSuggestedLevel([neg(4), neg(2)])).toBe(1);
    expect(evidenceSuggestedLevel([neg(1)])).toBe(1);
    // Worked example: positive 3 but negative 2 → nothing supported → 1.
    expect(evidenceSuggestedLevel([pos(3), neg(2)])).toBe(1);
  });
});

describe('when a rating needs a written rationale', () => {
  it('needs one without any tagged note', () => {
    expect(rationaleReason({ taggedNotes: 0, evidenceLevel: null, level: 3 })).toBe('no-evidence');
  });

  it('needs one when the level departs from the evidence by more than half a level', () => {
    expect(rationaleReason({ taggedNotes: 2, evidenceLevel: 3, level: 4 })).toBe('departs-from-evidence');
    expect(rationaleReason({ taggedNotes: 2, evidenceLevel: 3, level: 1 })).toBe('departs-from-evidence');
  });

  it('needs none within half a level, or when tagged notes carry no level', () => {
    expect(rationaleReason({ taggedNotes: 2, evidenceLevel: 3, level: 3 })).toBeNull();
    expect(rationaleReason({ taggedNotes: 2, evidenceLevel: 3, level: 3.5 })).toBeNull();
    expect(rationaleReason({ taggedNotes: 1, evidenceLevel: null, level: 4 })).toBeNull();
  });
});

describe('allowed levels', () => {
  it('allows whole levels 1–5 and halves only when the rule does', () => {
    expect([1, 2, 3, 4, 5].every((l) => isAllowedLevel(l, false))).toBe(true);
    expect(isAllowedLevel(2.5, false)).toBe(false);
    expect(isAllowedLevel(2.5, true)).toBe(true);
    expect(isAllowedLevel(2.25, true)).toBe(false);
    expect(isAllowedLevel(0, true)).toBe(false);
    expect(isAllowedLevel(5.5, true)).toBe(false);
    expect(isAllowedLevel(Number.NaN, true)).toBe(false);
  });
});
