import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../../shared/i18n/format';
import { translate } from '../../../shared/i18n/translate';
import { framedDocument, type DocumentMeta } from '../frame';

export interface PaperFormCompetency {
  competency: string;
  name: { id: string; en: string };
  levels: {
    level: number;
    description: { id: string; en: string };
    indicators: { name: string; description: { id: string; en: string } }[];
  }[];
}

export interface PaperFormData {
  assignmentId: string;
  /** What the assessor types to find the form again (see assignmentShortCode). */
  shortCode: string;
  batchName: string;
  participant: { name: string; nip: string };
  exercise: { name: string; durationMinutes: number };
  assessor: string;
  slot: { day: string; start: string; end: string; room: string | null } | null;
  competencies: PaperFormCompetency[];
  /** Ruled lines for free notes. */
  noteLines?: number;
}

/** Empty ruled rows: a table with only horizontal rules, tall enough to write in by hand. */
function ruledLines(count: number, height = 20): Content {
  return {
    table: { widths: ['*'], heights: height, body: Array.from({ length: count }, () => [{ text: ' ' }]) },
    layout: { hLineWidth: (i: number) => (i === 0 ? 0 : 0.5), vLineWidth: () => 0, hLineColor: () => '#9aa5b1' },
  };
}

/**
 * A blank observation-and-rating form for one participant × exercise × assessor (issue 5,
 * paper fallback): header with the assignment's QR code, ruled lines for notes, and per
 * competency the anchored scale 1–5 with indicators, a level box and lines for the rationale.
 * Pure: data in, pdfmake document out.
 */
export function buildPaperForm(meta: DocumentMeta, data: PaperFormData): TDocumentDefinitions {
  const lang = meta.language;
  const t = (k: string, p?: Record<string, string | number>) => translate(lang, `scoring.paper.${k}`, p);
  const field = (label: string, value: string): TableCell[] => [
    { text: label, style: 'small', bold: true },
    { text: value },
  ];
  const schedule = data.slot
    ? `${formatDate(lang, data.slot.day)}, ${data.slot.start}–${data.slot.end}${data.slot.room ? ` · ${data.slot.room}` : ''}`
    : t('unscheduled');

  const header: Content = {
    columns: [
      {
        width: '*',
        table: {
          widths: [95, '*'],
          body: [
            field(t('batch'), data.batchName),
            field(t('participant'), data.participant.name),
            field(t('nip'), data.participant.nip),
            field(
              t('exercise'),
              `${data.exercise.name} (${t('duration', { minutes: data.exercise.durationMinutes })})`,
            ),
            field(t('assessor'), data.assessor),
            field(t('day'), schedule),
            [
              { text: 'ID', style: 'small', bold: true },
              { text: data.assignmentId, fontSize: 8 },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        width: 120,
        stack: [
          { qr: data.assignmentId, fit: 100, eccLevel: 'M', alignment: 'center' },
          { text: t('code'), style: 'small', alignment: 'center', margin: [0, 4, 0, 0] },
          { text: data.shortCode, bold: true, fontSize: 14, alignment: 'center', characterSpacing: 1 },
          { text: t('codeHint'), style: 'small', alignment: 'center', margin: [0, 2, 0, 0] },
        ],
      },
    ],
    columnGap: 12,
  };

  const competencyBlocks: Content[] = data.competencies.map((c, i) => ({
    // Scale, level box and rationale stay on one page, so the box is never far from its anchors.
    unbreakable: true,
    stack: [
      { text: `${i + 1}. ${c.name[lang]} (${c.competency})`, style: 'h2' },
      {
        table: {
          headerRows: 1,
          widths: [34, '*'],
          body: [
            [
              { text: t('level'), style: 'th' },
              { text: t('anchors'), style: 'th' },
            ],
            ...c.levels.map((lv): TableCell[] => [
              { text: String(lv.level), bold: true, alignment: 'center' },
              {
                stack: [
                  { text: lv.description[lang], fontSize: 8.5 },
                  {
                    ul: lv.indicators.map((ind) => ({ text: `${ind.name}  ${ind.description[lang]}`, fontSize: 8 })),
                    margin: [0, 2, 0, 0],
                  },
                ],
              },
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 6, 0, 0],
        columns: [
          {
            width: 120,
            table: {
              widths: [70, 40],
              heights: 28,
              body: [[{ text: t('levelBox'), style: 'small', bold: true }, { text: ' ' }]],
            },
            layout: { hLineWidth: () => 1, vLineWidth: () => 1 },
          },
          { width: '*', stack: [{ text: t('rationale'), style: 'small' }, ruledLines(3, 16)] },
        ],
        columnGap: 10,
      },
    ],
  }));

  const signature: Content = {
    margin: [0, 18, 0, 0],
    unbreakable: true,
    columns: [
      { width: '*', text: '' },
      {
        width: 200,
        stack: [
          { text: `${t('date')}: ____________________`, margin: [0, 0, 0, 30] },
          { text: '_______________________________' },
          { text: `${t('signature')}: ${data.assessor}`, style: 'small' },
        ],
      },
    ],
  };

  return framedDocument(meta, [
    header,
    { text: t('notes'), style: 'h2' },
    ruledLines(data.noteLines ?? 18),
    { text: '', pageBreak: 'after' },
    ...competencyBlocks,
    signature,
  ]);
}
