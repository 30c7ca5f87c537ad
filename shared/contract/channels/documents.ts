import { channel } from '../define';
import { verifyInput, verifyResult } from '../../schemas/documents';

const staff = ['admin', 'coordinator'] as const;

/** Checking a printed Asesa PDF against this office's data: the same people who print them. */
export const documentChannels = {
  'documents.verify': channel(verifyInput, verifyResult, staff),
} as const;
