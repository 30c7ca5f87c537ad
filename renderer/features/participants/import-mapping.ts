import {
  PARTICIPANT_FIELDS,
  type ColumnMapping,
  type ImportPreview,
  type ParticipantField,
} from '../../../shared/schemas/participant';

/** What the mapping screen edits: column index → field ('' = ignored). */
export type ColumnAssignment = Record<number, ParticipantField | ''>;

export function assignmentFrom(preview: ImportPreview): ColumnAssignment {
  return Object.fromEntries(preview.columns.map((c) => [c.index, c.field ?? '']));
}

/** Gives `field` to `column`, taking it away from any other column (one column per field). */
export function assign(current: ColumnAssignment, column: number, field: ParticipantField | ''): ColumnAssignment {
  const next: ColumnAssignment = { ...current };
  if (field !== '') for (const [k, v] of Object.entries(next)) if (v === field) next[Number(k)] = '';
  next[column] = field;
  return next;
}

/**
 * The contract's mapping: every field named explicitly, with its column or null, so the main
 * side's header guess never overrides what the user chose on screen.
 */
export function mappingOf(assignment: ColumnAssignment): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of PARTICIPANT_FIELDS) {
    const entry = Object.entries(assignment).find(([, f]) => f === field);
    mapping[field] = entry ? Number(entry[0]) : null;
  }
  return mapping;
}

export function missingRequired(assignment: ColumnAssignment): ParticipantField[] {
  const used = new Set(Object.values(assignment));
  return (['nip', 'name'] as const).filter((f) => !used.has(f));
}
