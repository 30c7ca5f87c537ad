import type { RubricRow } from '../../../shared/schemas/scoring';
import { pick } from './format';

/** What the tagger needs to know about one competency of the exercise. */
export interface TagCompetency {
  code: string;
  name: string;
  indicators: Array<{ idNumber: string; code: string; level: number; text: string }>;
}

export function tagCompetencies(rubric: readonly RubricRow[], language: string): TagCompetency[] {
  return rubric.map((row) => ({
    code: row.competency,
    name: pick(row.name, language),
    indicators: row.levels.flatMap((lv) =>
      lv.indicators.map((ind) => ({
        idNumber: ind.idNumber,
        code: ind.name,
        level: lv.level,
        text: pick(ind.description, language),
      })),
    ),
  }));
}

/** Indicator id → its competency and level, for the evidence suggestion computed on screen. */
export function indicatorIndex(competencies: readonly TagCompetency[]) {
  const index = new Map<string, { competency: string; level: number; code: string; text: string }>();
  for (const c of competencies)
    for (const i of c.indicators)
      index.set(i.idNumber, { competency: c.code, level: i.level, code: i.code, text: i.text });
  return index;
}
