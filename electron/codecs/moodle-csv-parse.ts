import type { FrameworkHeader, FrameworkNode } from '../../shared/schemas/framework';
import { parseCsv, type CsvRow } from './csv';
import { COL, MOODLE_COLUMNS, headerMarker, nodeMarker, scaleProblem, splitMarker } from './moodle-csv-format';
import { problem } from './problems';
import { decodeText } from './text';
import { checkTree, normaliseSnapshot, validateSnapshot, type LocatedNode } from './tree';
import type { CodecError, FrameworkParseResult } from './types';

/** "row N" is the row as a spreadsheet shows the file: the header is row 1, blank rows count. */
const rowLabel = (row: number) => `row ${row}`;
const at = (row: number, col: number) => `${rowLabel(row)}, column ${MOODLE_COLUMNS[col] ?? col + 1}`;
const isBlank = (rec: CsvRow) => rec.fields.length === 1 && rec.fields[0] === '';

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function readHeader(rec: CsvRow, errors: CodecError[]): FrameworkHeader {
  const f = rec.fields;
  const { text, marker } = splitMarker(f[COL.description]!);
  const extra = headerMarker.safeParse(marker ?? {});
  const m = extra.success ? extra.data : {};
  const scale = scaleProblem(f[COL.scaleValues]!, f[COL.scaleConfiguration]!);
  if (scale) errors.push(problem(at(rec.row, COL.scaleConfiguration), scale.key, scale.params));
  return {
    idNumber: f[COL.idNumber]!.trim(),
    name: { id: f[COL.shortname]!, en: m.en?.name ?? f[COL.shortname]! },
    description: { id: text, en: m.en?.description ?? text },
    source: m.source ?? '',
    verifyNote: m.verifyNote ?? null,
    scaleValues: f[COL.scaleValues]!,
    scaleConfiguration: f[COL.scaleConfiguration]!,
    taxonomies: splitList(f[COL.taxonomy]!),
  };
}

function readNode(rec: CsvRow, index: number, errors: CodecError[]): FrameworkNode {
  const f = rec.fields;
  const { text, marker } = splitMarker(f[COL.description]!);
  const parsedMarker = marker === undefined ? null : nodeMarker.safeParse(marker);
  if (parsedMarker && !parsedMarker.success) errors.push(problem(at(rec.row, COL.description), 'markerDamaged'));
  const m = parsedMarker?.success ? parsedMarker.data : null;
  const scale = scaleProblem(f[COL.scaleValues]!, f[COL.scaleConfiguration]!);
  if (scale) errors.push(problem(at(rec.row, COL.scaleConfiguration), scale.key, scale.params));
  const parent = f[COL.parent]!.trim();
  const ruleType = f[COL.ruleType]!.trim();
  return {
    idNumber: f[COL.idNumber]!.trim(),
    parent: parent === '' ? null : parent,
    // Without a marker the kind is settled once the tree is known (see below).
    kind: m?.kind ?? 'competency',
    competencyType: m?.type ?? null,
    level: m?.level ?? null,
    name: { id: f[COL.shortname]!, en: m?.en?.name ?? f[COL.shortname]! },
    description: { id: text, en: m?.en?.description ?? text },
    sortOrder: index,
    related: splitList(f[COL.related]!),
    retired: m?.retired ?? false,
    moodleRule: ruleType === '' ? null : { type: ruleType, outcome: f[COL.ruleOutcome]!, config: f[COL.ruleConfig]! },
  };
}

/**
 * Reads a Moodle competency-framework CSV. Nothing is returned unless the whole file is
 * valid; every error names the row (header = row 1) and the column.
 */
export function parseMoodleCsv(bytes: Uint8Array, fileName = 'file'): FrameworkParseResult {
  const { text } = decodeText(bytes);
  // Moodle writes commas (PHP fputcsv); a file with another separator fails the header check.
  const csv = parseCsv(text);
  if (csv.error) {
    const { code, row, column } = csv.error;
    return { snapshot: null, errors: [problem(`${fileName}, ${at(row, column - 1)}`, code)] };
  }
  // Blank lines are skipped, but still counted in row numbers.
  const [head, ...rows] = csv.rows.filter((r) => !isBlank(r));
  if (!head) return { snapshot: null, errors: [problem(fileName, 'emptyFile')] };
  const errors: CodecError[] = [];
  const headerOk =
    head.fields.length === MOODLE_COLUMNS.length && head.fields.every((h, i) => h.trim() === MOODLE_COLUMNS[i]);
  if (!headerOk) {
    return {
      snapshot: null,
      errors: [
        problem(rowLabel(head.row), 'badHeader', { count: MOODLE_COLUMNS.length, columns: MOODLE_COLUMNS.join(', ') }),
      ],
    };
  }
  let header: FrameworkHeader | null = null;
  const located: (LocatedNode & { marked: boolean })[] = [];
  rows.forEach((rec, i) => {
    const index = i + 1;
    if (rec.fields.length !== MOODLE_COLUMNS.length) {
      errors.push(
        problem(rowLabel(rec.row), 'columnCount', { expected: MOODLE_COLUMNS.length, found: rec.fields.length }),
      );
      return;
    }
    if (rec.fields[COL.idNumber]!.trim() === '') {
      errors.push(problem(at(rec.row, COL.idNumber), 'emptyId'));
      return;
    }
    if (rec.fields[COL.isFramework]!.trim() === '1') {
      if (header) errors.push(problem(at(rec.row, COL.isFramework), 'secondFramework'));
      else header = readHeader(rec, errors);
      return;
    }
    const marked = splitMarker(rec.fields[COL.description]!).marker !== undefined;
    located.push({ node: readNode(rec, index, errors), where: rowLabel(rec.row), marked });
  });
  if (!header && errors.length === 0) errors.push(problem(fileName, 'noFrameworkRow'));
  errors.push(
    ...checkTree(located, {
      id: `column ${MOODLE_COLUMNS[COL.idNumber]}`,
      parent: `column ${MOODLE_COLUMNS[COL.parent]}`,
      related: `column ${MOODLE_COLUMNS[COL.related]}`,
    }),
  );
  if (errors.length > 0 || !header) return { snapshot: null, errors };

  const hasChildren = new Set(located.map((l) => l.node.parent).filter((p): p is string => p !== null));
  const nodes = located.map(({ node, marked }) =>
    marked ? node : { ...node, kind: hasChildren.has(node.idNumber) ? ('group' as const) : ('competency' as const) },
  );
  const snapshot = { framework: header, nodes };
  const invalid = validateSnapshot(snapshot, (i) => located[i]!.where, 'framework row');
  if (invalid.length > 0) return { snapshot: null, errors: invalid };
  return { snapshot: normaliseSnapshot(snapshot), errors: [] };
}
