import type { TFunction } from 'i18next';
import type { VersionSummary } from '../../../shared/schemas/dictionary';

/** "Versi 2 (23 Nov 2026) — dipakai kegiatan": the number, when it last changed, and whether a batch uses it. */
export function versionLabel(t: TFunction, v: VersionSummary, language: string): string {
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium' }).format(
    new Date(v.updatedAt),
  );
  const used = v.usedBy.length > 0 ? t('dictionaryUi.dictionary.versionUsed') : '';
  return t('dictionaryUi.dictionary.versionOption', { number: v.number, date, used });
}
