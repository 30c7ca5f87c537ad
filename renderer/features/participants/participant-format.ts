import { PNS_RANKS } from '../../../shared/domain/ranks';

/** "Dr. Budi Santoso, S.E., M.Si." — titles as the person writes them, around the name. */
export function fullName(p: { name: string; titleBefore: string | null; titleAfter: string | null }): string {
  const before = p.titleBefore ? `${p.titleBefore} ` : '';
  const after = p.titleAfter ? `, ${p.titleAfter}` : '';
  return `${before}${p.name}${after}`;
}

/** Golongan options "III/c — Penata", low to high. */
export const RANK_OPTIONS = PNS_RANKS.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));

/** The last ~50 MB a participant file may have (the main side refuses bigger files too). */
export const MAX_IMPORT_MB = 50;
