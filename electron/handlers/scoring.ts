import type { HandlerMap } from './registry';
import { decide, integrationMatrix, lockParticipant, unlockParticipant } from '../services/integration';
import { listGuides, saveGuide } from '../services/interview-guides';
import { deleteNote, listNotes, restoreNote, saveNote } from '../services/notes';
import { listRatings, reopenRatings, saveRating, submitRatings } from '../services/ratings';
import { getAssignmentWork, listWorkspace } from '../services/workspace';
import { findForReentry, paperForm } from '../services/workspace-paper';

const done = { ok: true as const };

export const scoringHandlers: HandlerMap<
  | 'workspace.list'
  | 'workspace.get'
  | 'notes.save'
  | 'notes.list'
  | 'notes.delete'
  | 'notes.restore'
  | 'ratings.list'
  | 'ratings.save'
  | 'ratings.submit'
  | 'ratings.reopen'
  | 'integration.matrix'
  | 'integration.decide'
  | 'integration.lock'
  | 'integration.unlock'
  | 'guides.list'
  | 'guides.save'
  | 'assignments.findForReentry'
  | 'assignments.paperForm'
> = {
  'workspace.list': (_i, ctx) => listWorkspace(ctx),
  'workspace.get': ({ assignmentId }, ctx) => getAssignmentWork(ctx, assignmentId),
  'notes.save': (input, ctx) => saveNote(ctx, input),
  'notes.list': ({ assignmentId }, ctx) => listNotes(ctx, assignmentId),
  'notes.delete': ({ id }, ctx) => (deleteNote(ctx, id), done),
  'notes.restore': ({ id }, ctx) => restoreNote(ctx, id),
  'ratings.list': ({ assignmentId }, ctx) => listRatings(ctx, assignmentId),
  'ratings.save': (input, ctx) => saveRating(ctx, input),
  'ratings.submit': ({ assignmentId }, ctx) => submitRatings(ctx, assignmentId),
  'ratings.reopen': ({ assignmentId, reason }, ctx) => (reopenRatings(ctx, assignmentId, reason), done),
  'integration.matrix': ({ batchId }, ctx) => integrationMatrix(ctx, batchId),
  'integration.decide': (input, ctx) => decide(ctx, input),
  'integration.lock': ({ batchId, participantId, signOffName }, ctx) =>
    lockParticipant(ctx, batchId, participantId, signOffName),
  'integration.unlock': ({ batchId, participantId, reason }, ctx) => (
    unlockParticipant(ctx, batchId, participantId, reason),
    done
  ),
  'guides.list': ({ batchId }, ctx) => listGuides(ctx, batchId),
  'guides.save': ({ batchId, guide, revision }, ctx) => saveGuide(ctx, batchId, guide, revision),
  'assignments.findForReentry': ({ code }, ctx) => findForReentry(ctx, code),
  'assignments.paperForm': async ({ assignmentId }, ctx) => {
    const { fileName, pdf } = await paperForm(ctx, assignmentId);
    return { fileName, pdfBase64: pdf.toString('base64') };
  },
};
