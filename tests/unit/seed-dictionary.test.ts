import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JENJANG_CODES } from '../../shared/domain/jenjang';
import { frameworkSnapshot, type FrameworkSnapshot } from '../../shared/schemas/framework';
import { jenjangDefaults as loaderSchema } from '../../shared/schemas/position-standard';

/** The official names as Permenpan RB 38/2017 writes them (domain.md §1.2), with their type. */
const OFFICIAL: ReadonlyArray<readonly [string, 'manajerial' | 'sosial-kultural']> = [
  ['Integritas', 'manajerial'],
  ['Kerja Sama', 'manajerial'],
  ['Komunikasi', 'manajerial'],
  ['Orientasi pada Hasil', 'manajerial'],
  ['Pelayanan Publik', 'manajerial'],
  ['Pengembangan Diri dan Orang Lain', 'manajerial'],
  ['Mengelola Perubahan', 'manajerial'],
  ['Pengambilan Keputusan', 'manajerial'],
  ['Perekat Bangsa', 'sosial-kultural'],
];

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)), 'utf8'));
}

const loadDictionary = (): FrameworkSnapshot =>
  frameworkSnapshot.parse(readJson('resources/dictionary/asn-permenpan-38-2017.json'));

/**
 * Structural rules of the ASN dictionary, as a list of problems so that a test can show each rule
 * catching a broken copy (the seed file itself must give none).
 */
function dictionaryProblems(s: FrameworkSnapshot): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FrameworkSnapshot['nodes'][number]>();
  for (const n of s.nodes) {
    if (byId.has(n.idNumber)) problems.push(`duplicate idNumber ${n.idNumber}`);
    byId.set(n.idNumber, n);
    for (const [field, text] of [
      ['name', n.name],
      ['description', n.description],
    ] as const) {
      if (text.id.trim() === '' || text.en.trim() === '') problems.push(`empty ${field} in ${n.idNumber}`);
    }
  }
  for (const n of s.nodes) {
    if (n.parent !== null && !byId.has(n.parent)) problems.push(`missing parent ${n.parent} of ${n.idNumber}`);
  }
  const competencies = s.nodes.filter((n) => n.kind === 'competency');
  const names = competencies.map((c) => `${c.name.id}|${c.competencyType}`).sort();
  const expected = OFFICIAL.map(([name, type]) => `${name}|${type}`).sort();
  if (JSON.stringify(names) !== JSON.stringify(expected)) problems.push(`competencies ${names.join(', ')}`);
  for (const c of competencies) {
    if (c.parent !== null) problems.push(`competency ${c.idNumber} has a parent`);
    const levels = s.nodes.filter((n) => n.parent === c.idNumber && n.kind === 'level').map((l) => l.level);
    if (JSON.stringify([...levels].sort()) !== '[1,2,3,4,5]')
      problems.push(`levels of ${c.idNumber}: ${levels.join(',')}`);
  }
  for (const l of s.nodes.filter((n) => n.kind === 'level')) {
    const codes = s.nodes
      .filter((n) => n.parent === l.idNumber && n.kind === 'indicator')
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((i) => i.name.id);
    if (codes.length < 3) problems.push(`${l.idNumber} has ${codes.length} indicators`);
    codes.forEach((code, i) => {
      if (code !== `${l.level}.${i + 1}`) problems.push(`${l.idNumber} indicator ${i + 1} is numbered ${code}`);
    });
  }
  if (!s.framework.verifyNote?.trim()) problems.push('verifyNote missing');
  return problems;
}

/** Drop a node (and keep the rest as is) to build a broken copy. */
const without = (s: FrameworkSnapshot, id: string): FrameworkSnapshot => ({
  ...s,
  nodes: s.nodes.filter((n) => n.idNumber !== id),
});

