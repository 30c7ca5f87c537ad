import { createHash } from 'node:crypto';
import { PRIVACY_NOTICE_VERSION } from '../../shared/i18n/messages/privacy';
import { translate } from '../../shared/i18n/translate';
import { getLocalOffice } from '../repositories/office';
import { insertRow, tombstoneRow, updateRow } from '../repositories/rows';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { nowIso } from './ids';
import { getLanguage, getSetting, setSetting } from './settings';
import { collectSubjectData, type SubjectData } from './subject-data';

export const RETENTION_KEY = 'privacy.retentionYears';
export const DEFAULT_RETENTION_YEARS = 5;

function requireParticipant(ctx: ServiceContext, id: string): { id: string; nip: string; name: string } {
  const row = ctx.db.prepare('SELECT id, nip, name FROM participant WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { id: string; nip: string; name: string }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function retentionYears(ctx: ServiceContext): number {
  return getSetting<number>(ctx.db, RETENTION_KEY, DEFAULT_RETENTION_YEARS);
}

export function privacyNotice(ctx: ServiceContext) {
  const language = getLanguage(ctx.db);
  const office = getLocalOffice(ctx.db);
  return {
    version: PRIVACY_NOTICE_VERSION,
    title: translate(language, 'privacy.noticeTitle'),
    text: translate(language, 'privacy.notice', { office: office?.name ?? 'Asesa', years: retentionYears(ctx) }),
  };
}

export function acknowledgeNotice(ctx: ServiceContext, participantId: string, method: 'on-screen' | 'signed-paper'): void {
  requireParticipant(ctx, participantId);
  ctx.db.transaction(() => {
    const id = insertRow(ctx.db, 'privacy_ack', {
      participant_id: participantId,
      notice_version: PRIVACY_NOTICE_VERSION,
      method,
      acknowledged_at: nowIso(),
      recorded_by: ctx.session.user?.id ?? null,
    });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'acknowledge', entity: 'privacy_ack', entityId: participantId, newValue: { id, method, version: PRIVACY_NOTICE_VERSION } });
  })();
}

export function noticeStatus(ctx: ServiceContext, participantId: string) {
  const row = ctx.db
    .prepare(
      `SELECT notice_version AS version, method, acknowledged_at AS at FROM privacy_ack
       WHERE participant_id = ? AND deleted_at IS NULL ORDER BY acknowledged_at DESC LIMIT 1`,
    )
    .get(participantId) as { version: string; method: 'on-screen' | 'signed-paper'; at: string } | undefined;
  return { current: PRIVACY_NOTICE_VERSION, latest: row ?? null, upToDate: row?.version === PRIVACY_NOTICE_VERSION };
}

/** Everything about one NIP as one JSON document (the data subject's right of access). */
export function subjectExport(ctx: ServiceContext, nip: string): { fileName: string; contentBase64: string } {
  const row = ctx.db.prepare('SELECT id FROM participant WHERE nip = ? ORDER BY deleted_at IS NULL DESC LIMIT 1').get(nip) as { id: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  const data: SubjectData = collectSubjectData(ctx.db, row.id);
  const doc = { exportedAt: nowIso(), exportedBy: getLocalOffice(ctx.db)?.name ?? null, nip, data };
  ctx.db.transaction(() => appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'subject-export', entity: 'participant', entityId: row.id }))();
  return { fileName: `data-subjek-${nip}.json`, contentBase64: Buffer.from(JSON.stringify(doc, null, 2)).toString('base64') };
}

/** Participants whose last assessment ended more than `years` ago and who are in no open batch. */
export function retentionPreview(ctx: ServiceContext, today = nowIso().slice(0, 10)) {
  const years = retentionYears(ctx);
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4, 10)}`;
  return ctx.db
    .prepare(
      `SELECT p.id, p.nip, p.name, MAX(b.ends_on) AS lastAssessment
       FROM participant p
       LEFT JOIN batch_participant bp ON bp.participant_id = p.id AND bp.deleted_at IS NULL
       LEFT JOIN batch b ON b.id = bp.batch_id AND b.deleted_at IS NULL
       WHERE p.deleted_at IS NULL AND p.name NOT LIKE 'Anonim-%'
       GROUP BY p.id
       HAVING lastAssessment IS NOT NULL AND lastAssessment < ?
          AND SUM(CASE WHEN b.status <> 'closed' THEN 1 ELSE 0 END) = 0
       ORDER BY lastAssessment`,
    )
    .all(cutoff) as { id: string; nip: string; name: string; lastAssessment: string }[];
}

const pseudoNip = (id: string) =>
  `00${[...createHash('sha256').update(id).digest()].map((b) => (b % 10).toString()).join('').slice(0, 16)}`;

/**
 * Anonymises a participant: identity replaced by a pseudonym, contact data removed, birth date
 * reduced to the year. Results stay for statistics; the change travels to other offices as an
 * ordinary row update.
 */
export function anonymise(ctx: ServiceContext, participantId: string): void {
  const p = requireParticipant(ctx, participantId);
  ctx.db.transaction(() => {
    const birth = (ctx.db.prepare('SELECT birth_date FROM participant WHERE id = ?').get(participantId) as { birth_date: string }).birth_date;
    updateRow(ctx.db, 'participant', participantId, {
      name: `Anonim-${participantId.slice(-6)}`,
      nip: pseudoNip(participantId),
      title_before: null,
      title_after: null,
      email: null,
      phone: null,
      birth_date: `${birth.slice(0, 4)}-01-01`,
    });
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'anonymise', entity: 'participant', entityId: participantId, oldValue: { nip: p.nip } });
  })();
}

export function applyRetention(ctx: ServiceContext, today?: string): number {
  const due = retentionPreview(ctx, today);
  for (const p of due) anonymise(ctx, p.id);
  return due.length;
}

export function setRetentionYears(ctx: ServiceContext, years: number): void {
  setSetting(ctx.db, RETENTION_KEY, years);
}

/**
 * Erasure on request: the participant is anonymised and then tombstoned, so the deletion (and
 * not the old identity) reaches other offices through the next exchange package.
 */
export function erase(ctx: ServiceContext, participantId: string): void {
  anonymise(ctx, participantId);
  ctx.db.transaction(() => {
    tombstoneRow(ctx.db, 'participant', participantId);
    appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'erase', entity: 'participant', entityId: participantId });
  })();
}
