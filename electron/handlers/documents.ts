import type { HandlerMap } from './registry';
import { verifyDocument } from '../services/document-verify';

export const documentHandlers: HandlerMap<'documents.verify'> = {
  'documents.verify': ({ fileName, contentBase64 }, ctx) =>
    verifyDocument(ctx, { fileName, bytes: new Uint8Array(Buffer.from(contentBase64, 'base64')) }),
};
