import { translate } from '../../shared/i18n/translate';
import { looksLikePppk, validateAsnNumber } from '../../shared/domain/nip';
import type { Participant, ParticipantData } from '../../shared/schemas/participant';
import type { ErrorDetail } from '../../shared/contract/envelope';
import { getLocalOffice } from '../repositories/office';
import { participantsToCsv, participantsToXlsx } from '../codecs/participants-export';
import {
  allLiveParticipants,
  findParticipant,
  findParticipantByNip,
  participantWriter,
  toParticipant,
  tombstoneParticipant,
  type ParticipantValues,
} from '../repositories/participant';
import { searchParticipants as searchRows } from '../repositories/participant-search';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { refusal } from './refusal';
import { nowIso } from './ids';
import { parseGolongan } from './participant-values';
import { getLanguage } from './settings';

export const today = () => nowIso().slice(0, 10);
export const actorOf = (ctx: ServiceContext) => ctx.session.user?.id ?? null;
export const officeOf = (ctx: ServiceContext) => getLocalOffice(ctx.db)?.id ?? null;

export function searchParticipants(ctx: ServiceContext, input: { query: string; offset: number; limit: number }) {
  const page = searchRows(ctx.db, input.query, input.offset, input.limit);
  return { total: page.total, items: page.rows.map(toParticipant) };
}

export function getParticipant(ctx: ServiceContext, id: string): Participant {
  const row = findParticipant(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toParticipant(row);
}

/** Checks what a coordinator typed: NIP by kind, golongan by kind; derives sex and birth date. */
function toValues(ctx: ServiceContext, data: ParticipantData): ParticipantValues {
  const lang = getLanguage(ctx.db);
  const details: ErrorDetail[] = [];
  const nip = validateAsnNumber(data.nip, data.kind, { assessmentDate: today() });
  for (const e of nip.errors)
    details.push({ path: 'nip', message: translate(lang, `participants.nip.${e.code}`, e.params) });
  if (data.kind === 'pns' && looksLikePppk(data.nip, { assessmentDate: today() })) {
    details.push({ path: 'kind', message: translate(lang, 'participants.nip.maybePppk') });
  }
  const golongan = data.golongan ? parseGolongan(data.golongan, data.kind) : null;
  if (data.golongan && !golongan) {
    details.push({
      path: 'golongan',
      message: translate(lang, 'participants.problems.golonganUnknown', { value: data.golongan }),
    });
  }
  if (details.length || !nip.sex || !nip.birthDate) throw new AppError('VALIDATION', {}, details);
  return {
    kind: data.kind,
    nip: nip.nip,
    name: data.name,
    title_before: data.titleBefore,
    title_after: data.titleAfter,
    sex: nip.sex,
    birth_date: nip.birthDate,
    golongan,
    jabatan: data.jabatan,
    jenjang: data.jenjang,
    unit: data.unit,
    agency: data.agency,
    email: data.email,
    phone: data.phone,
  };
}

export function createParticipant(ctx: ServiceContext, data: ParticipantData): Participant {
  const values = toValues(ctx, data);
  return ctx.db.transaction(() => {
    if (findParticipantByNip(ctx.db, values.nip)) throw new AppError('CONFLICT', { what: `NIP ${values.nip}` });
    const id = participantWriter(ctx.db, officeOf(ctx)).insert(values);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action: 'create',
      entity: 'participant',
      entityId: id,
      newValue: values,
    });
    return toParticipant(findParticipant(ctx.db, id)!);
  })();
}

/** Optimistic: the caller sends the revision it edited; a newer stored revision is a conflict. */
export function updateParticipant(
  ctx: ServiceContext,
  id: string,
  revision: number,
  data: ParticipantData,
): Participant {
  const values = toValues(ctx, data);
  return ctx.db.transaction(() => {
    const old = findParticipant(ctx.db, id);
    if (!old) throw new AppError('NOT_FOUND');
    if (old.revision !== revision) throw new AppError('STALE', { what: `${old.name}, rev. ${old.revision}` });
    const other = findParticipantByNip(ctx.db, values.nip);
    if (other && other.id !== id) throw new AppError('CONFLICT', { what: `NIP ${values.nip}` });
    participantWriter(ctx.db, officeOf(ctx)).update(id, values);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action: 'update',
      entity: 'participant',
      entityId: id,
      oldValue: old,
      newValue: values,
    });
    return toParticipant(findParticipant(ctx.db, id)!);
  })();
}

export function deleteParticipant(ctx: ServiceContext, id: string): { deleted: true } {
  return ctx.db.transaction(() => {
    const old = findParticipant(ctx.db, id);
    if (!old) throw new AppError('NOT_FOUND');
    // Their notes, ratings, results and IDPs point at this record: deleting it would orphan them
    // and free the NIP for a second record of the same person.
    const batches = ctx.db
      .prepare(
        `SELECT b.name FROM batch_participant bp JOIN batch b ON b.id = bp.batch_id
         WHERE bp.participant_id = ? AND bp.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY b.starts_on`,
      )
      .pluck()
      .all(id) as string[];
    if (batches.length > 0)
      throw refusal('batch.participantEnrolled', { batches: batches.map((n) => `"${n}"`).join(', ') });
    tombstoneParticipant(ctx.db, id, officeOf(ctx));
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action: 'delete',
      entity: 'participant',
      entityId: id,
      oldValue: { nip: old.nip, name: old.name },
    });
    return { deleted: true as const };
  })();
}

export async function exportParticipants(ctx: ServiceContext, format: 'csv' | 'xlsx') {
  const rows = allLiveParticipants(ctx.db);
  const bytes = format === 'csv' ? participantsToCsv(rows) : await participantsToXlsx(rows);
  return { fileName: `peserta-${today()}.${format}`, bytes, count: rows.length };
}
