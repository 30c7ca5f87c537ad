import { describe, expect, it } from 'vitest';
import { canReuse, isExpired, validUntil } from '../../shared/domain/validity';

describe('validity of results (3 years)', () => {
  it('is valid through the day before the third anniversary', () => {
    expect(validUntil('2024-03-15')).toBe('2027-03-14');
    expect(isExpired('2024-03-15', '2027-03-14')).toBe(false);
    expect(isExpired('2024-03-15', '2027-03-15')).toBe(true);
  });

  it('handles 29 February', () => {
    expect(validUntil('2024-02-29')).toBe('2027-02-28');
  });

  it('may be reused for the same jenjang only while valid', () => {
    const r = { jenjang: 'administrator', assessedOn: '2025-01-10' };
    expect(canReuse(r, { jenjang: 'administrator' }, '2026-11-23')).toBe(true);
    expect(canReuse(r, { jenjang: 'pengawas' }, '2026-11-23')).toBe(false);
    expect(canReuse(r, { jenjang: 'administrator' }, '2028-01-09')).toBe(true);
    expect(canReuse(r, { jenjang: 'administrator' }, '2028-01-10')).toBe(false);
  });
});
