import { DEVELOPMENT_FORMS, MIN_JP_PER_YEAR } from '../../../shared/domain/development';
import type { IdpUpdateInput, IdpView } from '../../../shared/schemas/results';

/** What the editor changes: the update payload minus the reference and the revision. */
export type IdpDraft = Omit<IdpUpdateInput, 'batchId' | 'participantId' | 'revision'>;
export type ActivityDraft = IdpDraft['items'][number]['activities'][number];

export function draftOf(idp: IdpView): IdpDraft {
  return {
    periodFrom: idp.periodFrom,
    periodTo: idp.periodTo,
    mentor: idp.mentor,
    supervisor: idp.supervisor,
    items: idp.items.map((item) => ({
      competency: item.competency,
      target: item.target,
      indicators: item.indicators,
      evidence: item.evidence,
      activities: item.activities.map((a) => ({
        formCode: a.formCode,
        provider: a.provider,
        start: a.start,
        end: a.end,
        jp: a.jp,
      })),
    })),
  };
}

export function updatePayload(idp: IdpView, draft: IdpDraft): IdpUpdateInput {
  const blank = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());
  return {
    batchId: idp.batchId,
    participantId: idp.participantId,
    revision: idp.revision,
    ...draft,
    mentor: blank(draft.mentor),
    supervisor: blank(draft.supervisor),
  };
}

export function newActivity(periodFrom: string): ActivityDraft {
  const form = DEVELOPMENT_FORMS[0]!;
  return { formCode: form.code, provider: '', start: periodFrom, end: periodFrom, jp: form.defaultJp };
}

export function pillarOf(formCode: string): number | null {
  return DEVELOPMENT_FORMS.find((f) => f.code === formCode)?.pillar ?? null;
}

/**
 * Planned JP per calendar year of the period (a year without activities counts 0), as the
 * editor shows it live; an activity counts in the year it ends, or starts when it has no end.
 */
export function jpPerYear(draft: IdpDraft): { year: number; jp: number; belowMinimum: boolean }[] {
  const totals = new Map<number, number>();
  const from = Number(draft.periodFrom.slice(0, 4));
  const to = Number(draft.periodTo.slice(0, 4));
  if (from && to && to >= from && to - from < 10) for (let y = from; y <= to; y++) totals.set(y, 0);
  for (const item of draft.items)
    for (const a of item.activities) {
      const date = a.end ?? a.start;
      if (!date) continue;
      const year = Number(date.slice(0, 4));
      totals.set(year, (totals.get(year) ?? 0) + a.jp);
    }
  return [...totals.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, jp]) => ({ year, jp, belowMinimum: jp < MIN_JP_PER_YEAR }));
}
