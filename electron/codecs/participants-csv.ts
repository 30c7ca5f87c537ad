import { detectDelimiter, parseDelimited } from './delimited';
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
  const delimiter = detectDelimiter(text);
  const parsed = parseDelimited(text, delimiter);
  if (parsed.error) throw new ImportFileError(parsed.error.code, { row: parsed.error.row });
  const { header, rows } = splitHeader(parsed.rows.map((r) => ({ row: r.row, cells: r.fields.map(cell) })));
  const shown = delimiter === '\t' ? 'tab' : delimiter;
  return { format: 'csv', encoding, delimiter: shown, sheets: [], sheet: null, header, rows };
}
