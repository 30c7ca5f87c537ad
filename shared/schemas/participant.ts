import { z } from 'zod';
import { JENJANG_CODES } from '../domain/jenjang';

/** The fields a participant file may carry, in the order of the export. */
export const PARTICIPANT_FIELDS = [
  'nip',
  'kind',
  'name',
  'titleBefore',
  'titleAfter',
  'sex',
  'birthDate',
  'golongan',
  'jabatan',
  'jenjang',
  'unit',
  'agency',
  'email',
  'phone',
] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
export const participantField = z.enum(PARTICIPANT_FIELDS);

export const nipKind = z.enum(['pns', 'pppk']);
export const jenjangCode = z.enum(JENJANG_CODES);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** What a coordinator types; sex and birth date are derived from the NIP on the main side. */
export const participantInput = z.object({
  kind: nipKind.default('pns'),
  nip: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  titleBefore: optionalText(60),
  titleAfter: optionalText(80),
  golongan: optionalText(20),
  jabatan: optionalText(200),
  jenjang: jenjangCode.nullish().transform((v) => v ?? null),
  unit: optionalText(200),
  agency: optionalText(200),
  email: z
    .string()
    .trim()
    .max(200)
    .email()
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  phone: optionalText(40),
});
export type ParticipantInput = z.input<typeof participantInput>;
export type ParticipantData = z.output<typeof participantInput>;

export const participant = z.object({
  id: z.string(),
  kind: nipKind,
  nip: z.string(),
  name: z.string(),
  titleBefore: z.string().nullable(),
  titleAfter: z.string().nullable(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  golongan: z.string().nullable(),
  golonganName: z.string().nullable(),
  jabatan: z.string().nullable(),
  jenjang: jenjangCode.nullable(),
  unit: z.string().nullable(),
  agency: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Participant = z.infer<typeof participant>;

export const searchInput = z.object({
  query: z.string().max(200).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export const searchOutput = z.object({ total: z.number().int(), items: z.array(participant) });

export const idInput = z.object({ id: z.string().uuid() });
export const updateInput = z.object({
  id: z.string().uuid(),
  revision: z.number().int().min(1),
  data: participantInput,
});

/** Column index (0-based) per field, or null to ignore a field the headers would have matched. */
export const columnMapping = z.partialRecord(participantField, z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importFileInput = z.object({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z.string(),
  mapping: columnMapping.optional(),
  sheet: z.string().max(100).optional(),
});
export type ImportFileInput = z.infer<typeof importFileInput>;
export const importMode = z.enum(['valid-only', 'all-or-nothing']);
export const importApplyInput = importFileInput.extend({ mode: importMode });

const bilingual = z.object({ id: z.string(), en: z.string() });

export const importProblem = z.object({
  /** Row as the spreadsheet shows it, header = 1. */
  row: z.number().int(),
  /** Header text of the column, or '' when the problem is about the whole row. */
  column: z.string(),
  code: z.string(),
  text: bilingual,
});
export type ImportProblem = z.infer<typeof importProblem>;

export const fieldChange = z.object({
  field: participantField,
  old: z.string().nullable(),
  new: z.string().nullable(),
});
export const importCounts = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const importPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  columns: z.array(z.object({ index: z.number().int(), header: z.string(), field: participantField.nullable() })),
  missingFields: z.array(participantField),
  counts: importCounts,
  problems: z.array(importProblem),
  changes: z.array(
    z.object({ row: z.number().int(), nip: z.string(), name: z.string(), fields: z.array(fieldChange) }),
  ),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const exportInput = z.object({ format: z.enum(['csv', 'xlsx']) });
export const exportOutput = z.object({ fileName: z.string(), contentBase64: z.string(), count: z.number().int() });
