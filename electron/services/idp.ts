import type { IdpUpdateInput, IdpView } from '../../shared/schemas/results';
import { idpActivities, idpItems, findIdpByResult, type IdpRow } from '../repositories/idp';
import { insertRow, tombstoneRow, updateRow } from '../repositories/rows';
import type { ResultJoined } from '../repositories/result';
import { appendAudit } from './audit';
import { batchStandard } from './batch-standard';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { fieldProblem, idpStatus, refusal, refusalText } from './refusal';
import { formByCode, jpSummary, jpTable, planPeriod, suggestActivities, type CompetencyType } from './idp-plan';
import { requireResult } from './results';
import { competencyNames, competencyScale } from './workspace-rubric';
import { translate, translateBoth } from '../../shared/i18n/translate';

const actor = (ctx: ServiceContext) => ctx.session.user?.id ?? null;

function competencyType(ctx: ServiceContext, versionId: string, competency: string): CompetencyType {
  const row = ctx.db
    .prepare("SELECT competency_type FROM framework_node WHERE version_id = ? AND id_number = ? AND kind = 'competency' AND deleted_at IS NULL")
    .get(versionId, competency) as { competency_type: CompetencyType | null } | undefined;
  return row?.competency_type ?? 'teknis';
}

/** The behaviours of `level` of a competency in the batch's framework version, both languages. */
function indicatorsAt(ctx: ServiceContext, versionId: string, competency: string, level: number) {
  const scale = competencyScale(ctx.db, versionId, competency);
  const lv = scale.levels.find((l) => l.level === Math.ceil(level));
  return (lv?.indicators ?? []).map((i) => ({ idNumber: i.idNumber, text: i.description }));
}

export function idpView(ctx: ServiceContext, result: ResultJoined, idp: IdpRow, frameworkVersionId: string): IdpView {
  const names = competencyNames(ctx.db, frameworkVersionId);
  const items = idpItems(ctx.db, idp.id).map((it) => ({
    id: it.id,
    competency: it.competency,
    competencyName: names.get(it.competency) ?? { id: it.competency, en: it.competency },
    required: it.required,
    achieved: it.achieved,
    target: it.target,
    indicators: JSON.parse(it.indicators) as IdpView['items'][number]['indicators'],
    evidence: it.evidence,
    activities: idpActivities(ctx.db, it.id).map((a) => ({
      id: a.id,
      formCode: a.form_code,
      formName: formByCode(a.form_code)?.name ?? { id: a.form_code, en: a.form_code },
      pillar: a.pillar,
      provider: a.provider,
      start: a.start_on,
      end: a.end_on,
      jp: a.jp,
    })),
  }));
  const summary = jpSummary(items.flatMap((i) => i.activities.map((a) => ({ formCode: a.formCode, jp: a.jp, start: a.start, end: a.end }))));
  return {
    id: idp.id,
    resultId: result.id,
    batchId: result.batch_id,
    participantId: result.participant_id,
    nip: result.nip,
    name: result.name,
    periodFrom: idp.period_from,
    periodTo: idp.period_to,
    status: idp.status,
    mentor: idp.mentor,
    supervisor: idp.supervisor,
    approvals: { assessee: idp.assessee_approved_on, supervisor: idp.supervisor_approved_on },
    items,
    ...summary,
    revision: idp.revision,
  };
}

function load(ctx: ServiceContext, batchId: string, participantId: string) {
  const batch = requireBatch(ctx, batchId);
  const result = requireResult(ctx, batchId, participantId);
  return { batch, result, idp: findIdpByResult(ctx.db, result.id) };
}

function writeItems(ctx: ServiceContext, idpId: string, items: { competency: string; required: number; achieved: number; target: number; indicators: unknown; evidence: string; activities: { formCode: string; provider: string; start: string | null; end: string | null; jp: number }[] }[]) {
  for (const old of idpItems(ctx.db, idpId)) {
    for (const a of idpActivities(ctx.db, old.id)) tombstoneRow(ctx.db, 'idp_activity', a.id);
    tombstoneRow(ctx.db, 'idp_item', old.id);
  }
  items.forEach((it, i) => {
    const itemId = insertRow(ctx.db, 'idp_item', {
      idp_id: idpId,
      competency: it.competency,
      required: it.required,
      achieved: it.achieved,
      target: it.target,
      indicators: JSON.stringify(it.indicators),
      evidence: it.evidence,
      sort_order: i,
    });
    it.activities.forEach((a, j) => {
      insertRow(ctx.db, 'idp_activity', { item_id: itemId, form_code: a.formCode, pillar: formByCode(a.formCode)!.pillar, provider: a.provider, start_on: a.start, end_on: a.end, jp: a.jp, sort_order: j });
    });
  });
}

