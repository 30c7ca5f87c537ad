import type { FrameworkNode, FrameworkSnapshot } from '../../shared/schemas/framework';
import { writeCsv } from './csv';
import { MOODLE_COLUMNS, withMarker, type HeaderMarker, type NodeMarker } from './moodle-csv-format';
import { normaliseSnapshot } from './tree';

function bilingualExtra(name: { id: string; en: string }, description: { id: string; en: string }) {
  return name.en === name.id && description.en === description.id
    ? undefined
    : { name: name.en, description: description.en };
}

function nodeRow(node: FrameworkNode, exportedId: number): string[] {
  const marker: NodeMarker = { kind: node.kind };
  if (node.competencyType) marker.type = node.competencyType;
  if (node.level !== null) marker.level = node.level;
  const en = bilingualExtra(node.name, node.description);
  if (en) marker.en = en;
  if (node.retired) marker.retired = true;
  return [
    node.parent ?? '',
    node.idNumber,
    node.name.id,
    withMarker(node.description.id, marker),
    '1',
    '',
    '',
    node.moodleRule?.type ?? '',
    node.moodleRule?.outcome ?? '0',
    node.moodleRule?.config ?? 'null',
    node.related.join(','),
    String(exportedId),
    '',
    '',
  ];
}

/**
 * Writes the 14-column Moodle CSV: the framework row first, then nodes depth-first so every
 * parent precedes its children. Visible texts are Indonesian (the working language of the
 * agencies that run Moodle for ASN training); English and our node kinds ride in the marker.
 */
export function serializeMoodleCsv(snapshot: FrameworkSnapshot): string {
  const { framework: fw, nodes } = normaliseSnapshot(snapshot);
  const marker: HeaderMarker = {};
  const en = bilingualExtra(fw.name, fw.description);
  if (en) marker.en = en;
  if (fw.source) marker.source = fw.source;
  if (fw.verifyNote !== null) marker.verifyNote = fw.verifyNote;
  const frameworkRow = [
    '',
    fw.idNumber,
    fw.name.id,
    Object.keys(marker).length > 0 ? withMarker(fw.description.id, marker) : fw.description.id,
    '1',
    fw.scaleValues,
    fw.scaleConfiguration,
    '',
    '',
    '',
    '',
    '',
    '1',
    fw.taxonomies.join(','),
  ];
  return writeCsv([[...MOODLE_COLUMNS], frameworkRow, ...nodes.map((n, i) => nodeRow(n, i + 1))], {
    quoteSpaces: true,
  });
}
