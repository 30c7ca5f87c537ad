import type { TFunction } from 'i18next';
import { BATCH_STATUSES, type BatchSummary } from '../../../shared/schemas/batch';

export function dateFormatter(language: string): (iso: string) => string {
  const fmt = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? fmt.format(new Date(`${iso}T00:00:00Z`)) : iso);
}

export function dateRange(b: Pick<BatchSummary, 'startsOn' | 'endsOn'>, language: string): string {
  const f = dateFormatter(language);
  return b.startsOn === b.endsOn ? f(b.startsOn) : `${f(b.startsOn)} – ${f(b.endsOn)}`;
}

export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const STATUS_COLORS: Record<BatchStatus, string> = {
  planning: 'blue.9',
  running: '#1d6b2f',
  integration: 'grape.9',
  closed: 'gray.8',
};

/** The status after this one, or null when closed. */
export function nextStatus(s: BatchStatus): Exclude<BatchStatus, 'planning'> | null {
  const i = BATCH_STATUSES.indexOf(s);
  return (BATCH_STATUSES[i + 1] as Exclude<BatchStatus, 'planning'> | undefined) ?? null;
}

export const statusLabel = (t: TFunction, s: BatchStatus) => t(`planning.batch.statuses.${s}`);

/** zod messages of the batch schemas → catalogue text; others go through the shared mapping. */
export function batchFieldError(
  t: TFunction,
  message: string | undefined,
  fallback: (m: string | undefined) => string | undefined,
) {
  if (message === 'ends-before-start') return t('planning.common.endsBeforeStart');
  if (message === 'date-format') return t('planning.common.dateFormat');
  if (message === 'time-format') return t('planning.common.timeFormat');
  return fallback(message);
}