/**
 * A draft from the gaps: every competency below standard, target = the required level, the
 * target level's indicators, one suggested activity per 70/20/10 pillar. Regenerating is
 * allowed while the plan is a draft and replaces its items.
 */
export function generateIdp(ctx: ServiceContext, batchId: string, participantId: string): IdpView {
  return ctx.db.transaction(() => {
    const { batch, result, idp } = load(ctx, batchId, participantId);
    if (idp && idp.status !== 'draft') throw new AppError('CONFLICT', { what: refusalText('results.idpExists', { status: idpStatus(idp.status) }) });
    const period = planPeriod(result.assessed_on);
    const table = jpTable(ctx.db);
    const gaps = (JSON.parse(result.gaps) as { competency: string; required: number; achieved: number; gap: number }[]).filter((g) => g.achieved < g.required);
    const names = competencyNames(ctx.db, batch.frameworkVersionId);
    const items = gaps.map((g, i) => {
      const provider = (pillar: number) => translate('id', `results.idp.defaultProvider.${pillar}`);
      return {
        competency: g.competency,
        required: g.required,
        achieved: g.achieved,
        target: g.required,
        indicators: indicatorsAt(ctx, batch.frameworkVersionId, g.competency, g.required),
        evidence: translate('id', 'results.idp.defaultEvidence', { level: g.required, competency: names.get(g.competency)?.id ?? g.competency }),
        activities: suggestActivities(competencyType(ctx, batch.frameworkVersionId, g.competency), g.gap, i, period.from, table).map((a) => ({ ...a, provider: provider(a.pillar) })),
      };
    });
    let id: string;
    if (idp) {
      id = idp.id;
      updateRow(ctx.db, 'idp', id, { period_from: period.from, period_to: period.to, assessee_approved_on: null, supervisor_approved_on: null });
    } else {
      id = insertRow(ctx.db, 'idp', { result_id: result.id, period_from: period.from, period_to: period.to, status: 'draft', mentor: null, supervisor: null });
    }
    writeItems(ctx, id, items);
    appendAudit(ctx.db, { actorId: actor(ctx), action: idp ? 'regenerate' : 'generate', entity: 'idp', entityId: id, newValue: { resultId: result.id, items: items.map((i) => i.competency) } });
    return idpView(ctx, result, findIdpByResult(ctx.db, result.id)!, batch.frameworkVersionId);
  })();
}

export function getIdp(ctx: ServiceContext, batchId: string, participantId: string): IdpView {
  const { batch, result, idp } = load(ctx, batchId, participantId);
  if (!idp) throw new AppError('NOT_FOUND');
  return idpView(ctx, result, idp, batch.frameworkVersionId);
}

function requireIdp(ctx: ServiceContext, batchId: string, participantId: string) {
  const l = load(ctx, batchId, participantId);
  if (!l.idp) throw new AppError('NOT_FOUND');
  return { ...l, idp: l.idp };
}

