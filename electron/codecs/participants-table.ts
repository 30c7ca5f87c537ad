/**
 * The neutral shape both participant file readers (CSV, XLSX) produce: a header and rows of
 * cells that remember what the source cell was, so the validator can tell a NIP typed as text
 * from one a spreadsheet stored as a number, and a merged cell from an empty one.
 */
export type CellKind = 'text' | 'number' | 'date' | 'empty' | 'merged' | 'error';

export interface RawCell {
  /** The cell's text; for 'date' an ISO date (YYYY-MM-DD); for 'error' the error value. */
  text: string;
  kind: CellKind;
}

export interface RawRow {
  /** Row number as the user sees it in the file (header = row 1). */
  row: number;
  cells: RawCell[];
}

export interface RawTable {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  header: string[];
  rows: RawRow[];
}

export type FileProblemCode =
  | 'tooLarge'
  | 'empty'
  | 'noRows'
  | 'legacyXls'
  | 'unreadableXlsx'
  | 'notXlsx'
  | 'xlsxTruncated'
  | 'xlsxEntryDamaged'
  | 'xlsxTooLarge'
  | 'xlsxRatio'
  | 'xlsxEntries'
  | 'sheetNotFound'
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'missingColumns'
  | 'rejectedRows';

/** A problem with the file as a whole: nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ImportFileError';
  }
}

export const EMPTY_CELL: RawCell = { text: '', kind: 'empty' };

export function isBlankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => c.kind === 'empty' || (c.kind === 'text' && c.text.trim() === ''));
}

/** Splits header from data: the first non-blank row is the header; blank rows are dropped. */
export function splitHeader(rows: readonly RawRow[]): { header: string[]; rows: RawRow[] } {
  const start = rows.findIndex((r) => !isBlankRow(r.cells));
  if (start < 0) throw new ImportFileError('empty');
  const header = rows[start]!.cells.map((c) => c.text.trim());
  const data = rows.slice(start + 1).filter((r) => !isBlankRow(r.cells));
  if (data.length === 0) throw new ImportFileError('noRows');
  return { header, rows: data };
}
