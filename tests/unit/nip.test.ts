import { describe, expect, it } from 'vitest';
import {
  formatNip,
  looksLikePppk,
  normaliseNip,
  spreadsheetDamage,
  validateNiPppk,
  validateNip,
} from '../../shared/domain/nip';
import { parsePnsRank, parsePppkGrade, rankName, PNS_RANKS } from '../../shared/domain/ranks';

const on = { assessmentDate: '2026-11-23' };
const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('validateNip (PNS)', () => {
  it('reads the regulation example 19660801 198803 1 001', () => {
    const r = validateNip('19660801 198803 1 001', { assessmentDate: '2020-01-15' });
    expect(r).toMatchObject({
      ok: true,
      kind: 'pns',
      nip: '196608011988031001',
      birthDate: '1966-08-01',
      sex: 'M',
      tmtCpns: '1988-03',
    });
    expect(r.errors).toEqual([]);
  });

  it('accepts dots as separators and a woman (sex digit 2)', () => {
    const r = validateNip('19850412.200903.2.014', on);
    expect(r).toMatchObject({ ok: true, sex: 'F', birthDate: '1985-04-12', tmtCpns: '2009-03' });
  });

  it('refuses the regulation example at an assessment date when the person is over 65', () => {
    expect(codes(validateNip('196608011988031001', { assessmentDate: '2032-08-01' }))).toEqual(['age']);
    // one day before the 66th birthday they are still 65
    expect(validateNip('196608011988031001', { assessmentDate: '2032-07-31' }).ok).toBe(true);
  });

  it('accepts 29 February in a leap year and refuses it in a non-leap year', () => {
    expect(validateNip('198402292008011003', on)).toMatchObject({ ok: true, birthDate: '1984-02-29' });
    const bad = validateNip('198502292008011003', on);
    expect(codes(bad)).toEqual(['birthDate']);
    expect(bad.birthDate).toBeNull();
    // 1900 is not a leap year, 2000 is
    expect(codes(validateNip('200002292019011001', on))).toEqual([]);
  });

  it('refuses sex digit 3 and sequence 000', () => {
    expect(codes(validateNip('198504122009033014', on))).toEqual(['sex']);
    expect(codes(validateNip('198504122009031000', on))).toEqual(['sequence']);
  });

  it('refuses a CPNS month 13, a future TMT and a TMT before age 18', () => {
    expect(codes(validateNip('198504122009131014', on))).toEqual(['tmtMonth']);
    expect(codes(validateNip('198504122027011014', on))).toEqual(['tmtFuture']);
    // TMT in the current month is not the future
    expect(codes(validateNip('198504122026111014', on))).toEqual([]);
    expect(codes(validateNip('198504122002031014', on))).toEqual(['tmtBeforeAdult']);
  });

  it('refuses a person younger than 17', () => {
    expect(codes(validateNip('201001012026011001', on))).toEqual(['age', 'tmtBeforeAdult']);
  });

  it('reports several problems at once', () => {
    expect(codes(validateNip('198504122009133000', on))).toEqual(['tmtMonth', 'sex', 'sequence']);
  });
});

describe('spreadsheet damage', () => {
  it.each([
    ['1.97E+17', 'scientific'],
    ['1,96608E+17', 'scientific'],
    ['1.96608011988031E17', 'scientific'],
    ['196608011988031001.0', 'decimal'],
    ['96608011988031001', 'tooShort'],
    ['19660801198803100', 'tooShort'],
    ['1966080119880310011', 'tooLong'],
    ['010123456', 'legacyNip'],
    ['19660801-1988O3-1-001', 'notDigits'],
    ['   ', 'empty'],
  ])('refuses %s as %s and never guesses', (raw, code) => {
    const r = validateNip(raw, on);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([code]);
    expect(r.birthDate).toBeNull();
  });

  it('does not flag a clean NIP', () => {
    expect(spreadsheetDamage('196608011988031001')).toBeNull();
  });
});

describe('validateNiPppk', () => {
  it('accepts digits 13–14 that are not a month (agreement count 15)', () => {
    const r = validateNiPppk('198703152021152002', on);
    expect(r).toMatchObject({
      ok: true,
      kind: 'pppk',
      birthDate: '1987-03-15',
      sex: 'F',
      pppkYear: 2021,
      tmtCpns: null,
    });
    // the same number is not a valid PNS NIP: month 15, and is recognised as a likely PPPK
    expect(codes(validateNip('198703152021152002', on))).toEqual(['tmtMonth']);
    expect(looksLikePppk('198703152021152002', on)).toBe(true);
    expect(looksLikePppk('196608011988031001', on)).toBe(false);
    expect(looksLikePppk('198703152021153002', on)).toBe(false);
  });

  it('refuses agreement count 00, a future year, sex 3 and an appointment before 18', () => {
    expect(codes(validateNiPppk('198703152021001002', on))).toEqual(['pppkAgreements']);
    expect(codes(validateNiPppk('198703152030011002', on))).toEqual(['pppkYearFuture']);
    expect(codes(validateNiPppk('198703152021013002', on))).toEqual(['sex']);
    expect(codes(validateNiPppk('198703152004011002', on))).toEqual(['pppkYearBeforeAdult']);
    expect(codes(validateNiPppk('1.98703E+17', on))).toEqual(['scientific']);
  });
});

describe('helpers', () => {
  it('normalises and formats', () => {
    expect(normaliseNip(' 19660801\u00a0198803.1-001 ')).toBe('196608011988031001');
    expect(formatNip('196608011988031001')).toBe('19660801 198803 1 001');
  });

  it('knows 17 PNS ranks and reads them as people type them', () => {
    expect(PNS_RANKS).toHaveLength(17);
    expect(rankName('III/c')).toBe('Penata');
    expect(rankName('IV/e')).toBe('Pembina Utama');
    expect(parsePnsRank('III/c')).toBe('III/c');
    expect(parsePnsRank('iii c')).toBe('III/c');
    expect(parsePnsRank('3/d')).toBe('III/d');
    expect(parsePnsRank('IVa')).toBe('IV/a');
    expect(parsePnsRank('Penata Tk. I')).toBe('III/d');
    expect(parsePnsRank('Pembina Utama Muda (IV/c)')).toBe('IV/c');
    expect(parsePnsRank('II/e')).toBeNull();
    expect(parsePnsRank('V/a')).toBeNull();
    expect(parsePppkGrade('ix')).toBe('IX');
    expect(parsePppkGrade('9')).toBe('IX');
    expect(parsePppkGrade('XVIII')).toBeNull();
  });
});
