import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchState } from './use-batch';
import type { NameBook } from './warning-text';

/** Names for the ids the batch channels return (participants, assessors, competency codes). */
export function useNameBook(state: BatchState): NameBook {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { detail, assessors, competencyNames } = state;
  return useMemo(() => {
    const people = new Map(detail?.participants.map((p) => [p.participantId, p.name]));
    const staff = new Map<string, string>(assessors.map((a) => [a.userId, a.displayName]));
    for (const m of detail?.team ?? []) staff.set(m.userId, m.displayName);
    const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      participant: (id) => people.get(id) ?? id,
      assessor: (id) => staff.get(id) ?? id,
      competency: (code) => competencyNames.get(code)?.[lang] ?? code,
      date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? fmt.format(new Date(`${iso}T00:00:00Z`)) : iso),
    };
  }, [detail, assessors, competencyNames, lang]);
}
