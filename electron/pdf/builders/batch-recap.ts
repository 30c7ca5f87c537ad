import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BatchPurpose, Category } from '../../../shared/domain/jpm';
import { formatDate, formatPercent } from '../../../shared/i18n/format';
import { framedDocument, type DocumentMeta } from '../frame';
import { factTable, th, tr } from './report-parts';

export interface RecapRow {
  number: number;
  nip: string;
  name: string;
  /** Achieved level per competency code, in the order of `competencies`. */
  levels: Record<string, number | null>;
  jpm: number | null;
  category: Category | null;
  nineBox: number | null;
}

export interface RecapData {
  batchName: string;
  purpose: BatchPurpose;
  targetPost: string;
  startsOn: string;
  endsOn: string;
  competencies: { code: string; label: string; required: number }[];
  rows: RecapRow[];
}

const PENGISIAN: Category[] = ['MS', 'MMS', 'KMS'];
const PEMETAAN: Category[] = ['O', 'CO', 'KO'];

/** Rekapitulasi: one row per participant, the category distribution and the average gap per competency. */
export function buildBatchRecap(meta: DocumentMeta, d: RecapData): TDocumentDefinitions {
  const t = tr(meta.language);
  const L = meta.language;
  const categories = d.purpose === 'pengisian' ? PENGISIAN : PEMETAAN;
  const cell = (level: number | null, required: number): TableCell =>
    level === null ? '—' : { text: String(level), alignment: 'center', color: level < required ? '#c0392b' : '#1c7c54', bold: level < required };
  const content: Content[] = [
    factTable([
      [t('fields.purpose'), t(`purpose.${d.purpose}`)],
      [t('fields.targetPost'), d.targetPost],
      [t('fields.date'), `${formatDate(L, d.startsOn)} – ${formatDate(L, d.endsOn)}`],
    ]),
    {
      table: {
        headerRows: 1,
        widths: [18, 95, '*', ...d.competencies.map(() => 24), 45, 34, 26],
        body: [
          [
            th('No.'),
            th(t('fields.nip')),
            th(t('fields.name')),
            ...d.competencies.map((c): TableCell => ({ text: c.code, style: 'th', alignment: 'center' })),
            th('JPM'),
            th(t('fields.category')),
            th('9-box'),
          ],
          [{ text: '', colSpan: 3 }, '', { text: t('fields.required'), italics: true }, ...d.competencies.map((c) => ({ text: String(c.required), alignment: 'center' as const, italics: true })), '', '', ''],
          ...[...d.rows]
            .sort((a, b) => a.number - b.number)
            .map((r): TableCell[] => [
              String(r.number),
              r.nip,
              r.name,
              ...d.competencies.map((c) => cell(r.levels[c.code] ?? null, c.required)),
              r.jpm === null ? '—' : formatPercent(L, r.jpm),
              r.category ?? '—',
              r.nineBox === null ? '—' : String(r.nineBox),
            ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    },
    { text: d.competencies.map((c) => `${c.code} = ${c.label}`).join(' · '), style: 'small', margin: [0, 4, 0, 0] },
    {
      columns: [
        {
          width: '40%',
          stack: [
            { text: t('fields.distribution'), style: 'h2' },
            {
              table: {
                widths: ['*', 40],
                body: [
                  [th(t('fields.category')), th(t('fields.count'))],
                  ...categories.map((c) => [t(`categories.${c}`), { text: String(d.rows.filter((r) => r.category === c).length), alignment: 'right' as const }]),
                ],
              },
              layout: 'lightHorizontalLines',
            },
          ],
        },
        {
          width: '60%',
          stack: [
            { text: t('fields.averageGap'), style: 'h2' },
            {
              table: {
                widths: ['*', 75],
                body: [
                  [th(t('fields.competency')), th(t('fields.gap'))],
                  ...d.competencies.map((c) => {
                    const gaps = d.rows.map((r) => r.levels[c.code]).filter((l): l is number => l !== null && l !== undefined).map((l) => l - c.required);
                    const avg = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null;
                    return [c.label, { text: avg === null ? '—' : avg.toFixed(2).replace('.', L === 'id' ? ',' : '.'), alignment: 'right' as const, color: avg !== null && avg < 0 ? '#c0392b' : undefined }];
                  }),
                ],
              },
              layout: 'lightHorizontalLines',
            },
          ],
          margin: [16, 0, 0, 0],
        },
      ],
    },
  ];
  return framedDocument({ ...meta, orientation: 'landscape' }, content);
}
