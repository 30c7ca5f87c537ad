import { z } from 'zod';
import { bilingual, frameworkNode, idNumber } from './framework';

/** Read models and inputs of the competency dictionary (frameworks and their versions). */
export const versionSummary = z.object({
  id: z.string(),
  frameworkId: z.string(),
  number: z.number().int(),
  /** Locked once a batch used it: edits then go to a new version. */
  locked: z.boolean(),
  usedBy: z.array(z.string()),
  origin: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  nodeCount: z.number().int(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const frameworkSummary = z.object({
  id: z.string(),
  idNumber: z.string(),
  name: bilingual,
  verifyNote: z.string().nullable(),
  versionCount: z.number().int(),
  latest: versionSummary,
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;

export const fieldChange = z.object({ field: z.string(), old: z.unknown(), new: z.unknown() });
export type FieldChange = z.infer<typeof fieldChange>;

export const versionDiff = z.object({
  header: z.array(fieldChange),
  added: z.array(frameworkNode),
  removed: z.array(frameworkNode),
  changed: z.array(z.object({ idNumber: z.string(), changes: z.array(fieldChange) })),
  unchanged: z.number().int(),
});
export type VersionDiff = z.infer<typeof versionDiff>;

const text = (max: number) => z.string().trim().max(max);
export const bilingualInput = (max: number) => z.object({ id: text(max).min(1), en: text(max) });

export const updateNodeInput = z
  .object({
    frameworkId: z.string().uuid(),
    idNumber,
    name: bilingualInput(200).optional(),
    description: bilingualInput(4000).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, {
    message: 'name or description is required',
    path: ['name'],
  });

export const levelInput = z.object({
  description: bilingualInput(4000),
  indicators: z.array(bilingualInput(4000)).min(1).max(20),
});

export const addTechnicalInput = z.object({
  frameworkId: z.string().uuid(),
  idNumber,
  /** Optional group node to place it under; top level when absent. */
  parent: idNumber.nullable().default(null),
  name: bilingualInput(200),
  description: bilingualInput(4000),
  levels: z.array(levelInput).length(5),
});

export const retireNodeInput = z.object({
  frameworkId: z.string().uuid(),
  idNumber,
  retired: z.boolean().default(true),
});
export const addIndicatorInput = z.object({
  frameworkId: z.string().uuid(),
  levelIdNumber: idNumber,
  description: bilingualInput(4000),
});
export const removeIndicatorInput = z.object({ frameworkId: z.string().uuid(), idNumber });

export const editResult = z.object({
  versionId: z.string(),
  versionNumber: z.number().int(),
  newVersion: z.boolean(),
  node: frameworkNode.nullable(),
});
export type EditResult = z.infer<typeof editResult>;

export const FRAMEWORK_FORMATS = ['moodle', 'case'] as const;
export type FrameworkFormat = (typeof FRAMEWORK_FORMATS)[number];

/** 5 MB of text is far beyond any competency dictionary (the ASN one is ~110 kB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes as base64 (the renderer reads the file the user picked). */
  contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
});

export const importPreview = z.object({
  format: z.enum(FRAMEWORK_FORMATS),
  idNumber: z.string(),
  name: bilingual,
  existingFrameworkId: z.string().nullable(),
  /** What apply will do: create the framework, update its unused latest version, or add a version. */
  action: z.enum(['create-framework', 'update-version', 'new-version', 'no-change']),
  counts: z.object({
    nodes: z.number().int(),
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
  }),
  /** Position standards carried by a CASE file, against this database's (absent for Moodle CSV). */
  standards: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }).optional(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = importPreview.extend({
  frameworkId: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
});
export type ImportResult = z.infer<typeof importResult>;
