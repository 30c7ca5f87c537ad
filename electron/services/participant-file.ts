import fs from 'node:fs';
import { readParticipantsCsv } from '../codecs/participants-csv';
import { ImportFileError, type RawTable } from '../codecs/participants-table';
import { looksLikeLegacyXls, looksLikeXlsx, readParticipantsXlsx } from '../codecs/participants-xlsx';

/**
 * Participant files are capped at 50 MB (a 50,000-row SIASN export is about 10 MB). The cap is
 * checked from the size on disk (CLI) or the base64 length (IPC) BEFORE the content is read or
 * decoded, so a 200 MB file never reaches memory.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function assertSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) throw new ImportFileError('tooLarge', { size: mb(bytes), max: mb(MAX_IMPORT_BYTES) });
}

/** Reads a file the user named on the command line; refuses an oversized one by its stat alone. */
export function readImportFileFromDisk(file: string): Uint8Array {
  assertSize(fs.statSync(file).size);
  return fs.readFileSync(file);
}

/** Decodes the renderer's base64 upload, refusing an oversized one from its length first. */
export function decodeUpload(contentBase64: string): Uint8Array {
  assertSize(Math.floor((contentBase64.length * 3) / 4));
  return Buffer.from(contentBase64, 'base64');
}

/** Chooses the reader by content (an XLSX is a ZIP), falling back to the file name. */
export async function readParticipantTable(fileName: string, bytes: Uint8Array, sheet?: string): Promise<RawTable> {
  assertSize(bytes.length);
  if (looksLikeXlsx(bytes) || looksLikeLegacyXls(bytes) || /\.xlsx?$/i.test(fileName)) {
    return readParticipantsXlsx(bytes, sheet, fileName);
  }
  return readParticipantsCsv(bytes);
}
