import { parseCsv } from './csv';
import { EMPTY_CELL, ImportFileError, splitHeader, type RawCell, type RawTable } from './participants-table';
import { decodeText } from './text';

/**
 * Excel's way to keep a long number as text in a CSV is `="196608011988031001"`; that is the
 * user protecting the NIP, so the formula wrapper is removed rather than reported.
 */
function cell(value: string): RawCell {
  const protectedText = /^="(.*)"$/s.exec(value);
  // The export puts an apostrophe before formula-like text (see guardFormula); read it back as text.
  const text = protectedText ? protectedText[1]! : /^'[=@+\-\t\r]/.test(value) ? value.slice(1) : value;
  return text === '' ? EMPTY_CELL : { text, kind: 'text' };
}

/** Reads a participant list saved as CSV/TSV in any of the encodings Excel and SIASN write. */
export function readParticipantsCsv(bytes: Uint8Array): RawTable {
  if (bytes.length === 0) throw new ImportFileError('empty');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new ImportFileError('empty');
  const parsed = parseCsv(text, { delimiter: 'auto' });
  if (parsed.error) {
    const { code, row, column } = parsed.error;
    // Name the column by its header, as the other problems do, once the header row was read.
    const header = parsed.rows.find((r) => r.fields.some((f) => f.trim() !== ''));
    const name = header && header.row < row ? header.fields[column - 1]?.trim() : undefined;
    throw new ImportFileError(code, { row, column: name || column });
  }
  const { header, rows } = splitHeader(parsed.rows.map((r) => ({ row: r.row, cells: r.fields.map(cell) })));
  const shown = parsed.delimiter === '\t' ? 'tab' : parsed.delimiter;
  return { format: 'csv', encoding, delimiter: shown, sheets: [], sheet: null, header, rows };
}