/** The coordinator's edit of a draft: validated, optimistic on the revision; approvals start over. */
export function updateIdp(ctx: ServiceContext, input: IdpUpdateInput): IdpView {
  return ctx.db.transaction(() => {
    const { batch, result, idp } = requireIdp(ctx, input.batchId, input.participantId);
    if (idp.status !== 'draft') throw refusal('results.idpEditDraft', { status: idpStatus(idp.status) });
    if (idp.revision !== input.revision) throw new AppError('STALE', { what: `IDP, rev. ${idp.revision}` });
    const standard = new Map(batchStandard(ctx.db, batch.id).requirements.map((r) => [r.competency, r.level]));
    const achieved = new Map((JSON.parse(result.gaps) as { competency: string; achieved: number }[]).map((g) => [g.competency, g.achieved]));
    const problems: { path: string; message: string }[] = [];
    if (input.periodTo < input.periodFrom) problems.push(fieldProblem('periodTo', 'results.periodReversed'));
    const seen = new Set<string>();
    input.items.forEach((it, i) => {
      if (!standard.has(it.competency)) problems.push(fieldProblem(`items.${i}.competency`, 'batch.notInStandard', { competency: it.competency }));
      if (seen.has(it.competency)) problems.push(fieldProblem(`items.${i}.competency`, 'results.competencyTwice', { competency: it.competency }));
      seen.add(it.competency);
      const now = achieved.get(it.competency);
      if (now !== undefined && it.target < now) problems.push(fieldProblem(`items.${i}.target`, 'results.targetBelow', { level: now }));
      it.activities.forEach((a, j) => {
        if (!formByCode(a.formCode)) problems.push(fieldProblem(`items.${i}.activities.${j}.formCode`, 'results.unknownFormCode', { code: a.formCode }));
        if (a.start && a.end && a.end < a.start) problems.push(fieldProblem(`items.${i}.activities.${j}.end`, 'results.endsBeforeStart'));
      });
    });
    if (problems.length) throw new AppError('VALIDATION', {}, problems);
    const before = idpView(ctx, result, idp, batch.frameworkVersionId);
    const items = input.items.map((it) => ({
      competency: it.competency,
      required: standard.get(it.competency)!,
      achieved: achieved.get(it.competency) ?? 0,
      target: it.target,
      indicators: it.indicators ?? before.items.find((b) => b.competency === it.competency && b.target === it.target)?.indicators ?? indicatorsAt(ctx, batch.frameworkVersionId, it.competency, it.target),
      evidence: it.evidence,
      activities: it.activities,
    }));
    updateRow(ctx.db, 'idp', idp.id, { period_from: input.periodFrom, period_to: input.periodTo, mentor: input.mentor, supervisor: input.supervisor, assessee_approved_on: null, supervisor_approved_on: null });
    writeItems(ctx, idp.id, items);
    const after = idpView(ctx, result, findIdpByResult(ctx.db, result.id)!, batch.frameworkVersionId);
    appendAudit(ctx.db, { actorId: actor(ctx), action: 'update', entity: 'idp', entityId: idp.id, oldValue: strip(before), newValue: strip(after) });
    return after;
  })();
}

const strip = (v: IdpView) => ({ period: [v.periodFrom, v.periodTo], mentor: v.mentor, supervisor: v.supervisor, items: v.items.map((i) => ({ c: i.competency, t: i.target, a: i.activities.map((a) => [a.formCode, a.jp, a.start, a.end]) })) });

/** Approval by the assessee or the supervisor on a date (null withdraws it); only on a draft. */
export function approveIdp(ctx: ServiceContext, input: { batchId: string; participantId: string; by: 'assessee' | 'supervisor'; date: string | null }): IdpView {
  return ctx.db.transaction(() => {
    const { batch, result, idp } = requireIdp(ctx, input.batchId, input.participantId);
    if (idp.status !== 'draft') throw refusal('results.idpApproveDraft', { status: idpStatus(idp.status) });
    const column = input.by === 'assessee' ? 'assessee_approved_on' : 'supervisor_approved_on';
    updateRow(ctx.db, 'idp', idp.id, { [column]: input.date });
    appendAudit(ctx.db, { actorId: actor(ctx), action: 'approve', entity: 'idp', entityId: idp.id, oldValue: { [input.by]: idp[column] }, newValue: { [input.by]: input.date } });
    return idpView(ctx, result, findIdpByResult(ctx.db, result.id)!, batch.frameworkVersionId);
  })();
}

const NEXT: Record<IdpRow['status'], IdpRow['status'][]> = {
  draft: ['agreed'],
  agreed: ['in-progress', 'draft'],
  'in-progress': ['done'],
  done: [],
};

/** draft → agreed (both approvals needed) → in-progress → done; agreed may go back to draft. */
export function setIdpStatus(ctx: ServiceContext, input: { batchId: string; participantId: string; status: IdpRow['status'] }): IdpView {
  return ctx.db.transaction(() => {
    const { batch, result, idp } = requireIdp(ctx, input.batchId, input.participantId);
    if (!NEXT[idp.status].includes(input.status)) throw refusal('results.idpStatusStep', { from: idpStatus(idp.status), to: idpStatus(input.status) });
    if (input.status === 'agreed' && (!idp.assessee_approved_on || !idp.supervisor_approved_on)) {
      throw new AppError('BAD_INPUT', { reason: translateBoth('results.idp.needsApprovals') });
    }
    updateRow(ctx.db, 'idp', idp.id, { status: input.status });
    appendAudit(ctx.db, { actorId: actor(ctx), action: 'status', entity: 'idp', entityId: idp.id, oldValue: idp.status, newValue: input.status });
    return idpView(ctx, result, findIdpByResult(ctx.db, result.id)!, batch.frameworkVersionId);
  })();
}
