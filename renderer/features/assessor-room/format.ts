/** Small formatting helpers shared by the assessor's screens. */
export type Bilingual = { id: string; en: string };

/** The text of a bilingual value in the visible language (Indonesian unless English is shown). */
export function pick(text: Bilingual, language: string): string {
  return language === 'en' ? text.en : text.id;
}

/** A level as assessors write it: 3, or 2,5 in Indonesian / 2.5 in English. */
export function levelText(level: number, language: string): string {
  return level.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
}

/** Hours and minutes of a timestamp, in local time (the assessor's clock). */
export function clockTime(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function dateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** A day "2026-12-01" as "Selasa, 1 Desember 2026" (read as a calendar date, not a UTC instant). */
export function dayText(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** mm:ss (or h:mm:ss) of a number of seconds. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "INT.3.1" → "3.1": the indicator's number within its competency, as the dictionary prints it. */
export function indicatorCode(idNumber: string): string {
  const parts = idNumber.split('.');
  return parts.length >= 3 ? parts.slice(-2).join('.') : idNumber;
}

// Dark shades: white badge text keeps 4.5:1 contrast.
export const STATUS_COLORS = { 'not-started': 'gray.8', 'in-progress': 'blue.9', submitted: '#1d6b2f' } as const;

/** Text colours that keep 4.5:1 on white and on the grey of locked rows (Mantine's green.9/orange.9 do not). */
export const GOOD = '#1d6b2f';
export const WARN = '#a13a05';
