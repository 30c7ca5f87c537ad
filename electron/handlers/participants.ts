import type { HandlerMap } from './registry';
import {
  createParticipant,
  deleteParticipant,
  exportParticipants,
  getParticipant,
  searchParticipants,
  updateParticipant,
} from '../services/participants';
import { applyImport, previewImport, requestFromUpload } from '../services/participants-apply';

type ParticipantChannel =
  | 'participants.search'
  | 'participants.get'
  | 'participants.create'
  | 'participants.update'
  | 'participants.delete'
  | 'participants.importPreview'
  | 'participants.importApply'
  | 'participants.export';

export const participantHandlers: HandlerMap<ParticipantChannel> = {
  'participants.search': (input, ctx) => searchParticipants(ctx, input),
  'participants.get': ({ id }, ctx) => getParticipant(ctx, id),
  'participants.create': (input, ctx) => createParticipant(ctx, input),
  'participants.update': ({ id, revision, data }, ctx) => updateParticipant(ctx, id, revision, data),
  'participants.delete': ({ id }, ctx) => deleteParticipant(ctx, id),
  'participants.importPreview': (input, ctx) => previewImport(ctx, requestFromUpload(input)),
  'participants.importApply': ({ mode, ...input }, ctx) => applyImport(ctx, requestFromUpload(input), mode),
  'participants.export': async ({ format }, ctx) => {
    const file = await exportParticipants(ctx, format);
    return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), count: file.count };
  },
};
