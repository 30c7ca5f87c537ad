import { openZip, type ZipLimits, type ZipProblem } from './zip';
import { ImportFileError } from './participants-table';

/**
 * An XLSX file is a ZIP archive, and exceljs inflates every entry in memory: a 50 MB upload can
 * declare gigabytes. So before exceljs sees the bytes, the archive is opened with the same
 * checked reader as .asesa packages (electron/exchange/zip.ts): the central directory must be
 * whole and consistent, and declared sizes, compression ratios and the entry count must be
 * sane. Then every entry is inflated once, capped at its declared size and checked against
 * its CRC, and thrown away: that is what makes the declared sizes trustworthy, because a lying
 * header would otherwise only be noticed by exceljs after it had inflated everything.
 */
export const XLSX_LIMITS: ZipLimits = {
  // A 50,000-row participant list is about 40 MB of sheet XML; 200 MB leaves room for styles.
  entryBytes: 200 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  // Real sheet XML deflates 5–30:1; beyond 200:1 on several MB it is padding built to explode.
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  // A workbook is a few dozen parts; thousands means something else (or images by the thousand).
  entries: 5_000,
};

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** The refusal for a container problem, naming the file and, where known, the entry. */
function xlsxProblem(file: string, p: ZipProblem): ImportFileError {
  switch (p.kind) {
    case 'truncated':
      return p.name === undefined
        ? new ImportFileError('xlsxTruncated', { file })
        : new ImportFileError('xlsxEntryDamaged', { file, entry: p.name });
    case 'tooManyEntries':
      return new ImportFileError('xlsxEntries', { file, count: p.count, max: p.max });
    case 'entryTooLarge':
    case 'totalTooLarge':
      return new ImportFileError('xlsxTooLarge', { file, entry: p.name, size: mb(p.size), max: mb(p.max) });
    case 'ratio':
      return new ImportFileError('xlsxRatio', {
        file,
        entry: p.name,
        size: mb(p.size),
        ratio: Math.round(p.size / Math.max(1, p.compressed)),
      });
    case 'unsupported':
    case 'duplicate':
    case 'sizeMismatch':
    case 'crc':
      return new ImportFileError('xlsxEntryDamaged', { file, entry: p.name });
  }
}

/** Throws an ImportFileError unless `bytes` is a ZIP archive exceljs may safely inflate. */
export function checkXlsxContainer(bytes: Uint8Array, file: string, limits: ZipLimits = XLSX_LIMITS): void {
  const { entries, inflate } = openZip(bytes, {
    limits,
    // Names are not used as paths here (nothing is written to disk), so any name is allowed.
    checkName: () => undefined,
    fail: (p) => xlsxProblem(file, p),
  });
  for (const e of entries) inflate(e);
}
