import { describe, expect, it } from 'vitest';
import { buildPaperForm, type PaperFormData } from '../../electron/pdf/builders/paper-form';
import type { DocumentMeta } from '../../electron/pdf/frame';
import { renderPdf } from '../../electron/pdf/render';
import { inspectPdf } from '../helpers/pdf';

const meta: DocumentMeta = {
  language: 'id',
  title: 'Lembar Observasi dan Penilaian',
  office: {
    name: 'BPSDM Provinsi Kalimantan Timur',
    agency: 'Pemerintah Provinsi Kalimantan Timur',
    province: 'Kalimantan Timur',
  },
  documentNumber: '001/LOP/BPSDM-KALTIM/XII/2026',
  documentId: '0192f3c4-5b6a-7c8d-9e0f-a1b2c3d4e5f6',
  dataHash: 'a'.repeat(64),
  printedAt: '2026-12-01T07:00:00.000Z',
};

const scale = (code: string, name: string) => ({
  competency: code,
  name: { id: name, en: name },
  levels: [1, 2, 3, 4, 5].map((level) => ({
    level,
    description: { id: `${name}: deskripsi level ${level}`, en: `${name}: level ${level} description` },
    indicators: [1, 2].map((n) => ({
      name: `${level}.${n}`,
      description: { id: `Indikator ${code} ${level}.${n}`, en: `Indicator ${code} ${level}.${n}` },
    })),
  })),
});

const paperData: PaperFormData = {
  assignmentId: '0193a1b2-c3d4-7e5f-8a6b-9c0d1e2f3a4b',
  shortCode: '1E2F3A4B',
  batchName: 'Asesmen Administrator 2026',
  participant: { name: 'Siti Rahmawati', nip: '198501012010012001' },
  exercise: { name: 'Wawancara Perilaku', durationMinutes: 90 },
  assessor: 'Budi Santoso',
  slot: { day: '2026-12-01', start: '08:00', end: '09:30', room: 'Ruang 2' },
  competencies: [scale('INT', 'Integritas'), scale('KS', 'Kerja Sama')],
};

describe('paper observation-and-rating form', () => {
  it('renders a valid PDF with the header, code, competencies, anchors and indicators', async () => {
    const pdf = await renderPdf(buildPaperForm(meta, paperData));
    const { text, pages, qpdf } = inspectPdf(pdf);
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const s of [
      'Lembar Observasi dan Penilaian',
      'Siti Rahmawati',
      '198501012010012001',
      'Wawancara Perilaku (90 menit)',
      'Budi Santoso',
      '1 Desember 2026, 08:00–09:30 · Ruang 2',
      '1E2F3A4B',
      '0193a1b2-c3d4-7e5f-8a6b-9c0d1e2f3a4b',
      '1. Integritas (INT)',
      '2. Kerja Sama (KS)',
      'Integritas: deskripsi level 5',
      'Indikator KS 3.2',
      'Level yang',
      'Catatan observasi',
      'Tanda tangan asesor',
    ]) {
      expect(text.replace(/\s+/g, ' '), s).toContain(s);
    }
  });

  it('says "not scheduled" for an unscheduled assignment and follows the language', async () => {
    const pdf = await renderPdf(
      buildPaperForm({ ...meta, language: 'en', title: 'Observation and Rating Form' }, { ...paperData, slot: null }),
    );
    const { text } = inspectPdf(pdf);
    expect(text).toContain('Not scheduled');
    expect(text).toContain('Level given');
    expect(text).toContain('Integritas: level 1 description');
  });
});
