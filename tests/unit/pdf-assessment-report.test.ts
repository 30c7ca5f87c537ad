import { describe, expect, it } from 'vitest';
import { buildAssessmentReport, type ReportData } from '../../electron/pdf/builders/assessment-report';
import type { DocumentMeta } from '../../electron/pdf/frame';
import { renderPdf } from '../../electron/pdf/render';
import { inspectPdf } from '../helpers/pdf';

const meta: DocumentMeta = {
  language: 'id',
  title: 'Laporan Individual Hasil Penilaian Kompetensi',
  office: { name: 'UPT Penilaian Kompetensi BKD Kaltim', agency: 'Pemerintah Provinsi Kalimantan Timur', province: 'Kalimantan Timur' },
  documentNumber: '012/LAP/BKD-KALTIM/XI/2026',
  documentId: '0192f3c4-0000-7000-8000-000000000001',
  dataHash: 'f'.repeat(64),
  printedAt: '2026-11-23T00:00:00Z',
};

const sampleReport: ReportData = {
  purpose: 'pemetaan',
  targetPost: 'Kepala Bidang (Administrator)',
  provider: { agency: 'BKD Provinsi Kalimantan Timur', name: 'UPT Penilaian Kompetensi', head: 'Dr. Hj. Siti Aminah, M.Si.' },
  assessedOn: '2026-11-10',
  participant: { number: 7, name: 'Ir. Bambang Wijaya, M.T.', nip: '19780312 200501 1 003', post: 'Kepala Seksi Jalan', unit: 'Dinas PUPR' },
  potensi: { scale: [{ aspect: 'Kemampuan berpikir analitis', score: 'B' }], narrative: ['Mampu menguraikan masalah kompleks.'] },
  competencies: [
    { label: 'Integritas', required: 3, achieved: 4 },
    { label: 'Kerja Sama', required: 3, achieved: 2 },
    { label: 'Pengambilan Keputusan', required: 3, achieved: 3 },
  ],
  strengths: ['Konsisten menolak gratifikasi.'],
  developmentAreas: ['Membangun tim lintas bidang.'],
  result: { totalAchieved: 9, totalRequired: 9, jpm: 100, category: 'O', ruleVersion: 'asesa-2026.1' },
  placementAdvice: 'Sesuai untuk jabatan administrator di bidang teknis.',
  developmentAdvice: ['Coaching kepemimpinan tim selama 3 bulan.'],
  responsibleAssessor: 'Drs. Rahmat Hidayat',
};

describe('individual assessment report PDF', () => {
  it('carries the 22 items and the profile chart', async () => {
    const { text, qpdf } = inspectPdf(await renderPdf(buildAssessmentReport(meta, sampleReport)));
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    const items = [
      'Tujuan penilaian', 'Pemetaan kompetensi', 'Kepala Bidang (Administrator)', // 1
      'BKD Provinsi Kalimantan Timur', // 2
      '10 November 2026', // 3
      'Nomor peserta', // 4
      'Ir. Bambang Wijaya, M.T.', // 5
      '19780312 200501 1 003', // 6
      'Kepala Seksi Jalan', // 7
      'Dinas PUPR', // 8
      'Hasil potensi', // 9
      'Mampu menguraikan masalah kompleks.', // 10
      'III. Profil Kompetensi', // 11
      'Konsisten menolak gratifikasi.', 'Membangun tim lintas bidang.', // 12
      'Jumlah skor capaian', // 14
      'Jumlah skor standar', // 15
      '100,00 %', // 16
      'Optimal (O)', // 17
      'Sesuai untuk jabatan administrator', // 18
      'Coaching kepemimpinan tim', // 19
      'UPT Penilaian Kompetensi', // 20
      'Drs. Rahmat Hidayat', // 21
      'Dr. Hj. Siti Aminah, M.Si.', // 22
    ];
    for (const item of items) expect(text, item).toContain(item);
    expect(text).toMatch(/Kerja Sama\s+3\s+2\s+-1/);
  });

  it('leaves out placement advice when filling a post', async () => {
    const { text } = inspectPdf(
      await renderPdf(buildAssessmentReport(meta, { ...sampleReport, purpose: 'pengisian', result: { ...sampleReport.result, category: 'MS' } })),
    );
    expect(text).not.toContain('VI. Saran Penempatan');
    expect(text).toContain('Memenuhi Syarat (MS)');
  });
});
