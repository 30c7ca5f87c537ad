import ExcelJS from 'exceljs';
import { JENJANG } from '../../shared/domain/jenjang';
import { rankName } from '../../shared/domain/ranks';
import type { ParticipantRow } from '../repositories/participant';
import { writeCsv } from './csv';

/**
 * The participant list as a file: the same Indonesian headers the importer recognises, so an
 * exported file imports back unchanged ("Pangkat" is informative and not read back).
 */
export const EXPORT_HEADER = [
  'NIP',
  'Jenis ASN',
  'Nama',
  'Gelar Depan',
  'Gelar Belakang',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Golongan',
  'Pangkat',
  'Jabatan',
  'Jenjang',
  'Unit Kerja',
  'Instansi',
  'Email',
  'Telepon',
] as const;

const jenjangLabel = (code: string | null) => JENJANG.find((j) => j.code === code)?.label ?? '';

function exportRow(p: ParticipantRow): string[] {
  return [
    p.nip,
    p.kind.toUpperCase(),
    p.name,
    p.title_before ?? '',
    p.title_after ?? '',
    p.sex === 'M' ? 'L' : 'P',
    p.birth_date,
    p.golongan ?? '',
    (p.golongan && rankName(p.golongan)) || '',
    p.jabatan ?? '',
    jenjangLabel(p.jenjang),
    p.unit ?? '',
    p.agency ?? '',
    p.email ?? '',
    p.phone ?? '',
  ];
}

/**
 * A text starting like a formula (`=`, `@`, or `+`/`-` not followed by a digit) would be run by
 * Excel when the CSV is opened (CSV injection); an apostrophe in front keeps it text. The
 * importer removes that apostrophe again. Phone numbers such as +62… are left alone.
 */
export function guardFormula(value: string): string {
  return /^(?:[=@\t\r]|[+-][^0-9])/.test(value) ? `'${value}` : value;
}

/** UTF-8 with BOM so Excel on Windows shows names with accents correctly. */
export function participantsToCsv(rows: readonly ParticipantRow[]): Uint8Array {
  const body = rows.map((r) => exportRow(r).map(guardFormula));
  return Buffer.from('\ufeff' + writeCsv([[...EXPORT_HEADER], ...body]), 'utf-8');
}

/** NIP and phone columns are formatted as Text so Excel never turns them into numbers. */
export async function participantsToXlsx(rows: readonly ParticipantRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Asesa';
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow([...EXPORT_HEADER]).font = { bold: true };
  for (const p of rows) sheet.addRow(exportRow(p));
  for (const col of [1, 15]) sheet.getColumn(col).numFmt = '@';
  sheet.getColumn(1).width = 22;
  sheet.getColumn(3).width = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
