import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { profileChartSvg } from '../../../shared/charts/profile-chart';
import type { BatchPurpose, Category } from '../../../shared/domain/jpm';
import { formatDate, formatPercent } from '../../../shared/i18n/format';
import { framedDocument, type DocumentMeta } from '../frame';
import { bullets, factTable, gapText, signatures, th, tr } from './report-parts';

export interface ReportData {
  purpose: BatchPurpose;
  targetPost: string;
  provider: { agency: string; name: string; head: string | null };
  assessedOn: string;
  participant: { number: number; name: string; nip: string; post: string | null; unit: string | null };
  /** Potensi on the KS/K/C/B/BS scale per aspect, with a narrative; null when not tested. */
  potensi: { scale: { aspect: string; score: string }[]; narrative: string[] } | null;
  competencies: { label: string; required: number; achieved: number }[];
  strengths: string[];
  developmentAreas: string[];
  result: { totalAchieved: number; totalRequired: number; jpm: number; category: Category; ruleVersion: string };
  /** Mapping only (item 18). */
  placementAdvice: string | null;
  developmentAdvice: string[];
  responsibleAssessor: string;
}

/**
 * Laporan individual with the 22 items of the report instructions (domain.md §2.8), arranged
 * in the BPS-style sections I–VII, with the profile chart.
 */
export function buildAssessmentReport(meta: DocumentMeta, d: ReportData): TDocumentDefinitions {
  const t = tr(meta.language);
  const L = meta.language;
  const jpm = formatPercent(L, d.result.jpm);
  const content: Content[] = [
    { text: t('sections.identity'), style: 'h2' },
    factTable([
      [t('fields.purpose'), t(`purpose.${d.purpose}`)],
      [t('fields.targetPost'), d.targetPost],
      [t('fields.provider'), d.provider.agency],
      [t('fields.date'), formatDate(L, d.assessedOn)],
      [t('fields.participantNumber'), String(d.participant.number)],
      [t('fields.name'), d.participant.name],
      [t('fields.nip'), d.participant.nip],
      [t('fields.currentPost'), d.participant.post ?? ''],
      [t('fields.unit'), d.participant.unit ?? ''],
    ]),
    { text: t('sections.potensi'), style: 'h2' },
    d.potensi
      ? {
          stack: [
            { text: t('fields.potensiScale'), bold: true },
            {
              table: { headerRows: 0, widths: ['*', 60], body: d.potensi.scale.map((s): TableCell[] => [s.aspect, { text: s.score, alignment: 'center' }]) },
              layout: 'lightHorizontalLines',
              margin: [0, 2, 0, 4],
            },
            { text: t('fields.potensiNarrative'), bold: true },
            bullets(d.potensi.narrative, t('fields.none')),
          ],
        }
      : { text: `${t('fields.potensiScale')}: ${t('fields.none')}`, margin: [0, 0, 0, 6] },
    { text: t('sections.competency'), style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 50, 50, 60],
        body: [
          [th(t('fields.competency')), th(t('fields.required')), th(t('fields.achieved')), th(t('fields.gap'))],
          ...d.competencies.map((c): TableCell[] => [c.label, { text: String(c.required), alignment: 'center' }, { text: String(c.achieved), alignment: 'center' }, { text: gapText(c.achieved - c.required), alignment: 'center', color: c.achieved < c.required ? '#c0392b' : '#1c7c54' }]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    },
    {
      svg: profileChartSvg(
        d.competencies.map((c) => ({ label: c.label, required: c.required, achieved: c.achieved })),
        { legend: { required: t('fields.required'), achieved: t('fields.achieved') } },
      ),
      width: 460,
      margin: [0, 8, 0, 4],
    },
    factTable([
      [t('fields.totalAchieved'), String(d.result.totalAchieved)],
      [t('fields.totalRequired'), String(d.result.totalRequired)],
      [t('fields.jpm'), jpm],
    ]),
    { text: t('fields.jpmSentence', { achieved: d.result.totalAchieved, required: d.result.totalRequired, jpm, category: d.result.category }), italics: true },
    { text: t('sections.strengths'), style: 'h2' },
    { text: t('fields.strengths'), bold: true },
    bullets(d.strengths, t('fields.none')),
    { text: t('fields.developmentAreas'), bold: true },
    bullets(d.developmentAreas, t('fields.none')),
    { text: t('sections.recommendation'), style: 'h2' },
    factTable([[t('fields.category'), t(`categories.${d.result.category}`)]]),
  ];
  if (d.purpose === 'pemetaan') {
    content.push({ text: t('sections.placement'), style: 'h2' }, { text: d.placementAdvice || t('fields.none'), margin: [0, 0, 0, 6] });
  }
  content.push(
    { text: t('sections.development'), style: 'h2' },
    bullets(d.developmentAdvice, t('fields.none')),
    { text: t('sections.signatures'), style: 'h2' },
    factTable([[t('fields.providerName'), d.provider.name]]),
    signatures([
      { role: t('fields.responsibleAssessor'), name: d.responsibleAssessor },
      { role: t('fields.head'), name: d.provider.head ?? '' },
    ]),
  );
  return framedDocument(meta, content);
}
