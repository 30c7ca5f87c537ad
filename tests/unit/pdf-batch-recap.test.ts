import { describe, expect, it } from 'vitest';
import { buildBatchRecap, type RecapData } from '../../electron/pdf/builders/batch-recap';
import { renderPdf } from '../../electron/pdf/render';
import { inspectPdf } from '../helpers/pdf';

const data: RecapData = {
  batchName: 'Seleksi Administrator 2026',
  purpose: 'pengisian',
  targetPost: 'Kepala Bidang (Administrator)',
  startsOn: '2026-12-01',
  endsOn: '2026-12-02',
  competencies: [
    { code: 'INT', label: 'Integritas', required: 3 },
    { code: 'KS', label: 'Kerja Sama', required: 3 },
  ],
  rows: [
    { number: 2, nip: '198501012010011002', name: 'Budi', levels: { INT: 2, KS: 2 }, jpm: 66.67, category: 'KMS', nineBox: 3 },
    { number: 1, nip: '198501012010011001', name: 'Ani', levels: { INT: 3, KS: 4 }, jpm: 116.67, category: 'MS', nineBox: 8 },
  ],
};

describe('batch recap PDF', () => {
  it('lists participants in order with levels, JPM, category, distribution and average gaps', async () => {
    const pdf = await renderPdf(
      buildBatchRecap(
        { language: 'id', title: 'Rekapitulasi Hasil Penilaian Kompetensi', office: { name: 'O', agency: 'A', province: 'P' }, documentNumber: '001/REK/X/XI/2026', documentId: 'id', dataHash: 'h', printedAt: '2026-11-23' },
        data,
      ),
    );
    const { text, qpdf } = inspectPdf(pdf);
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(text.indexOf('Ani')).toBeLessThan(text.indexOf('Budi'));
    expect(text).toMatch(/Ani\s+3\s+4\s+116,67 %\s+MS\s+8/);
    expect(text).toMatch(/Memenuhi Syarat \(MS\)\s+1/);
    expect(text).toMatch(/Kurang Memenuhi Syarat \(KMS\)\s+1/);
    expect(text).toMatch(/Masih Memenuhi Syarat \(MMS\)\s+0/);
    expect(text).toMatch(/Integritas\s+-0,50/);
    expect(text).toMatch(/Kerja Sama\s+0,00/);
  });
});
