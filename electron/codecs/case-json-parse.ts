import type { z } from 'zod';
import { idNumber as idNumberSchema, type FrameworkHeader, type FrameworkNode } from '../../shared/schemas/framework';
import { CASE_UUID } from './case-ids';
import { cfAssociationIn, cfDocumentIn, cfItemIn, documentExtension, itemExtension } from './case-json-format';
import { isStandardItem, readStandards } from './case-standards';
import { problem } from './problems';
import { decodeText } from './text';
import { checkTree, normaliseSnapshot, validateSnapshot, type LocatedNode } from './tree';
import type { CodecError, FrameworkParseResult } from './types';

type ItemIn = z.infer<typeof cfItemIn>;
type AssocIn = z.infer<typeof cfAssociationIn>;

function zodErrors(prefix: string, error: z.ZodError): CodecError[] {
  return error.issues.map((i) => problem([prefix, ...i.path].join('.'), 'invalidValue', { detail: i.message }));
}

function readArray<T>(raw: unknown, key: string, schema: z.ZodType<T>, errors: CodecError[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(problem(key, 'notArray'));
    return [];
  }
  return raw.flatMap((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      errors.push(...zodErrors(`${key}[${i}]`, parsed.error));
      return [];
    }
    return [parsed.data];
  });
}

const KINDS: Record<string, FrameworkNode['kind']> = {
  group: 'group',
  competency: 'competency',
  level: 'level',
  indicator: 'indicator',
};

/**
 * Reads a CASE 1.1 CFPackage. The tree comes from isChildOf (a child of the CFDocument is
 * top-level; an item with several parents keeps the one with the lowest sequenceNumber) and
 * hasSkillLevel (competency → level) associations; isRelatedTo become cross references; other
 * association types may point outside the package and are ignored. Position standard items and
 * their associations are not part of the tree: they are read by case-standards.ts.
 */
