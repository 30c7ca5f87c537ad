/**
 * The colour of a matrix cell by gap (achieved − required): meets the standard, one level
 * short, two or more short. Colours pass WCAG AA with dark text.
 */
export type GapTone = 'ok' | 'short' | 'far';

export function gapTone(gap: number): GapTone {
  if (gap >= 0) return 'ok';
  if (gap > -2) return 'short';
  return 'far';
}

export const TONE_BACKGROUND: Record<GapTone, string> = { ok: '#d3f0dc', short: '#ffe6a8', far: '#f8cfc9' };

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** One decimal at most, in the user's language (JPM 83.3 / 83,3). */
export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
}

export function lang(language: string): 'id' | 'en' {
  return language === 'en' ? 'en' : 'id';
}
