import { describe, expect, it } from 'vitest';
import { profileChartSvg } from '../../shared/charts/profile-chart';
import { framedDocument } from '../../electron/pdf/frame';
import { renderPdf } from '../../electron/pdf/render';
import { inspectPdf } from '../helpers/pdf';

const rows = [
  { label: 'Integritas', required: 3, achieved: 4 },
  { label: 'Kerja Sama', required: 3, achieved: 2 },
  { label: 'Perekat Bangsa & <Toleransi>', required: 3, achieved: null },
];

describe('profile chart SVG', () => {
  const svg = profileChartSvg(rows, { legend: { required: 'Standar', achieved: 'Capaian' } });

  it('draws one required bar per competency, scaled by level, and a mark for each achieved level', () => {
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="16"/g)].map((m) => Number(m[1]));
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBeCloseTo(bars[2]!);
    // two achieved marks; gaps are red, met standards green
    expect(svg.match(/stroke="#1c7c54" stroke-width="2.5"/g)).toHaveLength(2); // one mark + legend
    expect(svg.match(/stroke="#c0392b"/g)).toHaveLength(1);
  });

  it('escapes labels', () => {
    expect(svg).toContain('Perekat Bangsa &amp; &lt;Toleransi&gt;');
    expect(svg).not.toContain('<Toleransi>');
  });

  it('embeds in a PDF', async () => {
    const pdf = await renderPdf(
      framedDocument(
        { language: 'id', title: 'Profil', office: { name: 'O', agency: 'A', province: 'P' }, documentNumber: '1', documentId: 'x', dataHash: 'h', printedAt: '2026-11-23' },
        [{ svg, width: 480 }],
      ),
    );
    const { text, qpdf } = inspectPdf(pdf);
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(text).toContain('Integritas');
    expect(text).toContain('Capaian');
  });
});
