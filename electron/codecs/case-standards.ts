import { z } from 'zod';
import { JENJANG, JENJANG_CODES } from '../../shared/domain/jenjang';
import type { FrameworkNode } from '../../shared/schemas/framework';
import type { Requirement } from '../../shared/schemas/position-standard';
import { caseUri, uuidV5 } from './case-ids';
import type { cfAssociationIn, cfItemIn } from './case-json-format';
import { problem } from './problems';
import type { CaseStandard, CodecError } from './types';

/**
 * Position standards (Standar Kompetensi Jabatan) in CASE, the CASE-native way: a standard is
 * a CFItem of its own CFItemType, child of the CFDocument, and each required level is a
 * `hasSkillLevel` association from the standard to the competency's LEVEL item (e.g. INT.L3).
 * What CASE has no field for (jenjang, unit, agency, flags, weights) rides in `extensions`.
 */
export const STANDARD_ITEM_TYPE = 'Position Standard';
/** Read also under the regulation's own name, for packages written by hand. */
const STANDARD_TYPES = new Set([STANDARD_ITEM_TYPE, 'standar kompetensi jabatan'].map((t) => t.toLowerCase()));

export const isStandardItem = (item: { CFItemType?: string | undefined }): boolean =>
  STANDARD_TYPES.has(item.CFItemType?.trim().toLowerCase() ?? '');

export const standardExtension = z.object({
  kind: z.literal('positionStandard'),
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  group: z.string(),
  jenjang: z.enum(JENJANG_CODES),
  unit: z.string().trim().max(200),
  agency: z.string().trim().max(200),
  isDefault: z.boolean(),
  verify: z.boolean(),
});
export type StandardExtension = z.infer<typeof standardExtension>;

export const requirementExtension = z.object({ weight: z.number().min(0).max(100).nullable() });

/**
 * Identity across databases: every database seeds its own default standard per jenjang (with
 * its own id), so defaults are keyed by jenjang; every other standard by the id it was made with.
 */
export const standardKey = (s: Pick<CaseStandard, 'id' | 'isDefault' | 'jenjang'>): string =>
  s.isDefault ? `default:${s.jenjang}` : s.id;

export const standardItemId = (frameworkIdNumber: string, s: CaseStandard): string =>
  uuidV5(`standard:${frameworkIdNumber}:${standardKey(s)}`);

export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

type Associate<A> = (
  type: string,
  origin: CaseLink,
  destination: CaseLink,
  sequenceNumber?: number,
  extensions?: Record<string, unknown>,
) => A;

/** The level node of `competency` at `level`, if the framework has one. */
function levelNode(nodes: readonly FrameworkNode[], competency: string, level: number): FrameworkNode | undefined {
  return nodes.find((n) => n.kind === 'level' && n.parent === competency && n.level === level);
}

/**
 * CFItems and CFAssociations for the standards. A requirement whose level does not exist in
 * the exported version (a competency added or removed later) cannot point anywhere and is left out.
 */
export function standardRecords<A>(
  frameworkIdNumber: string,
  standards: readonly CaseStandard[],
  nodes: readonly FrameworkNode[],
  links: ReadonlyMap<string, CaseLink>,
  docLink: CaseLink,
  when: string,
  associate: Associate<A>,
) {
  const items = standards.map((s) => {
    const identifier = standardItemId(frameworkIdNumber, s);
    const group = JENJANG.find((j) => j.code === s.jenjang)!;
    const ext: StandardExtension = {
      kind: 'positionStandard',
      id: s.id,
      name: s.name,
      group: group.group,
      jenjang: s.jenjang,
      unit: s.unit,
      agency: s.agency,
      isDefault: s.isDefault,
      verify: s.verify,
    };
    return {
      identifier,
      uri: caseUri(identifier),
      fullStatement: s.name,
      abbreviatedStatement: s.name,
      // A human-readable summary for CASE viewers that ignore extensions.
      notes: [group.label, s.unit, s.agency].filter((x) => x !== '').join(' — '),
      CFItemType: STANDARD_ITEM_TYPE,
      language: 'id',
      lastChangeDateTime: when,
      extensions: { asesa: ext },
    };
  });
  const associations = standards.flatMap((s, i) => {
    const item = items[i]!;
    const origin: CaseLink = { title: s.name, identifier: item.identifier, uri: item.uri };
    const requirements = s.requirements.flatMap((r) => {
      const level = levelNode(nodes, r.competency, r.level);
      return level ? [{ link: links.get(level.idNumber)!, weight: r.weight }] : [];
    });
    return [
      associate('isChildOf', origin, docLink),
      ...requirements.map((r, n) => associate('hasSkillLevel', origin, r.link, n + 1, { asesa: { weight: r.weight } })),
    ];
  });
  return { items, associations };
}

