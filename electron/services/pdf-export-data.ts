import { JENJANG } from '../../shared/domain/jenjang';
import type { Language } from '../../shared/i18n/languages';
import { formatPercent } from '../../shared/i18n/format';
import { translate } from '../../shared/i18n/translate';
import type { IdpData } from '../pdf/builders/idp';
import type { ReportData } from '../pdf/builders/assessment-report';
import type { RecapData } from '../pdf/builders/batch-recap';
import { batchParticipants, batchTeam } from '../repositories/batch';
import { getLocalOffice } from '../repositories/office';
import { batchResults, type ResultJoined } from '../repositories/result';
import { findIdpByResult } from '../repositories/idp';
import { batchStandard } from './batch-standard';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { idpView } from './idp';
import { requireResult } from './results';
import { getSetting } from './settings';
import { competencyNames } from './workspace-rubric';

/** Assembles the plain data the PDF builders take, from the database (issue 6). */
interface PersonRow {
  name: string;
  title_before: string | null;
  title_after: string | null;
  jabatan: string | null;
  unit: string | null;
}

const fullName = (p: PersonRow) => [p.title_before, p.name].filter(Boolean).join(' ') + (p.title_after ? `, ${p.title_after}` : '');

function person(ctx: ServiceContext, participantId: string): PersonRow {
  return ctx.db.prepare('SELECT name, title_before, title_after, jabatan, unit FROM participant WHERE id = ?').get(participantId) as PersonRow;
}

function office(ctx: ServiceContext) {
  const o = getLocalOffice(ctx.db);
  if (!o) throw new AppError('NOT_SET_UP');
  return o;
}

/** KS/K/C/B/BS from a 0–100 potensi score (an Asesa convention, shown with the score). */
function potensiLetter(score: number): string {
  if (score >= 85) return 'BS';
  if (score >= 70) return 'B';
  if (score >= 55) return 'C';
  if (score >= 40) return 'K';
  return 'KS';
}

/** "Jabatan Administrator (Standar bawaan — Administrator)": the jenjang and the standard measured against. */
function targetPost(ctx: ServiceContext, batchId: string, language: Language): string {
  const s = batchStandard(ctx.db, batchId);
  const jenjang = JENJANG.find((j) => j.code === s.jenjang)?.label ?? s.jenjang;
  return translate(language, 'results.report.targetPost', { jenjang, standard: s.name });
}

type Gap = { competency: string; required: number; achieved: number; gap: number };

export function reportData(ctx: ServiceContext, batchId: string, participantId: string, language: Language): ReportData {
  const batch = requireBatch(ctx, batchId);
  const r = requireResult(ctx, batchId, participantId);
  const names = competencyNames(ctx.db, batch.frameworkVersionId);
  const label = (c: string) => names.get(c)?.[language] ?? c;
  const t = (k: string, p: Record<string, string | number> = {}) => translate(language, `results.${k}`, p);
  const gaps = JSON.parse(r.gaps) as Gap[];
  const p = person(ctx, participantId);
  const o = office(ctx);
  const team = batchTeam(ctx.db, batchId);
  const lead = team.find((m) => m.role === 'ketua') ?? team.find((m) => m.role === 'asesor');
  const idp = findIdpByResult(ctx.db, r.id);
  const plan = idp ? idpView(ctx, r, idp, batch.frameworkVersionId) : null;
  const developmentAdvice = gaps
    .filter((g) => g.gap < 0)
    .map((g) => {
      const item = plan?.items.find((i) => i.competency === g.competency);
      return item && item.activities.length
        ? t('report.advice', { name: label(g.competency), forms: item.activities.map((a) => a.formName[language]).join('; ') })
        : t('report.adviceNoIdp', { name: label(g.competency), required: g.required });
    });
  const placement =
    batch.purpose !== 'pemetaan'
      ? null
      : r.nine_box !== null
        ? `${translate(language, 'results.box', { box: r.nine_box })}: ${t(`followUp.box${r.nine_box}`)}`
        : t(`report.placementByCategory.${r.category}`);
  return {
    purpose: batch.purpose,
    targetPost: targetPost(ctx, batchId, language),
    provider: { agency: o.agency, name: o.name, head: getSetting<string | null>(ctx.db, 'office.head', null) },
    assessedOn: r.assessed_on,
    participant: { number: r.number, name: fullName(p), nip: r.nip, post: p.jabatan, unit: p.unit },
    potensi:
      r.potensi_score === null
        ? null
        : {
            scale: [{ aspect: t('report.potensiAspect'), score: `${potensiLetter(r.potensi_score)} (${r.potensi_score})` }],
            narrative: [t('report.potensiNarrative', { score: r.potensi_score, jpm: formatPercent(language, r.jpm), band: t(`potential.${r.potential_band}`) })],
          },
    competencies: gaps.map((g) => ({ label: label(g.competency), required: g.required, achieved: g.achieved })),
    strengths: gaps.filter((g) => g.gap >= 0).map((g) => t(g.gap > 0 ? 'report.strengthAbove' : 'report.strengthMeets', { name: label(g.competency), achieved: g.achieved, required: g.required })),
    developmentAreas: gaps.filter((g) => g.gap < 0).map((g) => t('report.development', { name: label(g.competency), achieved: g.achieved, required: g.required, gap: g.gap })),
    result: { totalAchieved: r.total_achieved, totalRequired: r.total_required, jpm: r.jpm, category: r.category, ruleVersion: r.rule_version },
    placementAdvice: placement,
    developmentAdvice,
    responsibleAssessor: lead?.displayName ?? '',
  };
}

