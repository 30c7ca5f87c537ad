import { z } from 'zod';
import { KINERJA, POTENSIAL } from '../domain/nine-box';

/** Results, talent map, IDPs and their PDFs (issue 6). */
const id = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
export const CATEGORIES = ['MS', 'MMS', 'KMS', 'O', 'CO', 'KO'] as const;
export const IDP_STATUSES = ['draft', 'agreed', 'in-progress', 'done'] as const;
export const language = z.enum(['id', 'en']).default('id');

export const gapView = z.object({ competency: z.string(), required: z.number(), achieved: z.number(), gap: z.number() });

export const resultView = z.object({
  id: z.string(),
  batchId: z.string(),
  participantId: z.string(),
  number: z.number().int(),
  nip: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  ruleVersion: z.string(),
  jenjang: z.string(),
  totalAchieved: z.number(),
  totalRequired: z.number(),
  jpm: z.number(),
  ikk: z.number(),
  category: z.enum(CATEGORIES),
  gaps: z.array(gapView),
  potensiScore: z.number().nullable(),
  potentialBand: z.enum(POTENSIAL),
  kinerja: z.enum(KINERJA).nullable(),
  nineBox: z.number().int().nullable(),
  assessedOn: z.string(),
  validUntil: z.string(),
  expired: z.boolean(),
  computedAt: z.string(),
  revision: z.number().int(),
});
export type ResultView = z.infer<typeof resultView>;

export const pendingView = z.object({ participantId: z.string(), number: z.number().int(), nip: z.string(), name: z.string(), hasResult: z.boolean() });

export const computeOutput = z.object({ computed: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), pending: z.array(pendingView) });

const name = z.object({ id: z.string(), en: z.string() });
export const resultsMatrix = z.object({
  batchId: z.string(),
  purpose: z.enum(['pengisian', 'pemetaan']),
  ruleVersion: z.string(),
  competencies: z.array(z.object({ competency: z.string(), name, required: z.number() })),
  rows: z.array(resultView),
  pending: z.array(pendingView),
  distribution: z.array(z.object({ category: z.enum(CATEGORIES), count: z.number().int() })),
  averageGap: z.array(z.object({ competency: z.string(), average: z.number().nullable() })),
});
export type ResultsMatrix = z.infer<typeof resultsMatrix>;

export const profileView = z.object({
  result: resultView,
  rows: z.array(z.object({ competency: z.string(), label: name, required: z.number(), achieved: z.number(), gap: z.number() })),
});

export const setPerformanceInput = z.object({
  batchId: id,
  participantId: id,
  kinerja: z.enum(KINERJA).nullable(),
  /** Optional potensi score 0–100; undefined keeps the stored one. */
  potensiScore: z.number().min(0).max(100).nullable().optional(),
});

export const importPerformanceInput = z.object({
  batchId: id,
  fileName: z.string().min(1).max(260),
  contentBase64: z.string().min(1).max(14_000_000),
});
export const importPerformanceOutput = z.object({
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
});

export const talentPoolEntry = resultView.extend({ followUp: name });

export const reusableInput = z.object({ nip: z.string().min(1).max(40), jenjang: z.string().min(1).max(60) });

// ---- IDP ----
export const indicatorText = z.object({ idNumber: z.string(), text: name });
export const idpActivityView = z.object({
  id: z.string(),
  formCode: z.string(),
  formName: name,
  pillar: z.union([z.literal(70), z.literal(20), z.literal(10)]),
  provider: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  jp: z.number(),
});
export const idpItemView = z.object({
  id: z.string(),
  competency: z.string(),
  competencyName: name,
  required: z.number(),
  achieved: z.number(),
  target: z.number(),
  indicators: z.array(indicatorText),
  evidence: z.string(),
  activities: z.array(idpActivityView),
});
export const idpView = z.object({
  id: z.string(),
  resultId: z.string(),
  batchId: z.string(),
  participantId: z.string(),
  nip: z.string(),
  name: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(IDP_STATUSES),
  mentor: z.string().nullable(),
  supervisor: z.string().nullable(),
  approvals: z.object({ assessee: z.string().nullable(), supervisor: z.string().nullable() }),
  items: z.array(idpItemView),
  jpByYear: z.array(z.object({ year: z.number().int(), jp: z.number(), belowMinimum: z.boolean() })),
  /** True when some year of the period plans fewer than 20 JP. */
  jpWarning: z.boolean(),
  revision: z.number().int(),
});
export type IdpView = z.infer<typeof idpView>;

export const idpRef = z.object({ batchId: id, participantId: id });

const activityInput = z.object({
  formCode: z.string().min(1).max(60),
  provider: z.string().trim().max(200).default(''),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  jp: z.number().min(0).max(1000),
});
const itemInput = z.object({
  competency: z.string().min(1).max(100),
  target: z.number().min(1).max(5),
  indicators: z.array(indicatorText).max(50).optional(),
  evidence: z.string().trim().max(2_000).default(''),
  activities: z.array(activityInput).max(30),
});
export const idpUpdateInput = idpRef.extend({
  /** The revision the coordinator edited; a newer stored one is a conflict. */
  revision: z.number().int().min(1),
  periodFrom: isoDate,
  periodTo: isoDate,
  mentor: z.string().trim().max(200).nullable(),
  supervisor: z.string().trim().max(200).nullable(),
  items: z.array(itemInput).max(30),
});
export type IdpUpdateInput = z.infer<typeof idpUpdateInput>;

export const idpApproveInput = idpRef.extend({ by: z.enum(['assessee', 'supervisor']), date: isoDate.nullable() });
export const idpStatusInput = idpRef.extend({ status: z.enum(IDP_STATUSES) });

// ---- PDFs ----
export const printedFile = z.object({ fileName: z.string(), contentBase64: z.string() });
export const pdfOneInput = idpRef.extend({ language });
export const pdfRecapInput = z.object({ batchId: id, language });
/** No folder comes from the renderer: the main side writes into the exports folder next to the database. */
export const pdfExportInput = z.object({ batchId: id, kind: z.enum(['idp', 'report']), language });
export const pdfExportOutput = z.object({ written: z.number().int(), skipped: z.number().int(), files: z.array(z.string()), folder: z.string() });
export const pdfExportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  written: z.number().int(),
  skipped: z.number().int(),
  folder: z.string(),
  error: z.string().nullable(),
});

export const demoInput = z.object({ confirm: z.literal(true) });
export const demoOutput = z.object({ batchId: z.string(), batchName: z.string(), participants: z.number().int(), assessors: z.number().int(), createdAdmin: z.boolean(), createdOffice: z.boolean() });