describe('seeded ASN dictionary (Permenpan RB 38/2017)', () => {
  const dict = loadDictionary();

  it('parses as a framework snapshot and breaks none of the structural rules', () => {
    expect(dictionaryProblems(dict)).toEqual([]);
  });

  it('holds exactly the nine official competencies with their types', () => {
    const comps = dict.nodes.filter((n) => n.kind === 'competency');
    expect(comps.map((c) => [c.name.id, c.competencyType])).toEqual(OFFICIAL.map(([n, t]) => [n, t]));
    expect(comps.map((c) => c.idNumber)).toEqual(['INT', 'KS', 'KOM', 'OPH', 'PP', 'PDOL', 'MP', 'PK', 'PB']);
  });

  it('has 5 levels per competency and 3 indicators per level, with stable id numbers', () => {
    expect(dict.nodes.filter((n) => n.kind === 'level')).toHaveLength(45);
    expect(dict.nodes.filter((n) => n.kind === 'indicator')).toHaveLength(135);
    const ind = dict.nodes.find((n) => n.idNumber === 'INT.3.2');
    expect(ind?.parent).toBe('INT.L3');
    expect(ind?.name).toEqual({ id: '3.2', en: '3.2' });
  });

  it('is flagged as a paraphrase to verify, with a valid Moodle scale configuration', () => {
    const f = dict.framework;
    expect(f.idNumber).toBe('ASN-38-2017');
    expect(f.verifyNote).toMatch(/Lampiran/);
    expect(f.verifyNote).toMatch(/WAJIB/);
    expect(f.verifyNote).toMatch(/MUST/);
    expect(f.taxonomies).toEqual(['competency', 'level', 'indicator']);
    const [, ...items] = z
      .tuple(
        [z.object({ scaleid: z.string() })],
        z.object({ id: z.number(), scaledefault: z.number(), proficient: z.number() }),
      )
      .parse(JSON.parse(f.scaleConfiguration));
    expect(items.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    // Moodle needs exactly one default value and at least one proficient value.
    expect(items.filter((c) => c.scaledefault === 1)).toHaveLength(1);
    expect(items.some((c) => c.proficient === 1)).toBe(true);
  });

  it('does not repeat an indicator text anywhere in the dictionary', () => {
    const texts = dict.nodes.filter((n) => n.kind === 'indicator').map((n) => n.description.id);
    expect(new Set(texts).size).toBe(texts.length);
  });

  describe('the structural checks catch broken copies', () => {
    it('a missing level', () => {
      const broken = dictionaryProblems(without(dict, 'KOM.L4'));
      expect(broken).toContain('levels of KOM: 1,2,3,5');
      expect(broken).toContain('missing parent KOM.L4 of KOM.4.1');
    });
    it('a gap in indicator numbering and too few indicators', () => {
      const broken = dictionaryProblems(without(dict, 'PK.2.2'));
      expect(broken).toContain('PK.L2 has 2 indicators');
      expect(broken).toContain('PK.L2 indicator 2 is numbered 2.3');
    });
    it('a renamed competency, a duplicate id number, empty text and no verify note', () => {
      const nodes = dict.nodes.map((n) =>
        n.idNumber === 'MP' ? { ...n, name: { id: 'Pengelolaan Perubahan', en: 'Managing Change' } } : n,
      );
      const first = nodes[1];
      if (!first) throw new Error('fixture');
      nodes.push({ ...first, description: { id: ' ', en: 'x' } });
      const broken = dictionaryProblems({ framework: { ...dict.framework, verifyNote: null }, nodes });
      expect(broken.some((p) => p.startsWith('competencies ') && p.includes('Pengelolaan Perubahan'))).toBe(true);
      expect(broken).toContain(`duplicate idNumber ${first.idNumber}`);
      expect(broken).toContain(`empty description in ${first.idNumber}`);
      expect(broken).toContain('verifyNote missing');
    });
    it('the schema rejects a level outside 1..5', () => {
      const raw = readJson('resources/dictionary/asn-permenpan-38-2017.json') as {
        nodes: Array<Record<string, unknown>>;
      };
      const level = raw.nodes.find((n) => n.idNumber === 'INT.L5');
      if (!level) throw new Error('fixture');
      level.level = 6;
      expect(frameworkSnapshot.safeParse(raw).success).toBe(false);
    });
  });
});

/** Stricter than the loader's schema: the seed must be flagged and every basis tagged [P] or [I]. */
const jenjangDefaults = z.object({
  note: z.object({ id: z.string().trim().min(1), en: z.string().trim().min(1) }),
  verify: z.literal(true),
  defaults: z.array(
    z.object({
      jenjang: z.enum(JENJANG_CODES),
      level: z.number().int().min(1).max(5),
      basis: z.string().regex(/^\[(P|I)\] \S/),
    }),
  ),
});

describe('seeded default required level per jenjang', () => {
  const raw = readJson('resources/dictionary/jenjang-default-levels.json');
  const file = jenjangDefaults.parse(raw);

  it('is readable by the position-standard loader schema', () => {
    expect(loaderSchema.safeParse(raw).success).toBe(true);
  });

  it('has exactly one entry for every jenjang code', () => {
    expect(file.defaults.map((d) => d.jenjang).sort()).toEqual([...JENJANG_CODES].sort());
  });

  it('is flagged as defaults to verify against the official table', () => {
    expect(file.verify).toBe(true);
    expect(file.note.id).toMatch(/PERLU VERIFIKASI/);
    expect(file.note.en).toMatch(/Lampiran I/);
  });

  it('follows the domain table where it is firm and states the choice where it gives a range', () => {
    const level = Object.fromEntries(file.defaults.map((d) => [d.jenjang, d.level]));
    expect(level).toMatchObject({ 'jpt-pratama': 4, administrator: 3, pengawas: 2, pelaksana: 1, mahir: 1 });
    expect(file.defaults.find((d) => d.jenjang === 'mahir')?.basis).toMatch(/1–2.*lower/);
  });

  it('rejects an unknown jenjang, a level out of range and a missing verify flag', () => {
    const bad = (patch: object) => jenjangDefaults.safeParse({ ...file, ...patch }).success;
    expect(bad({ defaults: [{ jenjang: 'eselon-2', level: 3, basis: '[I] x' }] })).toBe(false);
    expect(bad({ defaults: [{ jenjang: 'pengawas', level: 0, basis: '[I] x' }] })).toBe(false);
    expect(bad({ defaults: [{ jenjang: 'pengawas', level: 2, basis: 'guess' }] })).toBe(false);
    expect(bad({ verify: false })).toBe(false);
  });
});
