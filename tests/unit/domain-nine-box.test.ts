import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POTENTIAL_BANDS as BANDS,
  inTalentPool,
  nineBox,
  NINE_BOX_ROWS,
  potentialBand,
  potentialScore,
} from '../../shared/domain/nine-box';

describe('nine-box (domain.md §3)', () => {
  it('numbers the boxes the ASN way: 4-7-9 / 2-5-8 / 1-3-6 with kinerja vertical', () => {
    expect(nineBox('di-atas', 'rendah')).toBe(4);
    expect(nineBox('di-atas', 'menengah')).toBe(7);
    expect(nineBox('di-atas', 'tinggi')).toBe(9);
    expect(nineBox('sesuai', 'rendah')).toBe(2);
    expect(nineBox('sesuai', 'menengah')).toBe(5);
    expect(nineBox('sesuai', 'tinggi')).toBe(8);
    expect(nineBox('di-bawah', 'rendah')).toBe(1);
    expect(nineBox('di-bawah', 'menengah')).toBe(3);
    expect(nineBox('di-bawah', 'tinggi')).toBe(6);
    expect(NINE_BOX_ROWS.map((r) => r.boxes.join('-'))).toEqual(['4-7-9', '2-5-8', '1-3-6']);
  });

  it('the talent pool is boxes 7, 8 and 9 only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((b) => inTalentPool(b as never))).toEqual([7, 8, 9]);
  });

  it('bands potential at 90 and 78 inclusive', () => {
    expect(potentialBand(90, BANDS)).toBe('tinggi');
    expect(potentialBand(89.99, BANDS)).toBe('menengah');
    expect(potentialBand(78, BANDS)).toBe('menengah');
    expect(potentialBand(77.99, BANDS)).toBe('rendah');
  });

  it('averages JPM and potensi when a potensi score is given', () => {
    expect(potentialScore(84, null, BANDS)).toBe(84);
    expect(potentialScore(84, 96, BANDS)).toBe(90);
    expect(potentialBand(potentialScore(84, 96, BANDS), BANDS)).toBe('tinggi');
  });
});
