import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import { interviewGuide } from '../../schemas/interview-guide';
import {
  assignmentWork,
  batchGuide,
  decideInput,
  integrationCell,
  integrationMatrix,
  noteSaveInput,
  noteView,
  ratingSaveInput,
  ratingView,
  reentryResult,
  workspaceDay,
} from '../../schemas/scoring';

const id = z.string().min(1);
const done = z.object({ ok: z.literal(true) });
const reason = z.string().trim().min(1).max(2_000);

/**
 * Assessor's workspace, notes, rubric scoring and the integration meeting (issue 5). Access is
 * 'user' for most: the services check ownership (an assessor's own assignment) and batch roles
 * (ketua tim) against the session, which a role list alone cannot express.
 */
export const scoringChannels = {
  'workspace.list': channel(empty, z.array(workspaceDay), 'user'),
  'workspace.get': channel(z.object({ assignmentId: id }), assignmentWork, 'user'),
  'notes.save': channel(noteSaveInput, noteView, 'user'),
  'notes.list': channel(z.object({ assignmentId: id }), z.array(noteView), 'user'),
  'notes.delete': channel(z.object({ id }), done, 'user'),
  'notes.restore': channel(z.object({ id }), noteView, 'user'),
  'ratings.list': channel(z.object({ assignmentId: id }), z.array(ratingView), 'user'),
  'ratings.save': channel(ratingSaveInput, ratingView, 'user'),
  'ratings.submit': channel(z.object({ assignmentId: id }), z.object({ submittedAt: z.string() }), 'user'),
  'ratings.reopen': channel(z.object({ assignmentId: id, reason }), done, 'user'),
  'integration.matrix': channel(z.object({ batchId: id }), integrationMatrix, 'user'),
  'integration.decide': channel(decideInput, integrationCell, 'user'),
  'integration.lock': channel(
    z.object({ batchId: id, participantId: id, signOffName: z.string().trim().min(1).max(200) }),
    z.object({ lockedAt: z.string() }),
    'user',
  ),
  'integration.unlock': channel(z.object({ batchId: id, participantId: id, reason }), done, 'user'),
  'guides.list': channel(z.object({ batchId: id }), z.array(batchGuide), 'user'),
  /** `revision`: the one the editor opened (null: none stored yet); a newer stored one is STALE. */
  'guides.save': channel(
    z.object({ batchId: id, guide: interviewGuide, revision: z.number().int().min(1).nullable() }),
    batchGuide,
    'user',
  ),
  'assignments.findForReentry': channel(z.object({ code: z.string().min(1).max(64) }), reentryResult, 'user'),
  'assignments.paperForm': channel(
    z.object({ assignmentId: id }),
    z.object({ fileName: z.string(), pdfBase64: z.string() }),
    'user',
  ),
} as const;
