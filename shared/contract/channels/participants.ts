import { z } from 'zod';
import { channel } from '../define';
import {
  exportInput,
  exportOutput,
  idInput,
  importApplyInput,
  importCounts,
  importFileInput,
  importPreview,
  importProblem,
  participant,
  participantInput,
  searchInput,
  searchOutput,
  updateInput,
} from '../../schemas/participant';

/**
 * Participant registry (issue 4). Coordinators and admins only: assessors never list the
 * registry; they will see their own assignments through the batch channels.
 */
const staff = ['admin', 'coordinator'] as const;

export const participantChannels = {
  'participants.search': channel(searchInput, searchOutput, staff),
  'participants.get': channel(idInput, participant, staff),
  'participants.create': channel(participantInput, participant, staff),
  'participants.update': channel(updateInput, participant, staff),
  'participants.delete': channel(idInput, z.object({ deleted: z.literal(true) }), staff),
  'participants.importPreview': channel(importFileInput, importPreview, staff),
  'participants.importApply': channel(
    importApplyInput,
    z.object({ counts: importCounts, problems: z.array(importProblem) }),
    staff,
  ),
  'participants.export': channel(exportInput, exportOutput, staff),
} as const;
