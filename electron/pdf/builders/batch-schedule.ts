import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../../shared/i18n/format';
import { translate } from '../../../shared/i18n/translate';
import { framedDocument, type DocumentMeta } from '../frame';

export interface ScheduleRow {
  day: string | null;
  start: string | null;
  end: string | null;
  room: string | null;
  exercise: string;
  participant: string;
  participantNumber: number;
  assessor: string;
}

export interface ScheduleData {
  batchName: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  rows: ScheduleRow[];
}

const th = (text: string): TableCell => ({ text, style: 'th' });

/** Jadwal kegiatan asesmen: one table per day, sorted by time and room; unscheduled work listed last. */
export function buildScheduleDocument(meta: DocumentMeta, data: ScheduleData): TDocumentDefinitions {
  const t = (k: string, p?: Record<string, string | number>) => translate(meta.language, `printouts.${k}`, p);
  const sorted = [...data.rows].sort(
    (a, b) =>
      (a.day ?? '9999').localeCompare(b.day ?? '9999') ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      (a.room ?? '').localeCompare(b.room ?? '') ||
      a.participantNumber - b.participantNumber,
  );
  const days = [...new Set(sorted.map((r) => r.day))];
  const content: Content[] = [
    {
      text: [
        { text: `${t('batch')}: `, bold: true },
        data.batchName,
        { text: `\n${t('venue')}: `, bold: true },
        data.venue || '—',
        { text: `\n${t('dates')}: `, bold: true },
        `${formatDate(meta.language, data.startsOn)} – ${formatDate(meta.language, data.endsOn)}`,
      ],
      margin: [0, 0, 0, 8],
    },
  ];
  for (const day of days) {
    const rows = sorted.filter((r) => r.day === day);
    content.push({ text: day ? formatDate(meta.language, day) : t('unscheduled'), style: 'h2' });
    content.push({
      table: {
        headerRows: 1,
        widths: [55, 60, '*', '*', '*'],
        body: [
          [th(t('time')), th(t('room')), th(t('exercise')), th(t('participant')), th(t('assessor'))],
          ...rows.map((r) => [
            r.start && r.end ? `${r.start}–${r.end}` : '—',
            r.room ?? '—',
            r.exercise,
            `${r.participantNumber}. ${r.participant}`,
            r.assessor,
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    });
  }
  if (data.rows.length === 0) content.push({ text: t('empty'), italics: true });
  return framedDocument({ ...meta, orientation: 'landscape' }, content);
}
