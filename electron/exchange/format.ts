import { z } from 'zod';

/**
 * The `.asesa` package format (docs/exchange-format.md). Changing anything here that an older
 * reader would misread needs a new major version; additions a reader may ignore bump the minor.
 */
export const FORMAT_VERSION = '1.0';
export const FORMAT_MAJOR = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature';

/** data/<table>.json and pdf/<name>.pdf; nothing else is read from an archive. */
export const DATA_ENTRY = /^data\/([a-z][a-z0-9_]{0,62})\.json$/;
export const PDF_ENTRY = /^pdf\/[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.pdf$/;

export const LIMITS = {
  /** Largest uncompressed entry and largest uncompressed total. */
  entryBytes: 512 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  /** Uncompressed / compressed beyond this is a decompression bomb, not JSON. */
  maxRatio: 200,
  /** The ratio check only applies above this size (tiny entries compress oddly). */
  ratioFloorBytes: 1024 * 1024,
  entries: 10_000,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full') }),
  z.object({ kind: z.literal('batch'), batchId: z.string().min(1) }),
  z.object({ kind: z.literal('since'), sinceOfficeCode: z.string().min(1) }),
]);
export type ExportScope = z.infer<typeof scopeSchema>;

/** Unknown fields pass through: a newer minor version may add some. */
export const manifestSchema = z.looseObject({
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  appVersion: z.string(),
  packageId: z.string().min(1),
  createdAt: z.string(),
  office: z.looseObject({ id: z.string().min(1), code: z.string().min(1), name: z.string() }),
  scope: scopeSchema,
  entries: z.record(
    z.string(),
    z.looseObject({
      bytes: z.number().int().nonnegative(),
      sha256: sha256Hex,
      count: z.number().int().nonnegative().optional(),
    }),
  ),
  signer: z.looseObject({ publicKey: z.string().min(1), fingerprint: z.string().min(1) }),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One data entry: the column names once, then each row as an array in that order. */
export const tableFileSchema = z.looseObject({
  table: z.string(),
  columns: z.array(z.string()),
  // Checked by hand in read.ts: a schema check of 200,000 small arrays costs more than the import.
  rows: z.array(z.unknown()),
});
export type Cell = string | number | null;
export type TableFile = { table: string; columns: string[]; rows: Cell[][] };

export function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}
