import type { Language } from '../../shared/i18n/languages';
import { dataHash } from '../pdf/canonical';
import type { VerifiableKind } from '../pdf/description';
import type { PdfJob } from '../pdf/worker-jobs';
import type { ServiceContext } from './context';
import { idpData, recapData, reportData } from './pdf-export-data';

/** A job without its meta: what a document is made from. */
export type DocumentData = { [K in PdfJob['kind']]: Omit<Extract<PdfJob, { kind: K }>, 'meta'> }[PdfJob['kind']];

/**
 * The part of a document's data its SHA-256 covers: the assessment data it shows, without what
 * belongs to the office that prints it. The report's "penyelenggara" block and the IDP's
 * "provider" are the LOCAL office's name, agency and head (pdf-export-data takes them from this
 * installation), so hashing them would make a PDF printed at office A never match at office B
 * after B imported A's batch. The printing office, time and document number are in the
 * document's meta, never in the hash; so a match says "the same assessment data", not "printed here".
 */
export function hashedPart(job: DocumentData): unknown {
  if (job.kind === 'report') {
    const { provider: _printingOffice, ...rest } = job.data;
    return rest;
  }
  if (job.kind === 'idp') {
    const { provider: _printingOffice, ...source } = job.data.source;
    return { ...job.data, source };
  }
  return job.data;
}

/** The data of one document, built from this database exactly as printing builds it. */
export function documentData(
  ctx: ServiceContext,
  kind: VerifiableKind,
  batchId: string,
  participantId: string | null,
  language: Language,
): DocumentData {
  if (kind === 'recap') return { kind, data: recapData(ctx, batchId, language) };
  if (participantId === null) throw new Error(`a ${kind} needs a participant`);
  if (kind === 'idp') return { kind, data: idpData(ctx, batchId, participantId, language) };
  return { kind, data: reportData(ctx, batchId, participantId, language) };
}

export const documentDataHash = (job: DocumentData): string => dataHash(hashedPart(job));