export function idpData(ctx: ServiceContext, batchId: string, participantId: string, language: Language): IdpData {
  const batch = requireBatch(ctx, batchId);
  const r = requireResult(ctx, batchId, participantId);
  const idp = findIdpByResult(ctx.db, r.id);
  if (!idp) throw new AppError('NOT_FOUND');
  const v = idpView(ctx, r, idp, batch.frameworkVersionId);
  const p = person(ctx, participantId);
  return {
    participant: { name: fullName(p), nip: r.nip, post: p.jabatan, unit: p.unit },
    source: { batchName: batch.name, assessedOn: r.assessed_on, provider: office(ctx).name, jpm: r.jpm, category: r.category, nineBox: r.nine_box },
    period: { from: v.periodFrom, to: v.periodTo },
    status: v.status,
    items: v.items.map((i) => ({
      competency: i.competencyName[language],
      required: i.required,
      achieved: i.achieved,
      target: i.target,
      indicators: i.indicators.map((x) => x.text[language]),
      activities: i.activities.map((a) => ({ form: a.formName[language], pillar: a.pillar, provider: a.provider, start: a.start, end: a.end, jp: a.jp })),
      evidence: i.evidence,
    })),
    mentor: v.mentor,
    supervisor: v.supervisor,
    approvals: v.approvals,
  };
}

export function recapData(ctx: ServiceContext, batchId: string, language: Language): RecapData {
  const batch = requireBatch(ctx, batchId);
  const standard = batchStandard(ctx.db, batchId);
  const names = competencyNames(ctx.db, batch.frameworkVersionId);
  const results = new Map(batchResults(ctx.db, batchId).map((r) => [r.participant_id, r] as [string, ResultJoined]));
  return {
    batchName: batch.name,
    purpose: batch.purpose,
    targetPost: targetPost(ctx, batchId, language),
    startsOn: batch.startsOn,
    endsOn: batch.endsOn,
    competencies: standard.requirements.map((q) => ({ code: q.competency, label: names.get(q.competency)?.[language] ?? q.competency, required: q.level })),
    rows: batchParticipants(ctx.db, batchId).map((p) => {
      const r = results.get(p.participantId);
      const gaps = r ? (JSON.parse(r.gaps) as Gap[]) : [];
      return {
        number: p.number,
        nip: p.nip,
        name: p.name,
        levels: Object.fromEntries(standard.requirements.map((q) => [q.competency, gaps.find((g) => g.competency === q.competency)?.achieved ?? null])),
        jpm: r?.jpm ?? null,
        category: r?.category ?? null,
        nineBox: r?.nine_box ?? null,
      };
    }),
  };
}
