import { z } from 'zod';
import { channel } from '../define';
import {
  computeOutput,
  demoInput,
  demoOutput,
  idpApproveInput,
  idpRef,
  idpStatusInput,
  idpUpdateInput,
  idpView,
  importPerformanceInput,
  importPerformanceOutput,
  pdfExportInput,
  pdfExportJob,
  pdfExportOutput,
  pdfOneInput,
  pdfRecapInput,
  printedFile,
  profileView,
  resultsMatrix,
  resultView,
  reusableInput,
  setPerformanceInput,
  talentPoolEntry,
} from '../../schemas/results';

const staff = ['admin', 'coordinator'] as const;
const batchRef = z.object({ batchId: z.string().min(1) });
const bands = z.object({ tinggi: z.number().min(0).max(200), menengah: z.number().min(0).max(200), potensiWeight: z.number().min(0).max(100) });
const settings = z.object({ bands, jpTable: z.record(z.string(), z.number().min(0).max(1000)) });

/**
 * Results, talent map, IDPs, their PDFs and the sample batch (issue 6). Coordinators and
 * administrators only: assessors never see another assessor's participant's outcome here.
 */
export const resultChannels = {
  'results.compute': channel(batchRef, computeOutput, staff),
  'results.list': channel(batchRef, resultsMatrix, staff),
  'results.profile': channel(idpRef, profileView, staff),
  'results.setPerformance': channel(setPerformanceInput, resultView, staff),
  'results.importPerformance': channel(importPerformanceInput, importPerformanceOutput, staff),
  'results.talentPool': channel(batchRef, z.array(talentPoolEntry), staff),
  'results.reusable': channel(reusableInput, z.array(resultView), staff),
  'results.settings': channel(z.object({}).strict(), settings, staff),
  'results.saveSettings': channel(settings.partial(), settings, staff),
  'idp.generate': channel(idpRef, idpView, staff),
  'idp.get': channel(idpRef, idpView, staff),
  'idp.update': channel(idpUpdateInput, idpView, staff),
  'idp.approve': channel(idpApproveInput, idpView, staff),
  'idp.setStatus': channel(idpStatusInput, idpView, staff),
  'pdf.idp': channel(pdfOneInput, printedFile, staff),
  'pdf.report': channel(pdfOneInput, printedFile, staff),
  'pdf.recap': channel(pdfRecapInput, printedFile, staff),
  'pdf.exportBatch': channel(pdfExportInput, pdfExportOutput, staff),
  /** The same export in the background: start, poll for progress, cancel. */
  'pdf.exportStart': channel(pdfExportInput, z.object({ jobId: z.string() }), staff),
  'pdf.exportStatus': channel(z.object({ jobId: z.string().min(1) }), pdfExportJob, staff),
  'pdf.exportCancel': channel(z.object({ jobId: z.string().min(1) }), pdfExportJob, staff),
  'demo.create': channel(demoInput, demoOutput, staff),
} as const;