type ItemIn = z.infer<typeof cfItemIn>;
type AssocIn = z.infer<typeof cfAssociationIn>;

function zodProblems(prefix: string, error: z.ZodError): CodecError[] {
  return error.issues.map((i) => problem([prefix, ...i.path].join('.'), 'invalidValue', { detail: i.message }));
}

/**
 * Reads the standards back. `nodeOf` maps a CFItem identifier to the framework node parsed
 * from it. A requirement must point to a level item of this package; anything else is an error
 * naming the association, and the caller imports nothing.
 */
export function readStandards(
  items: readonly ItemIn[],
  assocs: readonly AssocIn[],
  nodeOf: ReadonlyMap<string, FrameworkNode>,
): { standards: CaseStandard[]; errors: CodecError[] } {
  const errors: CodecError[] = [];
  const byItem = new Map<string, { standard: CaseStandard; requirements: (Requirement & { seq: number })[] }>();
  items.forEach((item, index) => {
    if (!isStandardItem(item)) return;
    const ext = standardExtension.safeParse(item.extensions?.asesa);
    if (!ext.success) {
      errors.push(...zodProblems(`CFItems[${index}].extensions.asesa`, ext.error));
      return;
    }
    const { kind: _k, group: _g, ...s } = ext.data;
    byItem.set(item.identifier, { standard: { ...s, requirements: [] }, requirements: [] });
  });
  const seen = new Map<string, string>();
  for (const [identifier, { standard }] of byItem) {
    const key = standardKey(standard);
    if (seen.has(key)) {
      const index = items.findIndex((i) => i.identifier === identifier);
      errors.push(problem(`CFItems[${index}]`, 'listedTwice', { id: standard.name }));
    }
    seen.set(key, identifier);
  }
  assocs.forEach((a, i) => {
    const entry = byItem.get(a.originNodeURI.identifier);
    if (!entry || a.associationType !== 'hasSkillLevel') return;
    const where = `CFAssociations[${i}]`;
    const destId = a.destinationNodeURI.identifier;
    const node = nodeOf.get(destId);
    if (!node) {
      errors.push(problem(`${where}.destinationNodeURI`, 'notInPackage', { value: destId }));
      return;
    }
    const competency = node.parent === null ? undefined : [...nodeOf.values()].find((n) => n.idNumber === node.parent);
    if (node.kind !== 'level' || node.level === null || competency?.kind !== 'competency') {
      errors.push(problem(`${where}.destinationNodeURI`, 'notALevel', { id: node.idNumber }));
      return;
    }
    const ext = requirementExtension.safeParse(a.extensions?.asesa ?? { weight: null });
    if (!ext.success) {
      errors.push(...zodProblems(`${where}.extensions.asesa`, ext.error));
      return;
    }
    if (entry.requirements.some((r) => r.competency === competency.idNumber)) {
      errors.push(problem(`${where}.destinationNodeURI`, 'listedTwice', { id: competency.idNumber }));
      return;
    }
    entry.requirements.push({
      competency: competency.idNumber,
      level: node.level,
      weight: ext.data.weight,
      seq: a.sequenceNumber ?? Number.MAX_SAFE_INTEGER,
    });
  });
  const standards = [...byItem.values()].map(({ standard, requirements }) => ({
    ...standard,
    requirements: requirements
      .map((r, n) => ({ r, n }))
      .sort((x, y) => x.r.seq - y.r.seq || x.n - y.n)
      .map(({ r: { seq: _s, ...r } }) => r),
  }));
  return { standards, errors };
}
