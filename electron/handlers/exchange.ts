import { packageError } from '../exchange/errors';
import { takePreview } from '../exchange/preview-store';
import { applyPreview, exportPackage, importHistory, previewPackage, undoLast } from '../services/exchange';
import {
  cancelPackageExport,
  exportReply,
  packageExportStatus,
  startPackageExport,
  toBase64,
} from '../services/exchange-export-jobs';
import { savePreviewPdfs } from '../services/exchange-pdfs';
import { resultsTableFile } from '../services/exchange-results';
import { getOfficeKey, listTrusted, trustOffice, untrustOffice } from '../services/exchange-trust';
import type { HandlerMap } from './registry';

export const exchangeHandlers: HandlerMap<
  | 'exchange.officeKey'
  | 'exchange.trusted.list'
  | 'exchange.trusted.trust'
  | 'exchange.trusted.untrust'
  | 'exchange.export'
  | 'exchange.exportStart'
  | 'exchange.exportStatus'
  | 'exchange.exportCancel'
  | 'exchange.preview'
  | 'exchange.apply'
  | 'exchange.savePdfs'
  | 'exchange.history'
  | 'exchange.undoLast'
  | 'exchange.resultsTable'
> = {
  'exchange.officeKey': (_input, ctx) => getOfficeKey(ctx),
  'exchange.trusted.list': (_input, ctx) => listTrusted(ctx),
  'exchange.trusted.trust': ({ previewId }, ctx) => {
    const opened = takePreview(previewId);
    if (!opened) throw packageError('previewExpired');
    const { manifest, fingerprint } = opened.pkg;
    return trustOffice(
      ctx.db,
      {
        code: manifest.office.code,
        officeId: manifest.office.id,
        name: manifest.office.name,
        publicKey: manifest.signer.publicKey,
        fingerprint,
      },
      ctx.session.user?.id ?? null,
    );
  },
  'exchange.trusted.untrust': ({ officeCode }, ctx) => untrustOffice(ctx, officeCode),
  'exchange.export': async (input, ctx) => exportReply(await exportPackage(ctx, input)),
  'exchange.exportStart': (input, ctx) => startPackageExport(ctx, input),
  'exchange.exportStatus': ({ jobId }) => packageExportStatus(jobId),
  'exchange.exportCancel': ({ jobId }) => cancelPackageExport(jobId),
  'exchange.preview': ({ contentBase64, passphrase }, ctx) =>
    previewPackage(ctx, new Uint8Array(Buffer.from(contentBase64, 'base64')), passphrase),
  'exchange.apply': (input, ctx) => applyPreview(ctx, input),
  'exchange.savePdfs': ({ previewId }, ctx) => savePreviewPdfs(ctx, previewId),
  'exchange.history': (_input, ctx) => importHistory(ctx),
  'exchange.undoLast': (_input, ctx) => undoLast(ctx),
  'exchange.resultsTable': async ({ batchId, format }, ctx) => {
    const file = await resultsTableFile(ctx, batchId, format);
    return { fileName: file.fileName, contentBase64: toBase64(file.bytes), missing: file.missing };
  },
};
