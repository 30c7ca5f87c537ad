import type { TFunction } from 'i18next';

/** Times in the current language; a table's name as people say it, else its SQL name. */
export function formatDateTime(language: string, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}

export function tableLabel(t: TFunction, table: string): string {
  return t(`exchangeUi.tableNames.${table}`, { defaultValue: table });
}

/** A package id is a UUID: the first and last groups are enough to tell packages apart on screen. */
export function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;
}

/** Mantine's orange on its light background is below 4.5:1: warning titles use the text colour. */
export const WARNING_STYLES = { title: { color: 'var(--mantine-color-text)' } } as const;
