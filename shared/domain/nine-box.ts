/**
 * Nine-box talent map (domain.md §3): kinerja on the vertical axis, potensial on the
 * horizontal, numbered the ASN way — 4-7-9 / 2-5-8 / 1-3-6 from the top row down.
 */
export const KINERJA = ['di-bawah', 'sesuai', 'di-atas'] as const;
export type Kinerja = (typeof KINERJA)[number];
export const POTENSIAL = ['rendah', 'menengah', 'tinggi'] as const;
export type Potensial = (typeof POTENSIAL)[number];

export type Box = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const GRID: Record<Kinerja, Record<Potensial, Box>> = {
  'di-atas': { rendah: 4, menengah: 7, tinggi: 9 },
  sesuai: { rendah: 2, menengah: 5, tinggi: 8 },
  'di-bawah': { rendah: 1, menengah: 3, tinggi: 6 },
};

export function nineBox(kinerja: Kinerja, potensial: Potensial): Box {
  return GRID[kinerja][potensial];
}

/** The talent pool: candidates for promotion and succession (boxes 7, 8, 9). */
export function inTalentPool(box: Box): boolean {
  return box >= 7;
}

export interface PotentialBands {
  /** Lower bounds, inclusive, in percent. */
  tinggi: number;
  menengah: number;
  /** Weight in percent of the potensi score when one is given; the rest is JPM. */
  potensiWeight: number;
}

/** Practice default (domain.md §3.3): average of JPM and potensi, tinggi ≥ 90, menengah 78–<90. */
export const DEFAULT_POTENTIAL_BANDS: PotentialBands = { tinggi: 90, menengah: 78, potensiWeight: 50 };

export function potentialScore(jpm: number, potensi: number | null, bands: PotentialBands): number {
  if (potensi === null) return jpm;
  const w = bands.potensiWeight / 100;
  return w * potensi + (1 - w) * jpm;
}

export function potentialBand(score: number, bands: PotentialBands): Potensial {
  if (score >= bands.tinggi) return 'tinggi';
  if (score >= bands.menengah) return 'menengah';
  return 'rendah';
}

/** Grid rows from the top, for drawing: each row lists boxes left (rendah) to right (tinggi). */
export const NINE_BOX_ROWS: readonly { kinerja: Kinerja; boxes: readonly Box[] }[] = [
  { kinerja: 'di-atas', boxes: [4, 7, 9] },
  { kinerja: 'sesuai', boxes: [2, 5, 8] },
  { kinerja: 'di-bawah', boxes: [1, 3, 6] },
];
