import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildAssessmentReport, type ReportData } from './builders/assessment-report';
import { buildBatchRecap, type RecapData } from './builders/batch-recap';
import { buildIdpDocument, type IdpData } from './builders/idp';
import type { DocumentMeta } from './frame';
import { renderPdf } from './render';

/**
 * What crosses to a PDF worker: plain data and the builder's name. Doc definitions cannot be
 * sent (they hold header/footer functions), so each worker builds them itself.
 */
export type PdfJob =
  | { kind: 'idp'; meta: DocumentMeta; data: IdpData }
  | { kind: 'report'; meta: DocumentMeta; data: ReportData }
  | { kind: 'recap'; meta: DocumentMeta; data: RecapData };

export function buildDocument(job: PdfJob): TDocumentDefinitions {
  switch (job.kind) {
    case 'idp':
      return buildIdpDocument(job.meta, job.data);
    case 'report':
      return buildAssessmentReport(job.meta, job.data);
    case 'recap':
      return buildBatchRecap(job.meta, job.data);
  }
}

/**
 * Builds and renders one job in this thread. The builders put the data's arrays into the doc
 * definition and pdfmake writes layout state (functions included) into it, so the job is
 * copied first: the caller's data stays plain and can still be posted to a worker.
 */
export async function renderJob(job: PdfJob): Promise<Buffer> {
  return renderPdf(buildDocument(structuredClone(job)));
}
