import { interviewGuide, STAR_PARTS, type GuideText, type InterviewGuide } from '../../../shared/schemas/interview-guide';
import { zodFormOptions } from '../../lib/form-errors';

/** The lists of one guide, in the order the assessor reads them. */
export const GUIDE_LISTS = [...STAR_PARTS, 'lookFors', 'redFlags'] as const;
export type GuideList = (typeof GUIDE_LISTS)[number];
export type Lang = keyof GuideText;

/** One bilingual line being edited; `key` keeps React's rows stable while lines move. */
export interface DraftItem extends GuideText {
  key: string;
}

export interface GuideDraft {
  competency: string;
  mainQuestion: GuideText;
  lists: Record<GuideList, DraftItem[]>;
}

/** Field path (as the schema and the main side name it) → encoded error message. */
export type GuideErrors = ReadonlyMap<string, string>;

let nextKey = 0;
const item = (text: GuideText): DraftItem => ({ key: `item-${++nextKey}`, id: text.id, en: text.en });

const isStar = (list: GuideList): list is (typeof STAR_PARTS)[number] =>
  (STAR_PARTS as readonly string[]).includes(list);

function listOf(guide: InterviewGuide, list: GuideList): GuideText[] {
  return isStar(list) ? guide.probes[list] : guide[list];
}

export function toDraft(guide: InterviewGuide): GuideDraft {
  const lists = Object.fromEntries(GUIDE_LISTS.map((l) => [l, listOf(guide, l).map(item)])) as GuideDraft['lists'];
  return { competency: guide.competency, mainQuestion: { id: guide.mainQuestion.id, en: guide.mainQuestion.en }, lists };
}

const plain = (items: DraftItem[]): GuideText[] => items.map(({ id, en }) => ({ id, en }));

/** The guide as typed (not yet trimmed or checked). */
export function toGuide(d: GuideDraft): InterviewGuide {
  return {
    competency: d.competency,
    mainQuestion: { ...d.mainQuestion },
    probes: {
      situation: plain(d.lists.situation),
      task: plain(d.lists.task),
      action: plain(d.lists.action),
      result: plain(d.lists.result),
    },
    lookFors: plain(d.lists.lookFors),
    redFlags: plain(d.lists.redFlags),
  };
}

/** Where a list's line sits in the schema: "probes.action.2.en", "lookFors.0.id". */
export function itemPath(list: GuideList, index: number, lang: Lang): string {
  return `${isStar(list) ? `probes.${list}` : list}.${index}.${lang}`;
}

export function listPath(list: GuideList): string {
  return isStar(list) ? `probes.${list}` : list;
}

/** Checked with the contract's own schema: the trimmed guide to send, or an error per field. */
export function checkDraft(d: GuideDraft): { guide: InterviewGuide } | { errors: GuideErrors } {
  const parsed = interviewGuide.safeParse(toGuide(d), zodFormOptions);
  if (parsed.success) return { guide: parsed.data };
  return { errors: new Map(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
}

/** The main side's VALIDATION details name the payload path ("guide.probes.action.0.id"). */
export function serverErrors(details: readonly { path: string; message: string }[] | undefined): GuideErrors {
  return new Map((details ?? []).map((d) => [d.path.replace(/^guide\./, ''), d.message]));
}

/** Whether the draft differs from the saved guide (compared as the guide it would send). */
export function isDirty(d: GuideDraft, saved: InterviewGuide): boolean {
  return JSON.stringify(toGuide(d)) !== JSON.stringify(toGuide(toDraft(saved)));
}

// ---- edits (each returns a new draft) ----

const withList = (d: GuideDraft, list: GuideList, items: DraftItem[]): GuideDraft => ({
  ...d,
  lists: { ...d.lists, [list]: items },
});

export const setMain = (d: GuideDraft, lang: Lang, text: string): GuideDraft => ({
  ...d,
  mainQuestion: { ...d.mainQuestion, [lang]: text },
});

export const setItem = (d: GuideDraft, list: GuideList, index: number, lang: Lang, text: string) =>
  withList(
    d,
    list,
    d.lists[list].map((x, i) => (i === index ? { ...x, [lang]: text } : x)),
  );

export const addItem = (d: GuideDraft, list: GuideList) => withList(d, list, [...d.lists[list], item({ id: '', en: '' })]);

/** A list keeps at least one line (the schema's minimum): removing the last one does nothing. */
export const removeItem = (d: GuideDraft, list: GuideList, index: number) =>
  d.lists[list].length <= 1 ? d : withList(d, list, d.lists[list].filter((_, i) => i !== index));

export function moveItem(d: GuideDraft, list: GuideList, from: number, to: number): GuideDraft {
  const items = [...d.lists[list]];
  if (to < 0 || to >= items.length) return d;
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved!);
  return withList(d, list, items);
}
