import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_FORMS } from '../../shared/domain/development';
import { formByCode, jpSummary, planPeriod, suggestActivities } from '../../electron/services/idp-plan';
import { parseKinerja } from '../../electron/services/performance';
import { safeName } from '../../electron/services/pdf-export';

const defaults = Object.fromEntries(DEVELOPMENT_FORMS.map((f) => [f.code, f.defaultJp]));

describe('IDP drafting rules', () => {
  it('plans the calendar year after the assessment', () => {
    expect(planPeriod('2026-12-01')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(planPeriod('2027-01-15')).toEqual({ from: '2028-01-01', to: '2028-12-31' });
  });

  it('suggests one form per pillar, suited to the competency type and the size of the gap', () => {
    for (const type of ['manajerial', 'sosial-kultural', 'teknis'] as const) {
      for (const gap of [-1, -2, -3]) {
        const a = suggestActivities(type, gap, 0, '2027-01-01', defaults);
        expect(a.map((x) => x.pillar)).toEqual([10, 20, 70]);
        for (const x of a) expect(formByCode(x.formCode)!.pillar).toBe(x.pillar);
      }
    }
    expect(suggestActivities('manajerial', -1, 0, '2027-01-01', defaults).map((a) => a.formCode)).toEqual(['e-learning', 'coaching', 'bimbingan-di-tempat-kerja']);
    expect(suggestActivities('manajerial', -2, 0, '2027-01-01', defaults).map((a) => a.formCode)).toEqual(['pelatihan-manajerial', 'mentoring', 'penugasan-proyek']);
    expect(suggestActivities('teknis', -2, 0, '2027-01-01', defaults)[0]!.formCode).toBe('pelatihan-teknis');
    expect(suggestActivities('sosial-kultural', -2, 0, '2027-01-01', defaults)[0]!.formCode).toBe('pelatihan-sosial-kultural');
  });

  it('takes JP from the conversion table and spreads dates inside the year, shifted per item', () => {
    const table = { ...defaults, 'pelatihan-manajerial': 40 };
    const heavy = suggestActivities('manajerial', -2, 0, '2027-01-01', table);
    expect(heavy[0]).toMatchObject({ formCode: 'pelatihan-manajerial', jp: 40, start: '2027-02-01', end: '2027-02-05' });
    expect(heavy[1]).toMatchObject({ start: '2027-01-01', end: '2027-06-30' });
    expect(heavy[2]).toMatchObject({ start: '2027-04-01', end: '2027-06-30' });
    for (let i = 0; i < 12; i++) {
      for (const a of suggestActivities('teknis', -3, i, '2027-01-01', defaults)) {
        expect(a.start >= '2027-01-01' && a.end <= '2027-12-31' && a.end >= a.start, `${i} ${a.formCode}`).toBe(true);
      }
    }
    expect(suggestActivities('manajerial', -1, 1, '2027-01-01', defaults)[0]!.start).toBe('2027-03-01');
  });

  it('warns when a year plans fewer than 20 JP, or nothing is planned', () => {
    expect(jpSummary([{ formCode: 'coaching', jp: 20, start: '2027-01-01', end: '2027-02-01' }])).toEqual({ jpByYear: [{ year: 2027, jp: 20, belowMinimum: false }], jpWarning: false });
    expect(jpSummary([{ formCode: 'coaching', jp: 19.5, start: '2027-01-01', end: '2027-02-01' }]).jpWarning).toBe(true);
    expect(jpSummary([]).jpWarning).toBe(true);
  });
});

describe('kinerja values from a file', () => {
  it.each([
    ['Di atas ekspektasi', 'di-atas'],
    ['DIATAS EKSPEKTASI', 'di-atas'],
    ['di_atas', 'di-atas'],
    ['above', 'di-atas'],
    ['Above expectations', 'di-atas'],
    ['Sangat Baik', 'di-atas'],
    ['Sesuai Ekspektasi', 'sesuai'],
    ['meets', 'sesuai'],
    ['Baik', 'sesuai'],
    ['Di bawah ekspektasi', 'di-bawah'],
    ['below expectations', 'di-bawah'],
    ['Butuh perbaikan', 'di-bawah'],
  ])('%s → %s', (raw, expected) => {
    expect(parseKinerja(raw)).toBe(expected);
  });

  it.each(['', '   ', 'luar biasa?', '3', 'ok'])('rejects %j', (raw) => {
    expect(parseKinerja(raw)).toBeNull();
  });
});

describe('export file names', () => {
  it('keeps letters and digits only, never a path', () => {
    expect(safeName('Dr. Sitï Rahmah, S.E./../..')).toBe('dr-siti-rahmah-s-e');
    expect(safeName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeName('///')).toBe('dokumen');
  });
});
