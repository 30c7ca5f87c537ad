import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_FORMS, jpByYear, pillarMix } from '../../shared/domain/development';

describe('development plan totals', () => {
  it('sums JP per calendar year and flags years under 20 JP', () => {
    const result = jpByYear([
      { formCode: 'coaching', jp: 2, start: '2027-01-10', end: '2027-03-10' },
      { formCode: 'pelatihan-manajerial', jp: 24, start: '2027-05-01', end: '2027-05-04' },
      { formCode: 'mentoring', jp: 2, start: '2027-12-20', end: '2028-01-15' },
      { formCode: 'e-learning', jp: 4, start: '2028-02-01', end: null },
    ]);
    expect(result).toEqual([
      { year: 2027, jp: 26, belowMinimum: false },
      { year: 2028, jp: 6, belowMinimum: true },
    ]);
  });

  it('exactly 20 JP meets the minimum', () => {
    expect(jpByYear([{ formCode: 'magang', jp: 20, start: '2027-02-01', end: '2027-02-28' }])[0]?.belowMinimum).toBe(false);
    expect(jpByYear([{ formCode: 'magang', jp: 19.5, start: '2027-02-01', end: '2027-02-28' }])[0]?.belowMinimum).toBe(true);
  });

  it('reports the 70/20/10 mix of planned JP', () => {
    const mix = pillarMix([
      { formCode: 'penugasan-proyek', jp: 14, start: null, end: null },
      { formCode: 'coaching', jp: 4, start: null, end: null },
      { formCode: 'e-learning', jp: 2, start: null, end: null },
    ]);
    expect(mix).toEqual({ 70: 70, 20: 20, 10: 10 });
  });

  it('has unique codes and every pillar represented', () => {
    expect(new Set(DEVELOPMENT_FORMS.map((f) => f.code)).size).toBe(DEVELOPMENT_FORMS.length);
    expect(new Set(DEVELOPMENT_FORMS.map((f) => f.pillar))).toEqual(new Set([70, 20, 10]));
  });
});