export function parseCaseJson(bytes: Uint8Array, fileName = 'file'): FrameworkParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeText(bytes).text);
  } catch (e) {
    return {
      snapshot: null,
      errors: [problem(fileName, 'notJson', { detail: e instanceof Error ? e.message : String(e) })],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { snapshot: null, errors: [problem(fileName, 'notPackage')] };
  const pkg = raw as Record<string, unknown>;
  const errors: CodecError[] = [];
  if (pkg.CFDocument === undefined) return { snapshot: null, errors: [problem('CFDocument', 'missingDocument')] };
  const docParsed = cfDocumentIn.safeParse(pkg.CFDocument);
  if (!docParsed.success) return { snapshot: null, errors: zodErrors('CFDocument', docParsed.error) };
  const doc = docParsed.data;
  if (!CASE_UUID.test(doc.identifier))
    errors.push(problem('CFDocument.identifier', 'invalidUuid', { value: doc.identifier }));
  const items = readArray(pkg.CFItems, 'CFItems', cfItemIn, errors);
  const assocs = readArray(pkg.CFAssociations, 'CFAssociations', cfAssociationIn, errors);
  items.forEach((it, i) => {
    if (!CASE_UUID.test(it.identifier))
      errors.push(problem(`CFItems[${i}].identifier`, 'invalidUuid', { value: it.identifier }));
  });
  assocs.forEach((a, i) => {
    if (!CASE_UUID.test(a.identifier))
      errors.push(problem(`CFAssociations[${i}].identifier`, 'invalidUuid', { value: a.identifier }));
  });
  if (errors.length > 0) return { snapshot: null, errors };

  const standardIds = new Set(items.filter(isStandardItem).map((i) => i.identifier));
  const itemById = new Map<string, { item: ItemIn; index: number }>(
    items.map((item, index) => [item.identifier, { item, index }]),
  );
  const nodeIdOf = (item: ItemIn) => {
    const code = item.humanCodingScheme?.trim() ?? '';
    return code !== '' && idNumberSchema.safeParse(code).success ? code : item.identifier;
  };
  const parentOf = new Map<string, { parent: string | null; seq: number }>();
  const related = new Map<string, string[]>();
  assocs.forEach((a: AssocIn, i) => {
    if (!['isChildOf', 'hasSkillLevel', 'isRelatedTo'].includes(a.associationType)) return;
    if (standardIds.has(a.originNodeURI.identifier)) return;
    const origin = itemById.get(a.originNodeURI.identifier);
    const destIsDoc = a.destinationNodeURI.identifier === doc.identifier;
    const dest = itemById.get(a.destinationNodeURI.identifier);
    if (!origin)
      errors.push(problem(`CFAssociations[${i}].originNodeURI`, 'notInPackage', { value: a.originNodeURI.identifier }));
    if (!dest && !(destIsDoc && a.associationType === 'isChildOf')) {
      errors.push(
        problem(`CFAssociations[${i}].destinationNodeURI`, 'notInPackage', { value: a.destinationNodeURI.identifier }),
      );
    }
    if (!origin || (!dest && !destIsDoc)) return;
    // hasSkillLevel points from the competency to its level: the level is the child.
    const [child, parent] =
      a.associationType === 'hasSkillLevel' ? [dest!.item, origin.item] : [origin.item, dest?.item ?? null];
    if (a.associationType === 'isRelatedTo') {
      const list = related.get(origin.item.identifier) ?? [];
      list.push(nodeIdOf(dest!.item));
      related.set(origin.item.identifier, list);
      return;
    }
    const seq = a.sequenceNumber ?? Number.MAX_SAFE_INTEGER;
    const current = parentOf.get(child.identifier);
    if (!current || seq < current.seq)
      parentOf.set(child.identifier, { parent: parent ? nodeIdOf(parent) : null, seq });
  });
  if (errors.length > 0) return { snapshot: null, errors };

  const docExt = documentExtension.safeParse(doc.extensions?.asesa);
  const header: FrameworkHeader = docExt.success
    ? docExt.data
    : {
        idNumber: doc.identifier,
        name: { id: doc.title, en: doc.title },
        description: { id: doc.description ?? '', en: doc.description ?? '' },
        source: '',
        verifyNote: null,
        scaleValues: '1,2,3,4,5',
        scaleConfiguration: '',
        taxonomies: [],
      };
  const hasChildren = new Set([...parentOf.values()].map((p) => p.parent).filter((p): p is string => p !== null));
  const nodeOf = new Map<string, FrameworkNode>();
  const located: LocatedNode[] = items.flatMap((item, index) => {
    if (standardIds.has(item.identifier)) return [];
    const ext = itemExtension.safeParse(item.extensions?.asesa);
    const id = nodeIdOf(item);
    const place = parentOf.get(item.identifier);
    const name = item.abbreviatedStatement ?? item.humanCodingScheme ?? item.fullStatement;
    const base = {
      idNumber: id,
      parent: place?.parent ?? null,
      sortOrder: place && place.seq !== Number.MAX_SAFE_INTEGER ? place.seq : index,
      related: related.get(item.identifier) ?? [],
    };
    const node: FrameworkNode = ext.success
      ? { ...base, ...ext.data }
      : {
          ...base,
          kind: KINDS[item.CFItemType?.toLowerCase() ?? ''] ?? (hasChildren.has(id) ? 'group' : 'competency'),
          competencyType: null,
          level: null,
          name: { id: name, en: name },
          description: { id: item.fullStatement, en: item.fullStatement },
          retired: false,
          moodleRule: null,
        };
    nodeOf.set(item.identifier, node);
    return [{ node, where: `CFItems[${index}] (${item.identifier})` }];
  });
  errors.push(...checkTree(located, { id: 'humanCodingScheme', parent: 'isChildOf', related: 'isRelatedTo' }));
  if (errors.length > 0) return { snapshot: null, errors };
  const snapshot = { framework: header, nodes: located.map((l) => l.node) };
  const invalid = validateSnapshot(snapshot, (i) => located[i]!.where, 'CFDocument');
  if (invalid.length > 0) return { snapshot: null, errors: invalid };
  const read = readStandards(items, assocs, nodeOf);
  if (read.errors.length > 0) return { snapshot: null, errors: read.errors };
  return { snapshot: normaliseSnapshot(snapshot), errors: [], standards: read.standards };
}
