import type { Kinerja } from '../../shared/domain/nine-box';
import { translate, translateBoth } from '../../shared/i18n/translate';
import { parseCsv } from '../codecs/csv';
import { decodeText } from '../codecs/text';
import { batchParticipants } from '../repositories/batch';
import { batchResults } from '../repositories/result';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { applyPerformanceRows } from './nine-box';

/**
 * Kinerja import from CSV by NIP (issue 6). Columns are found by header: NIP, and a kinerja
 * column ("kategori kinerja", "kinerja", "performance"), optionally "potensi". Values in
 * Indonesian or English. Every problem is reported by row; any problem and nothing is written.
 */
const KINERJA_WORDS: [RegExp, Kinerja][] = [
  [/^(di\s*atas|diatas|above|tinggi|high|sangat baik|exceeds?)/, 'di-atas'],
  [/^(di\s*bawah|dibawah|below|rendah|low|kurang|butuh perbaikan|sangat kurang)/, 'di-bawah'],
  [/^(sesuai|meets?|as expected|baik|good|on target|medium|menengah)/, 'sesuai'],
];

export function parseKinerja(raw: string): Kinerja | null {
  const v = raw.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  if (!v) return null;
  for (const [re, k] of KINERJA_WORDS) if (re.test(v)) return k;
  return null;
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[^a-z]/g, '');
// "NIP", "NIP Baru", "NIP/NI PPPK"; never a column that merely contains the letters.
const isNipHeader = (h: string) => norm(h).startsWith('nip');
const isKinerjaHeader = (h: string) => /kinerja|performance|predikat/.test(norm(h));
const isPotensiHeader = (h: string) => /potensi|potential/.test(norm(h)) && !isKinerjaHeader(h);

export interface PerformanceProblem {
  row: number;
  column: string | null;
  message: string;
}

export function importPerformance(ctx: ServiceContext, input: { batchId: string; fileName: string; contentBase64: string }) {
  requireBatch(ctx, input.batchId);
  const { text } = decodeText(Buffer.from(input.contentBase64, 'base64'));
  const parsed = parseCsv(text, { delimiter: 'auto' });
  if (parsed.error) {
    // The same wording as a participant list with broken quoting, in both languages.
    const { code, row, column } = parsed.error;
    const key = `participants.file.${code}`;
    throw new AppError('BAD_INPUT', { reason: `${input.fileName}: ${translate('id', key, { row, column })}` }, [
      { path: `row ${row}, column ${column}`, message: translate('en', key, { row, column }) },
    ]);
  }
  const [header, ...body] = parsed.rows;
  const heads = header?.fields ?? [];
  const nipCol = heads.findIndex(isNipHeader);
  const kinCol = heads.findIndex(isKinerjaHeader);
  const potCol = heads.findIndex(isPotensiHeader);
  const missing = [nipCol < 0 ? 'NIP' : null, kinCol < 0 ? 'kategori kinerja' : null].filter(Boolean).join(', ');
  if (missing) {
    throw new AppError('BAD_INPUT', { reason: translate('id', 'results.import.missingColumns', { columns: missing }) }, [{ path: 'row 1', message: translate('en', 'results.import.missingColumns', { columns: missing }) }]);
  }
  const members = new Set(batchParticipants(ctx.db, input.batchId).map((p) => p.nip));
  const withResult = new Set(batchResults(ctx.db, input.batchId).map((r) => r.nip));
  const problems: PerformanceProblem[] = [];
  const seen = new Map<string, number>();
  const rows: { row: number; nip: string; kinerja: Kinerja; potensi: number | null | undefined }[] = [];
  const say = (key: string, params: Record<string, string | number>) => translateBoth(`results.import.${key}`, params, ' | ');
  for (const r of body) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const nip = (r.fields[nipCol] ?? '').replace(/[\s.\-']/g, '');
    const rawKinerja = r.fields[kinCol] ?? '';
    const kinerja = parseKinerja(rawKinerja);
    let ok = true;
    if (!members.has(nip)) {
      problems.push({ row: r.row, column: 'NIP', message: say('unknownNip', { nip: nip || '—' }) });
      ok = false;
    } else if (!withResult.has(nip)) {
      problems.push({ row: r.row, column: 'NIP', message: say('noResult', { nip }) });
      ok = false;
    } else if (seen.has(nip)) {
      problems.push({ row: r.row, column: 'NIP', message: say('duplicate', { nip, first: seen.get(nip)! }) });
      ok = false;
    }
    if (!kinerja) {
      problems.push({ row: r.row, column: heads[kinCol] ?? 'kinerja', message: say('badKinerja', { value: rawKinerja }) });
      ok = false;
    }
    let potensi: number | null | undefined;
    if (potCol >= 0) {
      const raw = (r.fields[potCol] ?? '').trim();
      const n = Number(raw.replace(',', '.'));
      if (raw === '') potensi = null;
      else if (Number.isFinite(n) && n >= 0 && n <= 100) potensi = n;
      else {
        problems.push({ row: r.row, column: heads[potCol] ?? 'potensi', message: say('badPotensi', { value: raw }) });
        ok = false;
      }
    }
    if (nip && !seen.has(nip)) seen.set(nip, r.row);
    if (ok && kinerja) rows.push({ row: r.row, nip, kinerja, potensi });
  }
  if (problems.length) return { updated: 0, unchanged: 0, problems };
  return { ...applyPerformanceRows(ctx, input.batchId, rows), problems };
}
