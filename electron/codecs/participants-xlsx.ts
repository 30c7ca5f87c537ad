import ExcelJS from 'exceljs';
import {
  EMPTY_CELL,
  ImportFileError,
  splitHeader,
  type RawCell,
  type RawRow,
  type RawTable,
} from './participants-table';
import { checkXlsxContainer } from './xlsx-container';

/**
 * Reads a participant list from an XLSX workbook with exceljs. What spreadsheets do to data is
 * kept visible, not smoothed over: a formula gives its cached result (Excel stores it), a
 * formula without one is an error cell; of a merged range only the top-left cell has the
 * value and the others are 'merged' (reported as empty, never filled in); a number stays a
 * 'number' so the validator can refuse a NIP that lost its last digits.
 */
export const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
export const looksLikeXlsx = (bytes: Uint8Array) => startsWith(bytes, XLSX_MAGIC);
export const looksLikeLegacyXls = (bytes: Uint8Array) => startsWith(bytes, OLE_MAGIC);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A number as the spreadsheet shows it in full: 196608011988031001 typed in Excel → "196608011988031000". */
function numberText(n: number): string {
  return Math.abs(n) < 1e21 ? String(n) : n.toExponential();
}

function fromValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY_CELL : { text: value, kind: 'text' };
  if (typeof value === 'number') return { text: numberText(value), kind: 'number' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'text' };
  // Excel date serials carry no zone; exceljs turns them into UTC midnight.
  if (value instanceof Date) {
    return {
      text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`,
      kind: 'date',
    };
  }
  if ('error' in value) return { text: value.error, kind: 'error' };
  if ('richText' in value) return fromValue(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return fromValue(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? { text: '', kind: 'error' } : fromValue(value.result);
  }
  return EMPTY_CELL;
}

function toCell(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master.address !== cell.address) return { text: '', kind: 'merged' };
  return fromValue(cell.value);
}

/** `file` is the name the user gave, for messages about the container. */
export async function readParticipantsXlsx(
  bytes: Uint8Array,
  sheetName?: string,
  file = 'file.xlsx',
): Promise<RawTable> {
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (looksLikeLegacyXls(bytes)) throw new ImportFileError('legacyXls');
  if (!looksLikeXlsx(bytes)) throw new ImportFileError(bytes.length < 4 ? 'xlsxTruncated' : 'notXlsx', { file });
  checkXlsxContainer(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (e) {
    throw new ImportFileError('unreadableXlsx', { detail: e instanceof Error ? e.message.slice(0, 200) : 'unknown' });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet)
    throw new ImportFileError(sheets.length ? 'sheetNotFound' : 'empty', {
      sheet: sheetName ?? '',
      sheets: sheets.join(', '),
    });
  const width = sheet.columnCount;
  const raw: RawRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: RawCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(toCell(row.getCell(c)));
    raw.push({ row: r, cells });
  }
  const { header, rows } = splitHeader(raw);
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, sheet: sheet.name, header, rows };
}
