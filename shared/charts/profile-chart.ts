/**
 * The competency profile chart (required vs achieved level per competency, domain.md §2.6):
 * one SVG builder, pure string output, used on screen and embedded in the PDFs so both
 * always show the same picture.
 */
export interface ProfileRow {
  label: string;
  required: number;
  achieved: number | null;
}

export interface ProfileChartOptions {
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  legend?: { required: string; achieved: string };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLORS = { required: '#c9d7ea', achievedOk: '#1c7c54', achievedGap: '#c0392b', grid: '#b0b8c4', text: '#222222' };

export function profileChartSvg(rows: readonly ProfileRow[], options: ProfileChartOptions = {}): string {
  const width = options.width ?? 520;
  const rowHeight = options.rowHeight ?? 24;
  const labelWidth = options.labelWidth ?? 190;
  const top = 22;
  const legendHeight = options.legend ? 22 : 0;
  const height = top + rows.length * rowHeight + 8 + legendHeight;
  const plotWidth = width - labelWidth - 10;
  const step = plotWidth / 5;
  const x = (level: number) => labelWidth + level * step;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Roboto, Arial, sans-serif" font-size="10">`);
  for (let level = 0; level <= 5; level++) {
    parts.push(`<line x1="${x(level)}" y1="${top - 4}" x2="${x(level)}" y2="${top + rows.length * rowHeight}" stroke="${COLORS.grid}" stroke-width="0.5"/>`);
    if (level > 0) parts.push(`<text x="${x(level) - step / 2}" y="${top - 8}" text-anchor="middle" fill="${COLORS.text}">${level}</text>`);
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const mid = y + rowHeight / 2;
    parts.push(`<text x="${labelWidth - 6}" y="${mid + 3.5}" text-anchor="end" fill="${COLORS.text}">${esc(row.label)}</text>`);
    parts.push(`<rect x="${x(0)}" y="${y + 4}" width="${row.required * step}" height="${rowHeight - 8}" fill="${COLORS.required}"/>`);
    if (row.achieved !== null) {
      const color = row.achieved >= row.required ? COLORS.achievedOk : COLORS.achievedGap;
      const cx = x(row.achieved) - step / 2;
      const r = Math.min(7, rowHeight / 3);
      parts.push(
        `<path d="M ${cx - r} ${mid - r} L ${cx + r} ${mid + r} M ${cx + r} ${mid - r} L ${cx - r} ${mid + r}" stroke="${color}" stroke-width="2.5"/>`,
      );
    }
    parts.push(`<line x1="${labelWidth}" y1="${y + rowHeight}" x2="${width - 10}" y2="${y + rowHeight}" stroke="${COLORS.grid}" stroke-width="0.3"/>`);
  });
  if (options.legend) {
    const ly = top + rows.length * rowHeight + 16;
    parts.push(`<rect x="${labelWidth}" y="${ly - 8}" width="18" height="10" fill="${COLORS.required}"/>`);
    parts.push(`<text x="${labelWidth + 24}" y="${ly}" fill="${COLORS.text}">${esc(options.legend.required)}</text>`);
    const lx = labelWidth + plotWidth / 2;
    parts.push(`<path d="M ${lx} ${ly - 8} L ${lx + 10} ${ly + 2} M ${lx + 10} ${ly - 8} L ${lx} ${ly + 2}" stroke="${COLORS.achievedOk}" stroke-width="2.5"/>`);
    parts.push(`<text x="${lx + 16}" y="${ly}" fill="${COLORS.text}">${esc(options.legend.achieved)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
