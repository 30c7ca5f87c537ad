import type { FrameworkHeader, FrameworkNode, FrameworkSnapshot } from '../../shared/schemas/framework';
import type { FieldChange, VersionDiff } from '../../shared/schemas/dictionary';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-level comparison; bilingual texts are compared per language ("name.en"). */
function changes<T extends object>(a: T, b: T, skip: readonly string[] = []): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys({ ...a, ...b }) as (keyof T & string)[]) {
    if (skip.includes(key)) continue;
    const [x, y] = [a[key], b[key]];
    const isBilingual = (v: unknown): v is { id: string; en: string } =>
      typeof v === 'object' && v !== null && 'id' in v && 'en' in v && !Array.isArray(v);
    if (isBilingual(x) && isBilingual(y)) {
      if (x.id !== y.id) out.push({ field: `${key}.id`, old: x.id, new: y.id });
      if (x.en !== y.en) out.push({ field: `${key}.en`, old: x.en, new: y.en });
    } else if (!same(x, y)) out.push({ field: key, old: x, new: y });
  }
  return out;
}

/**
 * What changed from `from` to `to`, by id number (stable across versions). Sort order is
 * compared too, so a moved indicator shows up as changed.
 */
export function diffSnapshots(from: FrameworkSnapshot, to: FrameworkSnapshot): VersionDiff {
  const before = new Map(from.nodes.map((n) => [n.idNumber, n]));
  const after = new Map(to.nodes.map((n) => [n.idNumber, n]));
  const added: FrameworkNode[] = [];
  const changed: VersionDiff['changed'] = [];
  let unchanged = 0;
  for (const node of to.nodes) {
    const old = before.get(node.idNumber);
    if (!old) {
      added.push(node);
      continue;
    }
    const fields = changes(old, node);
    if (fields.length > 0) changed.push({ idNumber: node.idNumber, changes: fields });
    else unchanged++;
  }
  const removed = from.nodes.filter((n) => !after.has(n.idNumber));
  return {
    header: changes<FrameworkHeader>(from.framework, to.framework, ['idNumber']),
    added,
    removed,
    changed,
    unchanged,
  };
}
