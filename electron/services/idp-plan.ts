import { DEVELOPMENT_FORMS, jpByYear, type DevelopmentForm, type Pillar } from '../../shared/domain/development';
import type { Db } from '../db/connection';
import { getSetting } from './settings';

/**
 * Drafting an IDP from the gaps (domain.md §4.3): which forms to suggest for a competency,
 * their JP from the office's conversion table, and when. Pure apart from the table lookup.
 */
export const JP_TABLE_KEY = 'idp.jpTable';

export type CompetencyType = 'manajerial' | 'sosial-kultural' | 'teknis';

/** The office's JP credit per form; forms not in the setting keep their default credit. */
export function jpTable(db: Db): Record<string, number> {
  const custom = getSetting<Record<string, number>>(db, JP_TABLE_KEY, {});
  return Object.fromEntries(DEVELOPMENT_FORMS.map((f) => [f.code, typeof custom[f.code] === 'number' ? custom[f.code]! : f.defaultJp]));
}

export function formByCode(code: string): DevelopmentForm | undefined {
  return DEVELOPMENT_FORMS.find((f) => f.code === code);
}

/**
 * One form per pillar, suited to the competency type. A one-level gap gets the lighter forms
 * (e-learning, coaching, on-the-job guidance); a wider gap the heavier ones (a training course,
 * mentoring, a stretch project), so the plan's weight follows the gap.
 */
const SUGGESTIONS: Record<CompetencyType, { light: Record<Pillar, string>; heavy: Record<Pillar, string> }> = {
  manajerial: {
    light: { 10: 'e-learning', 20: 'coaching', 70: 'bimbingan-di-tempat-kerja' },
    heavy: { 10: 'pelatihan-manajerial', 20: 'mentoring', 70: 'penugasan-proyek' },
  },
  'sosial-kultural': {
    light: { 10: 'belajar-mandiri', 20: 'komunitas-belajar', 70: 'bimbingan-di-tempat-kerja' },
    heavy: { 10: 'pelatihan-sosial-kultural', 20: 'komunitas-belajar', 70: 'penugasan-proyek' },
  },
  teknis: {
    light: { 10: 'bimtek', 20: 'mentoring', 70: 'bimbingan-di-tempat-kerja' },
    heavy: { 10: 'pelatihan-teknis', 20: 'patok-banding', 70: 'magang' },
  },
};

const PILLARS: Pillar[] = [10, 20, 70];

export interface SuggestedActivity {
  formCode: string;
  pillar: Pillar;
  start: string;
  end: string;
  jp: number;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The plan covers the calendar year after the assessment: development is budgeted per year
 * (UU 5/2014 Pasal 70(4)) and the 20 JP minimum is counted per year.
 */
export function planPeriod(assessedOn: string): { from: string; to: string } {
  const year = Number(assessedOn.slice(0, 4)) + 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Activities for the `index`-th gap item, spread over the year so they do not all start at
 * once: formal learning early (months 1–6), social learning over half a year, experiential
 * work in the middle of the year, each item shifted by a month.
 */
export function suggestActivities(type: CompetencyType, gap: number, index: number, periodFrom: string, table: Record<string, number>): SuggestedActivity[] {
  const set = Math.abs(gap) >= 2 ? SUGGESTIONS[type].heavy : SUGGESTIONS[type].light;
  const shift = index % 6;
  return PILLARS.map((pillar) => {
    const formCode = set[pillar];
    const jp = table[formCode] ?? formByCode(formCode)?.defaultJp ?? 0;
    let start: string;
    let end: string;
    if (pillar === 10) {
      start = addMonths(periodFrom, shift + 1);
      end = addDays(start, jp >= 16 ? Math.ceil(jp / 8) - 1 : 0);
    } else if (pillar === 20) {
      start = addMonths(periodFrom, shift);
      end = addDays(addMonths(start, 6), -1);
    } else {
      start = addMonths(periodFrom, shift + 3);
      end = addDays(addMonths(start, 3), -1);
    }
    return { formCode, pillar, start, end, jp };
  });
}

export function jpSummary(activities: { formCode: string; jp: number; start: string | null; end: string | null }[]) {
  const years = jpByYear(activities);
  return { jpByYear: years, jpWarning: years.length === 0 || years.some((y) => y.belowMinimum) };
}
