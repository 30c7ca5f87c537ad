import { describe, expect, it } from 'vitest';
import { buildIdpDocument, type IdpData } from '../../electron/pdf/builders/idp';
import type { DocumentMeta } from '../../electron/pdf/frame';
import { renderPdf } from '../../electron/pdf/render';
import { inspectPdf } from '../helpers/pdf';

const meta = (language: 'id' | 'en'): DocumentMeta => ({
  language,
  title: language === 'id' ? 'Rencana Pengembangan Individu (IDP)' : 'Individual Development Plan (IDP)',
  office: { name: 'BPSDM Provinsi Kalimantan Timur', agency: 'Pemerintah Provinsi Kalimantan Timur', province: 'Kalimantan Timur' },
  documentNumber: '004/IDP/BPSDM-KALTIM/XI/2026',
  documentId: '0192f3c4-0000-7000-8000-000000000002',
  dataHash: 'a'.repeat(64),
  printedAt: '2026-11-23T00:00:00Z',
});

const data: IdpData = {
  participant: { name: 'Dra. Ni Made Ayu Lestari', nip: '19800214 200604 2 001', post: 'Kepala Subbagian Umum', unit: 'Sekretariat DPRD' },
  source: { batchName: 'Pemetaan Pengawas 2026', assessedOn: '2026-11-10', provider: 'BPSDM Kaltim', jpm: 74.07, category: 'KO', nineBox: 5 },
  period: { from: '2027-01-01', to: '2027-12-31' },
  status: 'draft',
  items: [
    {
      competency: 'Kerja Sama',
      required: 3,
      achieved: 2,
      target: 3,
      indicators: ['3.1 Membangun komitmen tim lintas seksi'],
      activities: [
        { form: 'Coaching', pillar: 20, provider: 'Kepala Bagian', start: '2027-02-01', end: '2027-04-30', jp: 2 },
        { form: 'Penugasan proyek / perluasan tugas', pillar: 70, provider: 'Sekretariat', start: '2027-05-01', end: '2027-08-31', jp: 10 },
      ],
      evidence: 'Laporan proyek lintas bagian disetujui atasan.',
    },
  ],
  mentor: 'Ir. Hasan Basri',
  supervisor: 'Drs. Yohanes Lie, M.Si.',
  approvals: { assessee: '2026-11-20', supervisor: null },
};

describe('IDP PDF', () => {
  it('shows each gap with target, indicators, activities, and warns when a year is under 20 JP', async () => {
    const { text, qpdf } = inspectPdf(await renderPdf(buildIdpDocument(meta('id'), data)));
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    for (const s of ['Rencana Pengembangan Individu (IDP)', 'Dra. Ni Made Ayu Lestari', '19800214 200604 2 001', 'Kerja Sama', 'Standar 3 · Capaian 2 · Kesenjangan -1 · Target 3', '3.1 Membangun komitmen tim lintas seksi', 'Coaching', 'Penugasan proyek', '1 Februari 2027', 'Laporan proyek lintas bagian', 'Total JP direncanakan 2027: 12 JP', 'Kurang dari minimal 20 JP', 'Disetujui 20 November 2026', 'Belum disetujui', 'Ir. Hasan Basri', 'Kotak talenta 5', '74,07 %', '004/IDP/BPSDM-KALTIM/XI/2026']) {
      expect(text, s).toContain(s);
    }
  });

  it('in English, and says so when there is no gap', async () => {
    const { text } = inspectPdf(await renderPdf(buildIdpDocument(meta('en'), { ...data, items: [] })));
    expect(text).toContain('Individual Development Plan (IDP)');
    expect(text).toContain('No competency is below the standard.');
    expect(text).not.toContain('Rencana');
  });
});
