import { problem } from './problems';
import type { CodecError } from './types';

/**
 * A small RFC 4180 reader and writer. Hand-written rather than a dependency because the
 * codecs need the physical line each record starts on (for "row 12, column X" messages),
 * strict handling of quotes, and nothing else; it is ~80 lines and fully tested.
 * Input is a decoded string with "\n" newlines (see text.ts).
 */
export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; errors: CodecError[] } {
  const records: CsvRecord[] = [];
  const errors: CodecError[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteOpenLine = 0;
  let afterQuote = false;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty field) is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteOpenLine = line;
    } else if (afterQuote) {
      errors.push(problem(`line ${line}`, 'textAfterQuote'));
      return { records: [], errors };
    } else field += c;
    i++;
  }
  if (quoted) {
    errors.push(problem(`line ${quoteOpenLine}`, 'unclosedQuote'));
    return { records: [], errors };
  }
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { records, errors };
}

/**
 * Writes records with CRLF line ends (RFC 4180), quoting only where needed. `quoteSpaces`
 * also quotes any field containing a space or tab, as PHP's fputcsv (and so Moodle) does.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: { quoteSpaces?: boolean } = {}): string {
  const needs = options.quoteSpaces ? /[",\n\r \t]/ : /[",\n\r]/;
  const quote = (v: string) => (needs.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
