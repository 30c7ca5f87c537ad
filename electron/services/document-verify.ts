import { MAX_VERIFY_BYTES, type VerifyResult } from '../../shared/schemas/documents';
import { translateBoth } from '../../shared/i18n/translate';
import { DESCRIPTION_KEY, DescriptionError, parseDescription, type DocumentDescription } from '../pdf/description';
import { PdfReadError, readPdfInfo } from '../pdf/pdf-info';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { documentData, documentDataHash } from './document-hash';
import { AppError } from './errors';

type Params = Record<string, string | number>;

/** "<Indonesian> / <English>": the person checking may read either, and the CLI prints both. */
export const bilingualDocuments = (key: string, params: Params = {}): string =>
  translateBoth(`documents.${key}`, params);

const refuse = (key: string, params: Params) =>
  new AppError('BAD_INPUT', { reason: bilingualDocuments(`errors.${key}`, params) });

/** Refuses an empty file or one over the limit (the CLI calls this before reading the file). */
export function checkDocumentSize(fileName: string, size: number): void {
  const file = fileName.slice(0, 120);
  if (size === 0) throw refuse('empty', { file });
  if (size > MAX_VERIFY_BYTES) {
    throw refuse('tooLarge', { file, mb: (size / 1024 / 1024).toFixed(1), max: MAX_VERIFY_BYTES / 1024 / 1024 });
  }
}

/**
 * The Asesa description of a PDF (null when it has none) and whether Asesa made it at all;
 * refuses what is not a readable PDF.
 */
function describe(fileName: string, bytes: Uint8Array): { description: DocumentDescription | null; byAsesa: boolean } {
  checkDocumentSize(fileName, bytes.length);
  const file = fileName.slice(0, 120);
  let info: Record<string, string>;
  try {
    info = readPdfInfo(bytes);
  } catch (e) {
    if (e instanceof PdfReadError) throw refuse(e.problem, { file });
    throw e;
  }
  const text = info[DESCRIPTION_KEY] ?? (info.Keywords?.startsWith('asesa-doc/') ? info.Keywords : undefined);
  if (text === undefined) return { description: null, byAsesa: info.Creator === 'Asesa' };
  try {
    return { description: parseDescription(text), byAsesa: true };
  } catch (e) {
    if (e instanceof DescriptionError) throw refuse('badDescription', { file, problem: e.message });
    throw e;
  }
}

/** The hash of the same document's data in this database; null when this database cannot build it. */
function localHash(ctx: ServiceContext, d: DocumentDescription): string | null {
  try {
    return documentDataHash(documentData(ctx, d.kind, d.batchId, d.participantId, d.language));
  } catch (e) {
    // No result or no IDP here for that participant: the data is not in this database.
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/**
 * "Periksa dokumen": reads what an Asesa PDF says it was made from (kind, batch, participant,
 * language, and the SHA-256 it prints), rebuilds that document's data from THIS database with
 * the same functions printing uses, and compares the hashes. Only the data is compared — a PDF
 * whose text was edited but whose description was left alone still matches; the printed hash
 * is what a reader compares with the screen. Audited: an office checking a document is logged.
 */
export function verifyDocument(ctx: ServiceContext, input: { fileName: string; bytes: Uint8Array }): VerifyResult {
  const { description: d, byAsesa } = describe(input.fileName, input.bytes);
  let result: VerifyResult;
  if (!d) {
    result = {
      verdict: byAsesa ? 'notCheckable' : 'notAsesa',
      fileName: input.fileName,
      document: null,
      batchName: null,
      participant: null,
      localHash: null,
    };
  } else {
    const batch = ctx.db.prepare('SELECT name FROM batch WHERE id = ? AND deleted_at IS NULL').get(d.batchId) as
      { name: string } | undefined;
    const person =
      d.participantId === null
        ? undefined
        : (ctx.db
            .prepare(
              `SELECT p.name, p.nip FROM participant p JOIN batch_participant bp ON bp.participant_id = p.id
               WHERE p.id = ? AND bp.batch_id = ? AND p.deleted_at IS NULL AND bp.deleted_at IS NULL`,
            )
            .get(d.participantId, d.batchId) as { name: string; nip: string } | undefined);
    const known = batch !== undefined && (d.participantId === null || person !== undefined);
    const hash = known ? localHash(ctx, d) : null;
    result = {
      verdict: hash === null ? 'unknown' : hash === d.dataHash ? 'match' : 'mismatch',
      fileName: input.fileName,
      document: {
        kind: d.kind,
        language: d.language,
        documentNumber: d.documentNumber,
        documentId: d.documentId,
        printedHash: d.dataHash,
        batchId: d.batchId,
        participantId: d.participantId,
      },
      batchName: batch?.name ?? null,
      participant: person ?? null,
      localHash: hash,
    };
  }
  appendAudit(ctx.db, {
    actorId: ctx.session.user?.id ?? null,
    action: 'documents.verify',
    entity: 'document',
    entityId: result.document?.documentId ?? null,
    newValue: {
      file: input.fileName,
      verdict: result.verdict,
      kind: result.document?.kind ?? null,
      documentNumber: result.document?.documentNumber ?? null,
    },
  });
  return result;
}
