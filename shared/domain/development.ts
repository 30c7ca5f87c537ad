/**
 * Forms of competency development (domain.md §4.2) with their 70/20/10 pillar and a default
 * JP credit. The credits are practice examples from public apps, not national rules, so
 * each office can change the table; plans store the credit they were made with.
 */
export type Pillar = 70 | 20 | 10;
export type DevelopmentMode = 'klasikal' | 'nonklasikal';

export interface DevelopmentForm {
  code: string;
  mode: DevelopmentMode;
  /** 70 experiential (on the job), 20 social (from others), 10 formal (courses). */
  pillar: Pillar;
  name: { id: string; en: string };
  /** Default JP credited for one activity of this form. */
  defaultJp: number;
}

export const DEVELOPMENT_FORMS: readonly DevelopmentForm[] = [
  { code: 'pelatihan-manajerial', mode: 'klasikal', pillar: 10, name: { id: 'Pelatihan manajerial', en: 'Managerial training' }, defaultJp: 24 },
  { code: 'pelatihan-teknis', mode: 'klasikal', pillar: 10, name: { id: 'Pelatihan teknis', en: 'Technical training' }, defaultJp: 24 },
  { code: 'pelatihan-sosial-kultural', mode: 'klasikal', pillar: 10, name: { id: 'Pelatihan sosial kultural', en: 'Socio-cultural training' }, defaultJp: 16 },
  { code: 'seminar', mode: 'klasikal', pillar: 10, name: { id: 'Seminar / konferensi / sarasehan', en: 'Seminar / conference' }, defaultJp: 4 },
  { code: 'workshop', mode: 'klasikal', pillar: 10, name: { id: 'Workshop / lokakarya', en: 'Workshop' }, defaultJp: 8 },
  { code: 'kursus', mode: 'klasikal', pillar: 10, name: { id: 'Kursus / penataran', en: 'Course' }, defaultJp: 8 },
  { code: 'bimtek', mode: 'klasikal', pillar: 10, name: { id: 'Bimbingan teknis / sosialisasi', en: 'Technical guidance / briefing' }, defaultJp: 8 },
  { code: 'e-learning', mode: 'nonklasikal', pillar: 10, name: { id: 'E-learning / pelatihan jarak jauh', en: 'E-learning / distance training' }, defaultJp: 4 },
  { code: 'belajar-mandiri', mode: 'nonklasikal', pillar: 10, name: { id: 'Belajar mandiri', en: 'Self-study' }, defaultJp: 2 },
  { code: 'coaching', mode: 'nonklasikal', pillar: 20, name: { id: 'Coaching', en: 'Coaching' }, defaultJp: 2 },
  { code: 'mentoring', mode: 'nonklasikal', pillar: 20, name: { id: 'Mentoring', en: 'Mentoring' }, defaultJp: 2 },
  { code: 'komunitas-belajar', mode: 'nonklasikal', pillar: 20, name: { id: 'Komunitas belajar', en: 'Community of practice' }, defaultJp: 2 },
  { code: 'patok-banding', mode: 'nonklasikal', pillar: 20, name: { id: 'Patok banding (benchmarking)', en: 'Benchmarking visit' }, defaultJp: 10 },
  { code: 'bimbingan-di-tempat-kerja', mode: 'nonklasikal', pillar: 70, name: { id: 'Bimbingan di tempat kerja', en: 'On-the-job guidance' }, defaultJp: 4 },
  { code: 'penugasan-proyek', mode: 'nonklasikal', pillar: 70, name: { id: 'Penugasan proyek / perluasan tugas', en: 'Stretch assignment / project' }, defaultJp: 10 },
  { code: 'magang', mode: 'nonklasikal', pillar: 70, name: { id: 'Magang / praktik kerja', en: 'Internship / work placement' }, defaultJp: 20 },
  { code: 'detasering', mode: 'nonklasikal', pillar: 70, name: { id: 'Detasering (secondment)', en: 'Secondment' }, defaultJp: 20 },
  { code: 'pertukaran', mode: 'nonklasikal', pillar: 70, name: { id: 'Pertukaran PNS dengan swasta/BUMN/BUMD', en: 'Exchange with private sector/SOEs' }, defaultJp: 20 },
];

/** At least 20 JP of development a year (PP 17/2020 Pasal 203(4)). */
export const MIN_JP_PER_YEAR = 20;

export interface PlannedActivity {
  formCode: string;
  jp: number;
  /** ISO dates; the activity counts in the year it ends (or starts, when it has no end). */
  start: string | null;
  end: string | null;
}

/** Planned JP per calendar year, and the years below the minimum. */
export function jpByYear(activities: readonly PlannedActivity[]): { year: number; jp: number; belowMinimum: boolean }[] {
  const totals = new Map<number, number>();
  for (const a of activities) {
    const date = a.end ?? a.start;
    if (!date) continue;
    const year = Number(date.slice(0, 4));
    totals.set(year, (totals.get(year) ?? 0) + a.jp);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, jp]) => ({ year, jp, belowMinimum: jp < MIN_JP_PER_YEAR }));
}

/** Share of planned JP per pillar, in percent of the total, to compare with 70/20/10. */
export function pillarMix(activities: readonly PlannedActivity[], forms = DEVELOPMENT_FORMS): Record<Pillar, number> {
  const byCode = new Map(forms.map((f) => [f.code, f.pillar]));
  const sums: Record<Pillar, number> = { 70: 0, 20: 0, 10: 0 };
  for (const a of activities) {
    const pillar = byCode.get(a.formCode);
    if (pillar) sums[pillar] += a.jp;
  }
  const total = sums[70] + sums[20] + sums[10];
  if (total === 0) return sums;
  return { 70: (sums[70] / total) * 100, 20: (sums[20] / total) * 100, 10: (sums[10] / total) * 100 };
}
