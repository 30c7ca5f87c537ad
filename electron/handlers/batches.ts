import { SCORING_RULES } from '../../shared/domain/scoring-rule';
import type { HandlerMap } from './registry';
import { assignManually, autoAssignBatch, batchWarnings, listAssessors, saveAssessorProfile, unassign } from '../services/assignments';
import { addParticipants, createBatch, getBatch, listBatches, removeParticipant, setBatchStatus, setTeam, updateBatch } from '../services/batches';
import { printParticipantList, printSchedule } from '../services/batch-printouts';
import { addExercise, removeExercise, setExerciseCompetencies, updateExercise } from '../services/exercises';

const done = { ok: true as const };

export const batchHandlers: HandlerMap<
  | 'scoring.rules'
  | 'batches.list'
  | 'batches.get'
  | 'batches.create'
  | 'batches.update'
  | 'batches.setStatus'
  | 'batches.setTeam'
  | 'batches.addParticipants'
  | 'batches.removeParticipant'
  | 'batches.warnings'
  | 'exercises.add'
  | 'exercises.update'
  | 'exercises.remove'
  | 'exercises.setCompetencies'
  | 'assessors.list'
  | 'assessors.saveProfile'
  | 'assignments.auto'
  | 'assignments.assign'
  | 'assignments.unassign'
  | 'batches.printSchedule'
  | 'batches.printParticipants'
> = {
  'scoring.rules': () => SCORING_RULES.map(({ version, label }) => ({ version, label })),
  'batches.list': (_i, ctx) => listBatches(ctx),
  'batches.get': ({ id }, ctx) => getBatch(ctx, id),
  'batches.create': (input, ctx) => createBatch(ctx, input),
  'batches.update': ({ id, batch }, ctx) => updateBatch(ctx, id, batch),
  'batches.setStatus': ({ id, status }, ctx) => setBatchStatus(ctx, id, status),
  'batches.setTeam': ({ batchId, members }, ctx) => (setTeam(ctx, batchId, members), done),
  'batches.addParticipants': ({ batchId, participantIds }, ctx) => ({ added: addParticipants(ctx, batchId, participantIds) }),
  'batches.removeParticipant': ({ batchId, participantId }, ctx) => (removeParticipant(ctx, batchId, participantId), done),
  'batches.warnings': ({ batchId }, ctx) => batchWarnings(ctx, batchId),
  'exercises.add': ({ batchId, exercise }, ctx) => addExercise(ctx, batchId, exercise),
  'exercises.update': ({ exerciseId, exercise }, ctx) => updateExercise(ctx, exerciseId, exercise),
  'exercises.remove': ({ exerciseId }, ctx) => (removeExercise(ctx, exerciseId), done),
  'exercises.setCompetencies': ({ exerciseId, competencies }, ctx) => setExerciseCompetencies(ctx, exerciseId, competencies),
  'assessors.list': (_i, ctx) => listAssessors(ctx),
  'assessors.saveProfile': (input, ctx) => (saveAssessorProfile(ctx, input), done),
  'assignments.auto': ({ batchId }, ctx) => autoAssignBatch(ctx, batchId),
  'assignments.assign': (input, ctx) => assignManually(ctx, input),
  'assignments.unassign': ({ assignmentId }, ctx) => (unassign(ctx, assignmentId), done),
  'batches.printSchedule': ({ batchId, language }, ctx) => printSchedule(ctx, batchId, language),
  'batches.printParticipants': ({ batchId, language }, ctx) => printParticipantList(ctx, batchId, language),
};
