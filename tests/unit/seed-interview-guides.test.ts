import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frameworkSnapshot } from '../../shared/schemas/framework';
import { STAR_PARTS, interviewGuideSet } from '../../shared/schemas/interview-guide';

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)), 'utf8'));
}

describe('seeded BEI interview guides', () => {
  const raw = readJson('resources/interview-guides/bei-asn.json');
  const set = interviewGuideSet.parse(raw);
  const dict = frameworkSnapshot.parse(readJson('resources/dictionary/asn-permenpan-38-2017.json'));
  const competencyIds = dict.nodes.filter((n) => n.kind === 'competency').map((n) => n.idNumber);

  it('has one guide per competency of the seeded dictionary, in dictionary order', () => {
    expect(set.guides).toHaveLength(9);
    expect(set.guides.map((g) => g.competency)).toEqual(competencyIds);
  });

  it('has a main question, every STAR part, look-fors and red flags in both languages', () => {
    for (const g of set.guides) {
      // BEI asks for a real past event, not an opinion or a hypothetical.
      expect(g.mainQuestion.id).toMatch(/^Ceritakan /);
      expect(g.mainQuestion.en).toMatch(/^Tell me about /);
      for (const part of STAR_PARTS) expect(g.probes[part].length, `${g.competency} ${part}`).toBeGreaterThanOrEqual(1);
      expect(g.lookFors.length).toBeGreaterThanOrEqual(2);
      expect(g.lookFors.length).toBeLessThanOrEqual(3);
      expect(g.redFlags.length).toBeGreaterThanOrEqual(1);
      expect(g.redFlags.length).toBeLessThanOrEqual(2);
    }
  });

  it('contains no blank text anywhere', () => {
    const texts: Array<{ id: string; en: string }> = [set.note];
    for (const g of set.guides) {
      texts.push(g.mainQuestion, ...g.lookFors, ...g.redFlags, ...STAR_PARTS.flatMap((p) => g.probes[p]));
    }
    for (const t of texts) {
      expect(t.id.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
    }
  });

  it('rejects a guide with a missing STAR part, a blank probe or a duplicate competency', () => {
    const first = set.guides[0];
    if (!first) throw new Error('fixture');
    const noResult = { ...first, probes: { ...first.probes, result: [] } };
    const { task: _task, ...withoutTask } = first.probes;
    const blank = { ...first, probes: { ...first.probes, action: [{ id: '  ', en: 'What did you do?' }] } };
    const parse = (guides: unknown[]) => interviewGuideSet.safeParse({ note: set.note, guides }).success;
    expect(parse([first])).toBe(true);
    expect(parse([noResult])).toBe(false);
    expect(parse([{ ...first, probes: withoutTask }])).toBe(false);
    expect(parse([blank])).toBe(false);
    expect(parse([first, first])).toBe(false);
  });
});
