/**
 * Pangkat / golongan-ruang of PNS (domain.md §7.2): 17 grades, I/a … IV/e. Stored as the code
 * (`III/c`); the name is shown beside it. Order is low → high, so the index compares grades.
 */
export const PNS_RANKS = [
  { code: 'I/a', name: 'Juru Muda' },
  { code: 'I/b', name: 'Juru Muda Tk. I' },
  { code: 'I/c', name: 'Juru' },
  { code: 'I/d', name: 'Juru Tk. I' },
  { code: 'II/a', name: 'Pengatur Muda' },
  { code: 'II/b', name: 'Pengatur Muda Tk. I' },
  { code: 'II/c', name: 'Pengatur' },
  { code: 'II/d', name: 'Pengatur Tk. I' },
  { code: 'III/a', name: 'Penata Muda' },
  { code: 'III/b', name: 'Penata Muda Tk. I' },
  { code: 'III/c', name: 'Penata' },
  { code: 'III/d', name: 'Penata Tk. I' },
  { code: 'IV/a', name: 'Pembina' },
  { code: 'IV/b', name: 'Pembina Tk. I' },
  { code: 'IV/c', name: 'Pembina Utama Muda' },
  { code: 'IV/d', name: 'Pembina Utama Madya' },
  { code: 'IV/e', name: 'Pembina Utama' },
] as const;

export type PnsRankCode = (typeof PNS_RANKS)[number]['code'];

/**
 * PPPK grades are plain roman numerals I–XVII, with no pangkat name. [I] Not in domain.md; taken
 * from the PPPK salary scale (Perpres 98/2020) so that PPPK rows from SIASN are not rejected.
 */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

export function rankName(code: string): string | null {
  return PNS_RANKS.find((r) => r.code === code)?.name ?? null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_NAME = new Map<string, PnsRankCode>(PNS_RANKS.map((r) => [squash(r.name), r.code]));
const BY_CODE = new Set<string>(PNS_RANKS.map((r) => r.code));

/**
 * Reads a golongan as people type it: `III/c`, `III c`, `IIIc`, `3/c`, `3c`, `Penata (III/c)`,
 * or only the pangkat name (`Penata Tk. I`). Returns the canonical code or null.
 */
export function parsePnsRank(raw: string): PnsRankCode | null {
  const text = raw.trim();
  if (!text) return null;
  if (BY_CODE.has(text)) return text as PnsRankCode;
  const byName = BY_NAME.get(squash(text));
  if (byName) return byName;
  const code = /\b(IV|III|II|I|[1-4])\s*[/.\-\s]?\s*([a-e])\b/i.exec(text);
  if (!code) return null;
  const gol = ROMAN[code[1]!] ?? code[1]!.toUpperCase();
  const candidate = `${gol}/${code[2]!.toLowerCase()}`;
  return PNS_RANKS.find((r) => r.code === candidate)?.code ?? null;
}

/** `IX`, `ix`, `Golongan IX` or `9` → `IX`. */
export function parsePppkGrade(raw: string): (typeof PPPK_GRADES)[number] | null {
  const text = raw
    .trim()
    .toUpperCase()
    .replace(/^GOL(ONGAN)?\.?\s*/, '');
  if (/^\d{1,2}$/.test(text)) return PPPK_GRADES[Number(text) - 1] ?? null;
  return PPPK_GRADES.find((g) => g === text) ?? null;
}
