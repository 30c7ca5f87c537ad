import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { jpByYear, type Pillar } from '../../../shared/domain/development';
import type { Category } from '../../../shared/domain/jpm';
import { formatDate, formatPercent } from '../../../shared/i18n/format';
import { framedDocument, type DocumentMeta } from '../frame';
import { factTable, signatures, th, tr } from './report-parts';

export interface IdpActivity {
  form: string;
  pillar: Pillar;
  provider: string;
  start: string | null;
  end: string | null;
  jp: number;
}

export interface IdpItem {
  competency: string;
  required: number;
  achieved: number;
  target: number;
  indicators: string[];
  activities: IdpActivity[];
  evidence: string;
}

export interface IdpData {
  participant: { name: string; nip: string; post: string | null; unit: string | null };
  source: { batchName: string; assessedOn: string; provider: string; jpm: number; category: Category; nineBox: number | null };
  period: { from: string; to: string };
  status: 'draft' | 'agreed' | 'in-progress' | 'done';
  items: IdpItem[];
  mentor: string | null;
  supervisor: string | null;
  approvals: { assessee: string | null; supervisor: string | null };
}

/** Rencana Pengembangan Individu: one block per competency below standard, JP totals per year. */
export function buildIdpDocument(meta: DocumentMeta, d: IdpData): TDocumentDefinitions {
  const t = tr(meta.language);
  const L = meta.language;
  const when = (a: IdpActivity) =>
    a.start ? `${formatDate(L, a.start)}${a.end && a.end !== a.start ? ` – ${formatDate(L, a.end)}` : ''}` : '—';
  const content: Content[] = [
    factTable([
      [t('fields.name'), d.participant.name],
      [t('fields.nip'), d.participant.nip],
      [t('fields.currentPost'), d.participant.post ?? ''],
      [t('fields.unit'), d.participant.unit ?? ''],
      [
        t('fields.source'),
        `${d.source.batchName} — ${d.source.provider}, ${formatDate(L, d.source.assessedOn)}; JPM ${formatPercent(L, d.source.jpm)}, ${t(`categories.${d.source.category}`)}${d.source.nineBox ? `; ${t('fields.nineBox')} ${d.source.nineBox}` : ''}`,
      ],
      [t('fields.period'), `${formatDate(L, d.period.from)} – ${formatDate(L, d.period.to)}`],
      [t('fields.status'), t(`idpStatus.${d.status}`)],
    ]),
  ];
  if (d.items.length === 0) content.push({ text: t('fields.noGap'), italics: true });
  for (const item of d.items) {
    content.push({
      unbreakable: item.activities.length < 8,
      stack: [
        { text: item.competency, style: 'h2' },
        {
          text: `${t('fields.required')} ${item.required} · ${t('fields.achieved')} ${item.achieved} · ${t('fields.gap')} ${item.achieved - item.required} · ${t('fields.target')} ${item.target}`,
          margin: [0, 0, 0, 4],
        },
        { text: t('fields.indicators'), bold: true },
        { ul: item.indicators.length ? item.indicators : ['—'], margin: [0, 0, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: ['*', 35, '*', 150, 30],
            body: [
              [th(t('fields.form')), th(t('fields.pillar')), th(t('fields.provider')), th(t('fields.period')), th(t('fields.jp'))],
              ...item.activities.map((a): TableCell[] => [a.form, String(a.pillar), a.provider || '—', when(a), { text: String(a.jp), alignment: 'right' }]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        },
        { text: [{ text: `${t('fields.evidence')}: `, bold: true }, item.evidence || '—'], margin: [0, 4, 0, 0] },
      ],
    });
  }
  const years = jpByYear(d.items.flatMap((i) => i.activities.map((a) => ({ formCode: a.form, jp: a.jp, start: a.start, end: a.end }))));
  content.push({
    margin: [0, 10, 0, 0],
    stack: years.map((y) => ({
      text: `${t('fields.jpTotal', { year: y.year, jp: y.jp })} — ${y.belowMinimum ? t('fields.jpBelow') : t('fields.jpMet')}`,
      color: y.belowMinimum ? '#c0392b' : '#1c7c54',
      bold: true,
    })),
  });
  const approved = (date: string | null) => (date ? t('fields.approvedOn', { date: formatDate(L, date) }) : t('fields.notApproved'));
  content.push(
    { text: t('sections.signatures'), style: 'h2' },
    signatures([
      { role: t('fields.assessee'), name: d.participant.name, note: approved(d.approvals.assessee) },
      { role: t('fields.supervisor'), name: d.supervisor ?? '', note: approved(d.approvals.supervisor) },
      { role: t('fields.mentor'), name: d.mentor ?? '' },
    ]),
  );
  return framedDocument(meta, content);
}
