import type { FrameworkSnapshot } from '../../shared/schemas/framework';
import { associationId, caseUri, documentId, itemId } from './case-ids';
import { ITEM_TYPES, type DocumentExtension, type ItemExtension } from './case-json-format';
import { standardRecords } from './case-standards';
import { normaliseSnapshot } from './tree';
import type { CaseStandard } from './types';

export interface CaseExportOptions {
  /** Stamped on every record; pass the version's own time so re-exports are byte-identical. */
  lastChangeDateTime: string;
  creator?: string;
  /** The framework's position standards: CFItems + hasSkillLevel associations to level items. */
  standards?: readonly CaseStandard[];
}

interface Link {
  title: string;
  identifier: string;
  uri: string;
}

/**
 * Builds a CASE 1.1 CFPackage: one CFDocument, one CFItem per node (CFItemType = kind,
 * humanCodingScheme = id number), isChildOf associations for the tree (top-level nodes are
 * children of the document), isRelatedTo for cross references, then the position standards
 * (case-standards.ts). Indonesian is the primary
 * language of the statements; English rides in the extensions.
 */
export function buildCasePackage(snapshot: FrameworkSnapshot, options: CaseExportOptions) {
  const { framework: fw, nodes } = normaliseSnapshot(snapshot);
  const when = options.lastChangeDateTime;
  const docId = documentId(fw.idNumber);
  const docLink: Link = { title: fw.name.id, identifier: docId, uri: caseUri(docId) };
  const links = new Map<string, Link>(
    nodes.map((n) => {
      const id = itemId(fw.idNumber, n.idNumber);
      return [n.idNumber, { title: n.name.id, identifier: id, uri: caseUri(id) }];
    }),
  );
  const docExt: DocumentExtension = {
    idNumber: fw.idNumber,
    name: fw.name,
    description: fw.description,
    source: fw.source,
    verifyNote: fw.verifyNote,
    scaleValues: fw.scaleValues,
    scaleConfiguration: fw.scaleConfiguration,
    taxonomies: fw.taxonomies,
  };
  const CFDocument = {
    identifier: docId,
    uri: docLink.uri,
    creator: options.creator ?? 'Asesa',
    title: fw.name.id,
    lastChangeDateTime: when,
    description: fw.description.id,
    language: 'id',
    caseVersion: '1.1' as const,
    ...(fw.verifyNote ? { notes: fw.verifyNote } : {}),
    extensions: { asesa: docExt },
  };
  const CFItems = nodes.map((n) => {
    const link = links.get(n.idNumber)!;
    const ext: ItemExtension = {
      kind: n.kind,
      competencyType: n.competencyType,
      level: n.level,
      name: n.name,
      description: n.description,
      retired: n.retired,
      moodleRule: n.moodleRule,
    };
    return {
      identifier: link.identifier,
      uri: link.uri,
      // fullStatement is required; a node without a description states its name.
      fullStatement: n.description.id || n.name.id,
      abbreviatedStatement: n.name.id,
      humanCodingScheme: n.idNumber,
      listEnumeration: String(n.sortOrder + 1),
      CFItemType: ITEM_TYPES[n.kind],
      language: 'id',
      lastChangeDateTime: when,
      extensions: { asesa: ext },
    };
  });
  const association = (
    type: string,
    origin: Link,
    destination: Link,
    sequenceNumber?: number,
    extensions?: Record<string, unknown>,
  ) => {
    const identifier = associationId(fw.idNumber, type, origin.identifier, destination.identifier);
    return {
      identifier,
      associationType: type,
      ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
      uri: caseUri(identifier),
      originNodeURI: origin,
      destinationNodeURI: destination,
      lastChangeDateTime: when,
      ...(extensions ? { extensions } : {}),
    };
  };
  const standards = standardRecords(fw.idNumber, options.standards ?? [], nodes, links, docLink, when, association);
  const CFAssociations = [
    ...nodes.map((n) =>
      association(
        'isChildOf',
        links.get(n.idNumber)!,
        n.parent === null ? docLink : links.get(n.parent)!,
        n.sortOrder + 1,
      ),
    ),
    ...nodes.flatMap((n) =>
      n.related
        .filter((r) => links.has(r))
        .map((r) => association('isRelatedTo', links.get(n.idNumber)!, links.get(r)!)),
    ),
    ...standards.associations,
  ];
  // Standard items have no coding scheme or list position; everything else is shared.
  type NodeItem = (typeof CFItems)[number];
  type PackageItem = Omit<NodeItem, 'humanCodingScheme' | 'listEnumeration' | 'extensions' | 'CFItemType'> &
    Partial<Pick<NodeItem, 'humanCodingScheme' | 'listEnumeration'>> & {
      CFItemType: string;
      notes?: string;
      extensions: object;
    };
  const items: PackageItem[] = [...CFItems, ...standards.items];
  return { CFDocument, CFItems: items, CFAssociations };
}

export function serializeCaseJson(snapshot: FrameworkSnapshot, options: CaseExportOptions): string {
  return `${JSON.stringify(buildCasePackage(snapshot, options), null, 2)}\n`;
}
