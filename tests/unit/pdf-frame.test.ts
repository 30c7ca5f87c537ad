import { describe, expect, it } from 'vitest';
import { canonicalJson, dataHash } from '../../electron/pdf/canonical';
import { framedDocument, type DocumentMeta } from '../../electron/pdf/frame';
import { renderPdf } from '../../electron/pdf/render';
import { documentNumber, formatDate, formatPercent } from '../../shared/i18n/format';
import { inspectPdf } from '../helpers/pdf';

const meta = (language: 'id' | 'en'): DocumentMeta => ({
  language,
  title: language === 'id' ? 'Uji Bingkai Dokumen' : 'Document Frame Test',
  office: { name: 'BPSDM Provinsi Kalimantan Timur', agency: 'Pemerintah Provinsi Kalimantan Timur', province: 'Kalimantan Timur' },
  documentNumber: documentNumber(7, 'BPSDM-KALTIM', 'IDP', '2026-11-23'),
  documentId: '0192f3c4-5b6a-7c8d-9e0f-a1b2c3d4e5f6',
  dataHash: dataHash({ b: 1, a: [2, 3] }),
  printedAt: '2026-11-23T10:00:00.000Z',
});

describe('canonical data hash', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(dataHash({ b: 1, a: [2, 3] })).toBe(dataHash({ a: [2, 3], b: 1 }));
    expect(dataHash({ a: [2, 3] })).not.toBe(dataHash({ a: [3, 2] }));
  });
});

describe('Indonesian formatting', () => {
  it('formats dates, percentages and document numbers', () => {
    expect(formatDate('id', '2026-08-17')).toBe('17 Agustus 2026');
    expect(formatDate('en', '2026-08-17')).toBe('17 August 2026');
    expect(formatPercent('id', 81.4815)).toBe('81,48 %');
    expect(formatPercent('en', 81.4815)).toBe('81.48 %');
    expect(documentNumber(7, 'BPSDM-KALTIM', 'IDP', '2026-11-23')).toBe('007/IDP/BPSDM-KALTIM/XI/2026');
  });
});

describe('PDF page frame', () => {
  it('renders a valid PDF with office header, page numbers, document number and verification block', async () => {
    const content = Array.from({ length: 90 }, (_, i) => ({ text: `Baris ${i + 1}: Pengembangan Diri dan Orang Lain — Suryadi Ṡ. Pratama` }));
    const pdf = await renderPdf(framedDocument(meta('id'), content));
    const { text, pages, qpdf } = inspectPdf(pdf);
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('PEMERINTAH PROVINSI KALIMANTAN TIMUR');
    expect(text).toContain('Halaman 1 dari');
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).toContain('Nomor: 007/IDP/BPSDM-KALTIM/XI/2026');
    expect(text).toContain('Dicetak 23 November 2026');
    expect(text).toContain(meta('id').dataHash);
    expect(text).toContain('Verifikasi dokumen');
  });

  it('speaks English on request', async () => {
    const { text } = inspectPdf(await renderPdf(framedDocument(meta('en'), [{ text: 'Hello' }])));
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Document verification');
    expect(text).not.toContain('Halaman');
  });
});
