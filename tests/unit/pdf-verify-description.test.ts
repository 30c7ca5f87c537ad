import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_KEY,
  DescriptionError,
  formatDescription,
  parseDescription,
  type DocumentDescription,
} from '../../electron/pdf/description';
import { framedDocument, type DocumentMeta } from '../../electron/pdf/frame';
import { decodePdfString, PdfReadError, readPdfInfo } from '../../electron/pdf/pdf-info';
import { renderPdf } from '../../electron/pdf/render';

const HASH = 'ab'.repeat(32);
const desc: DocumentDescription = {
  kind: 'report',
  language: 'id',
  batchId: '0190a1b2-0000-7000-8000-000000000001',
  participantId: '0190a1b2-0000-7000-8000-000000000002',
  documentId: '0190a1b2-0000-7000-8000-000000000003',
  documentNumber: '007/LAP/BPSDM-KALTIM/XI/2026',
  dataHash: HASH,
};
const pdf = (body: string) => new Uint8Array(Buffer.from(`%PDF-1.3\n${body}\n%%EOF\n`, 'latin1'));
const utf16 = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

describe('the Asesa description', () => {
  it('round-trips, recap without participant, number percent-encoded', () => {
    const text = formatDescription(desc);
    expect(text).toMatch(/^asesa-doc\/1 kind=report lang=id /);
    expect(text).toContain('number=007%2FLAP%2FBPSDM-KALTIM%2FXI%2F2026');
    expect(parseDescription(text)).toEqual(desc);
    const recap = { ...desc, kind: 'recap' as const, participantId: null };
    expect(parseDescription(formatDescription(recap))).toEqual(recap);
  });

  it.each([
    ['another version', formatDescription(desc).replace('asesa-doc/1', 'asesa-doc/9')],
    ['a hash that is not 64 hex digits', formatDescription(desc).replace(HASH, 'xyz')],
    ['an unknown kind', formatDescription(desc).replace('kind=report', 'kind=letter')],
    ['a missing batch', formatDescription(desc).replace(/ batch=\S+/, '')],
    ['a report without participant', formatDescription(desc).replace(/participant=\S+/, 'participant=-')],
    ['a bad escape', formatDescription(desc).replace('%2F', '%ZZ')],
    ['no key=value', `${formatDescription(desc)} garbage`],
    ['an unknown language', formatDescription(desc).replace('lang=id', 'lang=fr')],
  ])('refuses %s', (_, text) => {
    expect(() => parseDescription(text)).toThrow(DescriptionError);
  });
});

describe('reading the Info dictionary', () => {
  it('reads literal strings with escapes, nested parentheses and octal codes, direct and by reference', () => {
    const info = readPdfInfo(
      pdf(
        '1 0 obj\n<< /Title (A \\(b\\) \\\\ c (nested\\)) \\101\\102) /Author 2 0 R /Count 3 /Kids [1 0 R] >>\nendobj\n' +
          '2 0 obj\n(Kantor\\nSatu)\nendobj\ntrailer\n<< /Size 3 /Info 1 0 R >>\nstartxref\n0',
      ),
    );
    expect(info).toEqual({ Title: 'A (b) \\ c (nested)) AB', Author: 'Kantor\nSatu' });
  });

  it('reads hex strings, UTF-16BE with a byte order mark, and #-escaped names', () => {
    const hex = utf16('Laporan — Pekalongan').toString('hex').toUpperCase();
    const info = readPdfInfo(
      pdf(`5 0 obj << /Title <${hex}> /Asesa#44oc <61 62 6>>> endobj\ntrailer << /Info 5 0 R >>`),
    );
    expect(info).toEqual({ Title: 'Laporan — Pekalongan', AsesaDoc: 'ab`' });
    expect(decodePdfString('\xfe\xff\x00A\x00\xe9')).toBe('Aé');
    expect(decodePdfString('plain')).toBe('plain');
  });

  it('takes the last Info of an incremental update', () => {
    const info = readPdfInfo(
      pdf(
        '1 0 obj << /Title (old) >> endobj trailer << /Info 1 0 R >>\n1 0 obj << /Title (new) >> endobj trailer << /Info 1 0 R >>',
      ),
    );
    expect(info.Title).toBe('new');
  });

  it('returns nothing when there is no Info, and refuses non-PDFs, cut files and a broken Info', () => {
    expect(readPdfInfo(pdf('trailer << /Size 1 >>'))).toEqual({});
    const problem = (bytes: Uint8Array) => {
      try {
        readPdfInfo(bytes);
      } catch (e) {
        return e instanceof PdfReadError ? e.problem : 'other';
      }
      return 'none';
    };
    expect(problem(new Uint8Array(Buffer.from('hello world')))).toBe('notPdf');
    expect(
      problem(new Uint8Array(Buffer.from('%PDF-1.3\n1 0 obj << /Title (x) >> endobj trailer << /Info 1 0 R >>'))),
    ).toBe('truncated');
    expect(problem(pdf('trailer << /Info 9 0 R >>'))).toBe('damaged');
    expect(problem(pdf('1 0 obj << /Title (never closed >> endobj trailer << /Info 1 0 R >>'))).toBe('damaged');
    expect(problem(pdf('1 0 obj << /Title <zz> >> endobj trailer << /Info 1 0 R >>'))).toBe('damaged');
    expect(problem(pdf('1 0 obj << /Title 2 0 R >> endobj trailer << /Info 1 0 R >>'))).toBe('damaged');
  });

  it('reads the description pdfmake/pdfkit write for a framed document (and none without `about`)', async () => {
    const meta: DocumentMeta = {
      language: 'en',
      title: 'Laporan Uji',
      office: { name: 'BPSDM Uji', agency: 'Pemprov Uji', province: 'Kalimantan Timur' },
      documentNumber: desc.documentNumber,
      documentId: desc.documentId,
      dataHash: HASH,
      printedAt: '2026-11-23T00:00:00.000Z',
    };
    const about = { kind: 'report' as const, batchId: desc.batchId, participantId: desc.participantId };
    const described = readPdfInfo(await renderPdf(framedDocument({ ...meta, about }, [{ text: 'isi' }])));
    expect(parseDescription(described[DESCRIPTION_KEY]!)).toEqual({ ...desc, language: 'en' });
    expect(described.Keywords).toBe(described[DESCRIPTION_KEY]);
    expect(described.Title).toBe('Laporan Uji');
    const plain = readPdfInfo(await renderPdf(framedDocument(meta, [{ text: 'isi' }])));
    expect(plain[DESCRIPTION_KEY]).toBeUndefined();
    expect(plain.Subject).toBe(desc.documentId);
  });
});
