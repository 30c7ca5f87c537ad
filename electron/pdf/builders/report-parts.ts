import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';

/** Small pieces shared by the report, IDP and recap builders. */
export const tr = (language: Language) => (key: string, params?: Record<string, string | number>) =>
  translate(language, `reports.${key}`, params);

export const th = (text: string): TableCell => ({ text, style: 'th' });

/** A two-column "label: value" table, the identity block of every form. */
export function factTable(rows: [string, string][]): Content {
  return {
    table: { widths: [150, '*'], body: rows.map(([k, v]) => [{ text: k, color: '#444444' }, { text: v || '—' }]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

export function bullets(items: readonly string[], empty: string): Content {
  return items.length ? { ul: [...items], margin: [0, 0, 0, 6] } : { text: empty, italics: true, margin: [0, 0, 0, 6] };
}

/** Signature boxes side by side: role above, space, name below. */
export function signatures(boxes: { role: string; name: string; note?: string }[]): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: boxes.map((b) => ({
      stack: [
        { text: b.role, bold: true },
        { text: b.note ?? '', style: 'small', margin: [0, 2, 0, 0] },
        { text: ' ', margin: [0, 28, 0, 0] },
        { text: b.name || '________________________' },
      ],
    })),
  };
}

export const gapText = (gap: number) => (gap > 0 ? `+${gap}` : String(gap));
