import type { Bilingual, FrameworkNode, FrameworkSnapshot } from '../../../shared/schemas/framework';

/**
 * The ASN shape of a framework version (competency → levels → indicators) built from its flat
 * node list, and the search over it. Pure, so the tree and its tests share one truth.
 */
export interface LevelView {
  node: FrameworkNode;
  indicators: FrameworkNode[];
}
export interface CompetencyView {
  node: FrameworkNode;
  levels: LevelView[];
}

const bySort = (a: FrameworkNode, b: FrameworkNode) => a.sortOrder - b.sortOrder;

export function competencyTree(snapshot: FrameworkSnapshot): CompetencyView[] {
  const children = new Map<string | null, FrameworkNode[]>();
  for (const n of snapshot.nodes) {
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  }
  const kids = (id: string) => [...(children.get(id) ?? [])].sort(bySort);
  return snapshot.nodes
    .filter((n) => n.kind === 'competency')
    .sort(bySort)
    .map((node) => ({
      node,
      levels: kids(node.idNumber)
        .filter((l) => l.kind === 'level')
        .sort((a, b) => (a.level ?? 0) - (b.level ?? 0))
        .map((level) => ({ node: level, indicators: kids(level.idNumber).filter((i) => i.kind === 'indicator') })),
    }));
}

/** Case- and accent-insensitive, so "kerja sama" finds "Kerja Sama" and "integritas" finds "Integritas". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(node: FrameworkNode, query: string): boolean {
  const q = fold(query);
  return [node.name.id, node.name.en, node.description.id, node.description.en].some((t) => fold(t).includes(q));
}

/**
 * The part of the tree a search keeps: a competency whose own texts match keeps all its levels;
 * otherwise only the levels (and indicators) that match, so the user sees where the hit is.
 * `open` lists the nodes to show expanded so every hit is visible.
 */
export function filterTree(tree: CompetencyView[], query: string): { tree: CompetencyView[]; open: Set<string> } {
  const open = new Set<string>();
  if (query.trim() === '') return { tree, open };
  const q = query.trim();
  const kept: CompetencyView[] = [];
  for (const c of tree) {
    const levels: LevelView[] = [];
    for (const l of c.levels) {
      const hits = l.indicators.filter((i) => matches(i, q));
      if (hits.length > 0) {
        open.add(c.node.idNumber).add(l.node.idNumber);
        levels.push({ node: l.node, indicators: hits });
      } else if (matches(l.node, q)) {
        open.add(c.node.idNumber);
        levels.push(l);
      }
    }
    if (matches(c.node, q)) kept.push(levels.length > 0 ? { node: c.node, levels: mergeLevels(c.levels, levels) } : c);
    else if (levels.length > 0) kept.push({ node: c.node, levels });
  }
  return { tree: kept, open };
}

/** A competency that matches by its own name shows every level; matching levels keep their filtered indicators. */
function mergeLevels(all: LevelView[], hits: LevelView[]): LevelView[] {
  return all.map((l) => hits.find((h) => h.node.idNumber === l.node.idNumber) ?? l);
}

export function textOf(b: Bilingual, language: string): string {
  return language === 'en' && b.en.trim() !== '' ? b.en : b.id;
}

/** The seeded note carries both languages as "Indonesian / English"; show the current one. */
export function noteIn(note: string, language: string): string {
  const cut = note.indexOf(' / ');
  if (cut < 0) return note;
  return language === 'en' ? note.slice(cut + 3) : note.slice(0, cut);
}
