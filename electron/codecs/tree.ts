import { frameworkSnapshot, type FrameworkNode, type FrameworkSnapshot } from '../../shared/schemas/framework';
import { problem } from './problems';
import type { CodecError } from './types';

/** A node as read from a file, with a label for messages ("row 12", "CFItems[3]"). */
export interface LocatedNode {
  node: FrameworkNode;
  where: string;
}

/**
 * The structural checks every framework import needs: unique id numbers, parents that exist,
 * no cycles, cross references that resolve. Each error names the row/item and the field.
 */
export function checkTree(
  located: readonly LocatedNode[],
  fields: { id: string; parent: string; related: string },
): CodecError[] {
  const errors: CodecError[] = [];
  const seen = new Map<string, string>();
  for (const { node, where } of located) {
    const first = seen.get(node.idNumber);
    if (first) errors.push(problem(`${where}, ${fields.id}`, 'duplicateId', { id: node.idNumber, first }));
    else seen.set(node.idNumber, where);
  }
  const byId = new Map(located.map((l) => [l.node.idNumber, l.node]));
  for (const { node, where } of located) {
    if (node.parent !== null && !byId.has(node.parent)) {
      errors.push(problem(`${where}, ${fields.parent}`, 'missingParent', { parent: node.parent }));
    }
    for (const ref of node.related) {
      if (!byId.has(ref)) errors.push(problem(`${where}, ${fields.related}`, 'missingReference', { ref }));
    }
  }
  if (errors.length > 0) return errors;
  const reported = new Set<string>();
  for (const { node, where } of located) {
    const chain = new Set<string>([node.idNumber]);
    let cur = node.parent;
    while (cur !== null) {
      if (chain.has(cur)) {
        if (!reported.has(node.idNumber)) {
          errors.push(
            problem(`${where}, ${fields.parent}`, 'cycle', { id: node.idNumber, chain: [...chain].join(' → ') }),
          );
          chain.forEach((c) => reported.add(c));
        }
        break;
      }
      chain.add(cur);
      cur = byId.get(cur)?.parent ?? null;
    }
  }
  return errors;
}

/**
 * The canonical order: depth-first, siblings by sortOrder then file order, sortOrder renumbered
 * 0..n-1 per parent. Both codecs return snapshots in this form, so a round trip compares equal.
 */
export function normaliseSnapshot(snapshot: FrameworkSnapshot): FrameworkSnapshot {
  const children = new Map<string | null, FrameworkNode[]>();
  snapshot.nodes.forEach((n) => {
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  });
  const out: FrameworkNode[] = [];
  const visit = (parent: string | null) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    list.forEach((n, i) => {
      out.push({ ...n, sortOrder: i });
      visit(n.idNumber);
    });
  };
  visit(null);
  return { framework: snapshot.framework, nodes: out };
}

/** Final schema check (id number format, level range …); zod paths are mapped back to file locations. */
export function validateSnapshot(
  snapshot: FrameworkSnapshot,
  nodeWhere: (index: number) => string,
  headerWhere: string,
): CodecError[] {
  const parsed = frameworkSnapshot.safeParse(snapshot);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [section, index, ...rest] = issue.path;
    const where = section === 'nodes' && typeof index === 'number' ? nodeWhere(index) : headerWhere;
    const field = (section === 'nodes' ? rest : [index, ...rest]).filter((p) => p !== undefined).join('.');
    return problem(field ? `${where}, ${field}` : where, 'invalidValue', { detail: issue.message });
  });
}
