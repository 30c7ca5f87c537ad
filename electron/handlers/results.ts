import type { HandlerMap } from './registry';
import { cancelExport, exportFolder, exportStatus, startExport } from '../services/pdf-export-jobs';
import { approveIdp, generateIdp, getIdp, setIdpStatus, updateIdp } from '../services/idp';
import { talentPool, setPerformance } from '../services/nine-box';
import { importPerformance } from '../services/performance';
import { exportBatch, printIdp, printRecap, printReport } from '../services/pdf-export';
import { computeResults, resultProfile, resultsMatrix, reusableResults } from '../services/results';
import { resultSettings, saveResultSettings } from '../services/results-settings';
import { createDemo } from '../services/demo';
import path from 'node:path';

export const resultHandlers: HandlerMap<
  | 'results.compute'
  | 'results.list'
  | 'results.profile'
  | 'results.setPerformance'
  | 'results.importPerformance'
  | 'results.talentPool'
  | 'results.reusable'
  | 'results.settings'
  | 'results.saveSettings'
  | 'idp.generate'
  | 'idp.get'
  | 'idp.update'
  | 'idp.approve'
  | 'idp.setStatus'
  | 'pdf.idp'
  | 'pdf.report'
  | 'pdf.recap'
  | 'pdf.exportBatch'
  | 'pdf.exportStart'
  | 'pdf.exportStatus'
  | 'pdf.exportCancel'
  | 'demo.create'
> = {
  'results.compute': ({ batchId }, ctx) => computeResults(ctx, batchId),
  'results.list': ({ batchId }, ctx) => resultsMatrix(ctx, batchId),
  'results.profile': ({ batchId, participantId }, ctx) => resultProfile(ctx, batchId, participantId),
  'results.setPerformance': (input, ctx) => setPerformance(ctx, input),
  'results.importPerformance': (input, ctx) => importPerformance(ctx, input),
  'results.talentPool': ({ batchId }, ctx) => talentPool(ctx, batchId),
  'results.reusable': ({ nip, jenjang }, ctx) => reusableResults(ctx, nip, jenjang),
  'results.settings': (_i, ctx) => resultSettings(ctx),
  'results.saveSettings': (input, ctx) => saveResultSettings(ctx, input),
  'idp.generate': ({ batchId, participantId }, ctx) => generateIdp(ctx, batchId, participantId),
  'idp.get': ({ batchId, participantId }, ctx) => getIdp(ctx, batchId, participantId),
  'idp.update': (input, ctx) => updateIdp(ctx, input),
  'idp.approve': (input, ctx) => approveIdp(ctx, input),
  'idp.setStatus': (input, ctx) => setIdpStatus(ctx, input),
  'pdf.idp': ({ batchId, participantId, language }, ctx) => printIdp(ctx, batchId, participantId, language),
  'pdf.report': ({ batchId, participantId, language }, ctx) => printReport(ctx, batchId, participantId, language),
  'pdf.recap': ({ batchId, language }, ctx) => printRecap(ctx, batchId, language),
  // The folder comes from the desktop's folder dialog; only an absolute path is accepted.
  'pdf.exportStart': (input, ctx) => startExport(ctx, input),
  'pdf.exportStatus': ({ jobId }) => exportStatus(jobId),
  'pdf.exportCancel': ({ jobId }) => cancelExport(jobId),
  'pdf.exportBatch': async ({ batchId, kind, language }, ctx) => {
    // Paths are never taken from the renderer (DESIGN.md §5): one new folder per export.
    const outDir = exportFolder(ctx, kind, batchId);
    const r = await exportBatch(ctx, { batchId, kind, outDir, language });
    return { written: r.written, skipped: r.skipped, files: r.files.map((f) => path.basename(f)), folder: outDir };
  },
  'demo.create': async (_input, ctx) => createDemo(ctx),
};
