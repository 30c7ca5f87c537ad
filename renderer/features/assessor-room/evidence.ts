import { evidenceSuggestedLevel, rationaleReason, type LevelEvidence } from '../../../shared/domain/evidence';
import type { NoteDraft } from './use-note-autosave';

export interface LiveEvidence {
  notes: NoteDraft[];
  tagged: number;
  positive: number;
  negative: number;
  evidenceLevel: number | null;
}

/**
 * The evidence of one competency from the notes as they are on screen (saved or not), by the
 * same rule the main side applies, so the rubric follows the tagging as it happens.
 */
export function liveEvidence(
  notes: readonly NoteDraft[],
  competency: string,
  levelOf: (indicator: string) => number | undefined,
): LiveEvidence {
  const own = notes.filter((n) => n.competency === competency && n.text.trim() !== '');
  const levelled: LevelEvidence[] = [];
  for (const n of own) {
    const level = n.indicator ? levelOf(n.indicator) : undefined;
    if (level !== undefined && n.polarity) levelled.push({ level, polarity: n.polarity });
  }
  return {
    notes: own,
    tagged: own.length,
    positive: own.filter((n) => n.polarity === 'positive').length,
    negative: own.filter((n) => n.polarity === 'negative').length,
    evidenceLevel: evidenceSuggestedLevel(levelled),
  };
}

/** Why the rationale is required for this choice (or before any choice, when nothing is tagged). */
export function requiredBecause(ev: LiveEvidence, level: number | null) {
  if (level === null) return ev.tagged === 0 ? 'no-evidence' : null;
  return rationaleReason({ taggedNotes: ev.tagged, evidenceLevel: ev.evidenceLevel, level });
}

export function levelSteps(halfLevels: boolean): number[] {
  const step = halfLevels ? 0.5 : 1;
  const out: number[] = [];
  for (let l = 1; l <= 5 + 1e-9; l += step) out.push(l);
  return out;
}
