import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { buildParticipantListDocument } from '../pdf/builders/participant-list';
import { buildScheduleDocument, type ScheduleData } from '../pdf/builders/batch-schedule';
import { renderPdf } from '../pdf/render';
import { batchAssignments, batchExercises, batchParticipants, batchTeam } from '../repositories/batch';
import { requireBatch } from './batches';
import type { ServiceContext } from './context';
import { documentMeta } from './documents';

export interface PrintedFile {
  fileName: string;
  contentBase64: string;
}

const slug = (s: string) => s.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);

export function scheduleData(ctx: ServiceContext, batchId: string): ScheduleData {
  const batch = requireBatch(ctx, batchId);
  const participants = new Map(batchParticipants(ctx.db, batchId).map((p) => [p.participantId, p]));
  const exercises = new Map(batchExercises(ctx.db, batchId).map((e) => [e.id, e.name]));
  const assessors = new Map(batchTeam(ctx.db, batchId).map((m) => [m.userId, m.displayName]));
  return {
    batchName: batch.name,
    venue: batch.venue,
    startsOn: batch.startsOn,
    endsOn: batch.endsOn,
    rows: batchAssignments(ctx.db, batchId).map((a) => ({
      day: a.day,
      start: a.start,
      end: a.end,
      room: a.room,
      exercise: exercises.get(a.exerciseId) ?? '?',
      participant: participants.get(a.participantId)?.name ?? '?',
      participantNumber: participants.get(a.participantId)?.number ?? 0,
      assessor: assessors.get(a.assessorId) ?? '?',
    })),
  };
}

export async function printSchedule(ctx: ServiceContext, batchId: string, language: Language): Promise<PrintedFile> {
  const data = scheduleData(ctx, batchId);
  const meta = documentMeta(ctx.db, { kind: 'JDW', title: translate(language, 'printouts.scheduleTitle'), language, data });
  const pdf = await renderPdf(buildScheduleDocument(meta, data));
  return { fileName: `jadwal-${slug(data.batchName)}.pdf`, contentBase64: pdf.toString('base64') };
}

export async function printParticipantList(ctx: ServiceContext, batchId: string, language: Language): Promise<PrintedFile> {
  const batch = requireBatch(ctx, batchId);
  const rows = ctx.db
    .prepare(
      `SELECT bp.number, p.nip, p.name, p.title_before, p.title_after, p.golongan, p.jabatan, p.unit
       FROM batch_participant bp JOIN participant p ON p.id = bp.participant_id
       WHERE bp.batch_id = ? AND bp.deleted_at IS NULL ORDER BY bp.number`,
    )
    .all(batchId) as { number: number; nip: string; name: string; title_before: string | null; title_after: string | null; golongan: string | null; jabatan: string | null; unit: string | null }[];
  const list = rows.map((r) => ({
    number: r.number,
    nip: r.nip,
    name: [r.title_before, r.name].filter(Boolean).join(' ') + (r.title_after ? `, ${r.title_after}` : ''),
    golongan: r.golongan,
    jabatan: r.jabatan,
    unit: r.unit,
  }));
  const meta = documentMeta(ctx.db, { kind: 'DPS', title: translate(language, 'printouts.participantListTitle'), language, data: { batch: batch.id, list } });
  const pdf = await renderPdf(buildParticipantListDocument(meta, batch.name, list));
  return { fileName: `peserta-${slug(batch.name)}.pdf`, contentBase64: pdf.toString('base64') };
}
