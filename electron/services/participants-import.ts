import type {
  ColumnMapping,
  ImportCounts,
  ImportPreview,
  ImportProblem,
  ParticipantField,
} from '../../shared/schemas/participant';
import { normaliseNip } from '../../shared/domain/nip';
import { translate } from '../../shared/i18n/translate';
import type { Db } from '../db/connection';
import { ImportFileError, type RawTable } from '../codecs/participants-table';
import { participantsByNip, type ParticipantRow, type ParticipantValues } from '../repositories/participant';
import { REQUIRED_FIELDS, resolveColumns } from './participant-columns';
import { validateRow, type RowProblem, type RowResult } from './participant-rows';

/** Fields compared for the per-field diff, with the column each lives in. */
const DIFF_FIELDS: [ParticipantField, keyof ParticipantValues][] = [
  ['kind', 'kind'],
  ['name', 'name'],
  ['titleBefore', 'title_before'],
  ['titleAfter', 'title_after'],
  ['golongan', 'golongan'],
  ['jabatan', 'jabatan'],
  ['jenjang', 'jenjang'],
  ['unit', 'unit'],
  ['agency', 'agency'],
  ['email', 'email'],
  ['phone', 'phone'],
];

export interface ImportPlan {
  preview: ImportPreview;
  inserts: ParticipantValues[];
  updates: { id: string; values: ParticipantValues }[];
}

export const problemText = (key: string, params: Record<string, string | number>) => ({
  id: translate('id', `participants.${key}`, params),
  en: translate('en', `participants.${key}`, params),
});

const toProblem = (p: RowProblem): ImportProblem => ({
  row: p.row,
  column: p.column,
  code: p.key,
  text: problemText(p.key, p.params),
});

/** Names both (all) rows of a NIP that occurs more than once; they are all rejected. */
function markDuplicates(results: RowResult[], column: string): void {
  const byNip = new Map<string, RowResult[]>();
  for (const r of results) {
    if (!r.nip) continue;
    const group = byNip.get(r.nip);
    if (group) group.push(r);
    else byNip.set(r.nip, [r]);
  }
  for (const [nip, group] of byNip) {
    if (group.length < 2) continue;
    const rows = group.map((g) => g.row).join(', ');
    for (const g of group) {
      g.values = null;
      g.problems.push({ row: g.row, column, key: 'problems.duplicateNip', params: { nip, rows } });
    }
  }
}

/**
 * Validates every row, compares it with what is stored, and plans the writes. Pure reading:
 * nothing is written here, so a preview can never change the database.
 */
export function planImport(
  db: Db,
  table: RawTable,
  mapping: ColumnMapping | undefined,
  assessmentDate: string,
): ImportPlan {
  const columns = resolveColumns(table.header, mapping);
  const missingFields = REQUIRED_FIELDS.filter((f) => !columns.has(f));
  const fieldOf = new Map([...columns].map(([f, i]) => [i, f]));
  const counts: ImportCounts = { rows: table.rows.length, new: 0, updated: 0, unchanged: 0, rejected: 0 };
  const base = {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    columns: table.header.map((header, index) => ({ index, header, field: fieldOf.get(index) ?? null })),
    missingFields,
  };
  if (missingFields.length) {
    return {
      preview: { ...base, counts: { ...counts, rejected: counts.rows }, problems: [], changes: [] },
      inserts: [],
      updates: [],
    };
  }

  const nipIndex = columns.get('nip')!;
  const rawNips = table.rows.map((r) => normaliseNip(r.cells[nipIndex]?.text ?? ''));
  const existing = participantsByNip(db, [...new Set(rawNips.filter((n) => /^\d{18}$/.test(n)))]);
  const ctx = { columns, header: table.header, assessmentDate, storedKind: (nip: string) => existing.get(nip)?.kind };
  const results = table.rows.map((r) => validateRow(r, ctx));
  markDuplicates(results, table.header[nipIndex] ?? 'NIP');

  const plan: ImportPlan = { preview: { ...base, counts, problems: [], changes: [] }, inserts: [], updates: [] };
  for (const r of results) {
    plan.preview.problems.push(...r.problems.map(toProblem));
    if (!r.values) {
      counts.rejected++;
      continue;
    }
    const old = existing.get(r.values.nip);
    if (!old) {
      counts.new++;
      plan.inserts.push(r.values);
      continue;
    }
    const merged = mergeInto(old, r.values, r.given);
    const fields = DIFF_FIELDS.filter(([, col]) => merged[col] !== old[col]).map(([field, col]) => ({
      field,
      old: old[col],
      new: merged[col],
    }));
    if (fields.length === 0) counts.unchanged++;
    else {
      counts.updated++;
      plan.updates.push({ id: old.id, values: merged });
      plan.preview.changes.push({ row: r.row, nip: old.nip, name: old.name, fields });
    }
  }
  return plan;
}

/** The stored row with the file's values laid over it; a field the file left empty keeps its value. */
function mergeInto(old: ParticipantRow, values: ParticipantValues, given: Set<ParticipantField>): ParticipantValues {
  const keep = (field: ParticipantField, col: keyof ParticipantValues) => (given.has(field) ? values[col] : old[col]);
  return {
    ...values,
    title_before: keep('titleBefore', 'title_before'),
    title_after: keep('titleAfter', 'title_after'),
    golongan: keep('golongan', 'golongan') as string | null,
    jabatan: keep('jabatan', 'jabatan'),
    jenjang: keep('jenjang', 'jenjang') as ParticipantValues['jenjang'],
    unit: keep('unit', 'unit'),
    agency: keep('agency', 'agency'),
    email: keep('email', 'email'),
    phone: keep('phone', 'phone'),
    kind: given.has('kind') ? values.kind : old.kind,
  } as ParticipantValues;
}

export function assertImportable(plan: ImportPlan): void {
  const missing = plan.preview.missingFields;
  if (missing.length) throw new ImportFileError('missingColumns', { fields: missing.join(', ') });
}
