import ExcelJS from 'exceljs';
import { writeCsv } from './csv';

/**
 * Batch results as a flat table for other systems (SIMPEG, spreadsheets): one row per
 * participant, one column per competency level, then JPM, category and nine-box.
 * Empty cells mean "not decided yet", never zero.
 */
export interface ResultsTable {
  headers: { nip: string; name: string; jpm: string; category: string; nineBox: string };
  competencies: string[];
  rows: {
    nip: string;
    name: string;
    levels: (number | null)[];
    jpm: number | null;
    category: string | null;
    nineBox: string | null;
  }[];
}

function matrix(t: ResultsTable): (string | number | null)[][] {
  return [
    [t.headers.nip, t.headers.name, ...t.competencies, t.headers.jpm, t.headers.category, t.headers.nineBox],
    ...t.rows.map((r) => [r.nip, r.name, ...r.levels, r.jpm, r.category, r.nineBox]),
  ];
}

/** UTF-8 with BOM (Excel on Windows), comma-separated, dot decimals: machine-readable first. */
export function resultsToCsv(t: ResultsTable): Uint8Array {
  const text = writeCsv(matrix(t).map((r) => r.map((v) => (v === null ? '' : String(v)))));
  return Buffer.from('\ufeff' + text, 'utf-8');
}

/** NIP as text so Excel never turns 18 digits into a rounded number; levels and JPM as numbers. */
export async function resultsToXlsx(t: ResultsTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Asesa';
  const sheet = workbook.addWorksheet(sheetName);
  const [header, ...rows] = matrix(t);
  sheet.addRow(header!).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (v === null ? undefined : v)));
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
