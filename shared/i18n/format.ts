import type { Language } from './languages';

const MONTHS: Record<Language, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "23 November 2026" / "23 November 2026": day month year in both languages, from an ISO date. */
export function formatDate(language: Language, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[language][m - 1]} ${y}`;
}

/** Indonesian uses a decimal comma: 81,48 %; English 81.48 %. */
export function formatPercent(language: Language, value: number, decimals = 2): string {
  const text = value.toFixed(decimals);
  return `${language === 'id' ? text.replace('.', ',') : text} %`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Document number in the `nnn/KODE/ROMAN-MONTH/YEAR` style seen in practice (domain.md §8.8). */
export function documentNumber(sequence: number, officeCode: string, kind: string, iso: string): string {
  const [y, m] = iso.slice(0, 7).split('-').map(Number) as [number, number];
  return `${String(sequence).padStart(3, '0')}/${kind}/${officeCode}/${ROMAN[m - 1]}/${y}`;
}
