import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import {
  assessorProfileInput,
  assignmentView,
  BATCH_STATUSES,
  batchDetail,
  batchInput,
  batchSummary,
  batchUpdateInput,
  exerciseInput,
  exerciseView,
  slotInput,
  teamMember,
} from '../../schemas/batch';

const planners = ['admin', 'coordinator'] as const;
const id = z.string().min(1);

const planWarning = z.discriminatedUnion('code', [
  z.object({ code: z.literal('too-few-assessors'), participantId: z.string(), count: z.number() }),
  z.object({ code: z.literal('group-size'), size: z.number() }),
  z.object({ code: z.literal('competency-coverage'), competency: z.string(), exercises: z.number() }),
  z.object({ code: z.literal('same-unit'), participantId: z.string(), assessorId: z.string(), unit: z.string() }),
  z.object({ code: z.literal('certificate-expired'), assessorId: z.string(), expiry: z.string().nullable() }),
  z.object({ code: z.literal('assessor-overload'), assessorId: z.string(), day: z.string(), start: z.string(), count: z.number() }),
  z.object({ code: z.literal('participant-clash'), participantId: z.string(), day: z.string(), start: z.string() }),
]);

const printedFile = z.object({ fileName: z.string(), contentBase64: z.string() });

const assessorView = assessorProfileInput.extend({ displayName: z.string() });

/** Kegiatan asesmen: batches, exercises and the competency × exercise matrix, assessors and assignments (issue 4). */
export const batchChannels = {
  'scoring.rules': channel(empty, z.array(z.object({ version: z.string(), label: z.string() })), 'user'),
  'batches.list': channel(empty, z.array(batchSummary), planners),
  'batches.get': channel(z.object({ id }), batchDetail, planners),
  'batches.create': channel(batchInput, batchSummary, planners),
  'batches.update': channel(z.object({ id, batch: batchUpdateInput }), batchSummary, planners),
  'batches.setStatus': channel(z.object({ id, status: z.enum(BATCH_STATUSES) }), batchSummary, planners),
  'batches.setTeam': channel(z.object({ batchId: id, members: z.array(teamMember).max(100) }), z.object({ ok: z.literal(true) }), planners),
  'batches.addParticipants': channel(z.object({ batchId: id, participantIds: z.array(id).min(1).max(500) }), z.object({ added: z.number() }), planners),
  'batches.removeParticipant': channel(z.object({ batchId: id, participantId: id }), z.object({ ok: z.literal(true) }), planners),
  'batches.warnings': channel(z.object({ batchId: id }), z.array(planWarning), planners),
  'exercises.add': channel(z.object({ batchId: id, exercise: exerciseInput }), exerciseView, planners),
  'exercises.update': channel(z.object({ exerciseId: id, exercise: exerciseInput }), exerciseView, planners),
  'exercises.remove': channel(z.object({ exerciseId: id }), z.object({ ok: z.literal(true) }), planners),
  'exercises.setCompetencies': channel(z.object({ exerciseId: id, competencies: z.array(z.string().min(1)).max(100) }), exerciseView, planners),
  'assessors.list': channel(empty, z.array(assessorView), planners),
  'assessors.saveProfile': channel(assessorProfileInput, z.object({ ok: z.literal(true) }), planners),
  'assignments.auto': channel(z.object({ batchId: id }), z.array(assignmentView), planners),
  'assignments.assign': channel(
    z.object({ batchId: id, participantId: id, assessorId: id, exerciseId: id, slot: slotInput.nullable() }),
    assignmentView,
    planners,
  ),
  'batches.printSchedule': channel(z.object({ batchId: id, language: z.enum(['id', 'en']).default('id') }), printedFile, planners),
  'batches.printParticipants': channel(z.object({ batchId: id, language: z.enum(['id', 'en']).default('id') }), printedFile, planners),
  'assignments.unassign': channel(z.object({ assignmentId: id }), z.object({ ok: z.literal(true) }), planners),
} as const;
