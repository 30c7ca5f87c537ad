import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import type { ErrorCode } from '../envelope';

/** Office-to-office exchange (issue 7): office key, trusted offices, packages, history, result tables. */
const managers = ['admin', 'coordinator'] as const;
const value = z.union([z.string(), z.number(), z.null()]);
const choice = z.enum(['mine', 'theirs']);
/** Base64 of a package passes the IPC boundary; larger files belong to the command line. */
export const MAX_PACKAGE_BASE64 = 200 * 1024 * 1024;

export const exchangeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full') }),
  z.object({ kind: z.literal('batch'), batchId: z.string().min(1) }),
  z.object({ kind: z.literal('since'), sinceOfficeCode: z.string().min(1).max(64) }),
]);

const trustedOffice = z.object({
  officeCode: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  fingerprint: z.string(),
  trustedAt: z.string(),
});

const tableCounts = z.object({
  table: z.string(),
  new: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  conflict: z.number(),
  localNewer: z.number(),
});

export const exchangePreview = z.object({
  previewId: z.string(),
  packageId: z.string(),
  createdAt: z.string(),
  formatVersion: z.string(),
  appVersion: z.string(),
  encrypted: z.boolean(),
  scope: exchangeScope,
  signer: z.object({
    officeId: z.string(),
    code: z.string(),
    name: z.string(),
    fingerprint: z.string(),
    trust: z.enum(['trusted', 'unknown']),
  }),
  alreadyAppliedAt: z.string().nullable(),
  /** The printed documents the package carries (verified like the rows); saved only on request. */
  pdfs: z.array(z.object({ fileName: z.string(), bytes: z.number() })),
  tables: z.array(tableCounts),
  conflictCount: z.number(),
  /** Both versions side by side (the first CONFLICTS_SHOWN; the rest are counted). */
  conflicts: z.array(
    z.object({
      table: z.string(),
      id: z.string(),
      reason: z.enum(['both-changed', 'no-baseline', 'owner']),
      mine: z.record(z.string(), value),
      theirs: z.record(z.string(), value),
    }),
  ),
});

export const resolutions = z.object({
  default: choice.optional(),
  tables: z.record(z.string(), choice).optional(),
  /** Keyed "<table>:<id>". */
  rows: z.record(z.string(), choice).optional(),
});

const appliedCounts = z.object({
  table: z.string(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  keptMine: z.number(),
  localNewer: z.number(),
});

const importRecord = z.object({
  importId: z.string(),
  packageId: z.string(),
  signerCode: z.string(),
  signerName: z.string(),
  fingerprint: z.string(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  counts: z.array(appliedCounts),
  undoneAt: z.string().nullable(),
});

const exportInput = z.object({
  scope: exchangeScope,
  encrypt: z.boolean().default(true),
  passphrase: z.string().max(1024).optional(),
  /** Batch scope only: the batch's reports, IDPs and recap travel as PDFs in the package. */
  withPdfs: z.boolean().default(false),
  /** The language those PDFs are printed in (the batch PDF export offers the same choice). */
  pdfLanguage: z.enum(['id', 'en']).default('id'),
});

const exportOutput = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  packageId: z.string(),
  counts: z.record(z.string(), z.number()),
  pdfs: z.array(z.string()),
});

/** A background export: progress counts PDFs (total 0 without PDFs); the package only once done. */
const exportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  error: z
    .object({
      code: z.custom<ErrorCode>((v) => typeof v === 'string'),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .nullable(),
  result: exportOutput.nullable(),
});

export const exchangeChannels = {
  'exchange.officeKey': channel(
    empty,
    z.object({ officeCode: z.string(), publicKey: z.string(), fingerprint: z.string() }),
    managers,
  ),
  'exchange.trusted.list': channel(empty, z.array(trustedOffice), managers),
  /** Trusts the signer of an opened package (the key comes from the package, never from typing). */
  'exchange.trusted.trust': channel(z.object({ previewId: z.string().min(1) }), trustedOffice, managers),
  'exchange.trusted.untrust': channel(
    z.object({ officeCode: z.string().min(1) }),
    z.object({ ok: z.literal(true) }),
    managers,
  ),
  'exchange.export': channel(exportInput, exportOutput, managers),
  /** The same export in the background (start, poll for progress, cancel); refusals known up front come from start. */
  'exchange.exportStart': channel(exportInput, z.object({ jobId: z.string() }), managers),
  'exchange.exportStatus': channel(z.object({ jobId: z.string().min(1) }), exportJob, managers),
  'exchange.exportCancel': channel(z.object({ jobId: z.string().min(1) }), exportJob, managers),
  'exchange.preview': channel(
    z.object({ contentBase64: z.string().min(1).max(MAX_PACKAGE_BASE64), passphrase: z.string().max(1024).optional() }),
    exchangePreview,
    managers,
  ),
  'exchange.apply': channel(
    z.object({
      previewId: z.string().min(1),
      resolutions: resolutions.default({}),
      trustSigner: z.boolean().default(false),
    }),
    z.object({
      importId: z.string(),
      packageId: z.string(),
      backupFile: z.string().nullable(),
      tables: z.array(appliedCounts),
    }),
    managers,
  ),
  /** Writes the opened package's PDFs into a new folder the main side chooses (beside the database). */
  'exchange.savePdfs': channel(
    z.object({ previewId: z.string().min(1) }),
    z.object({ folder: z.string(), files: z.array(z.string()) }),
    managers,
  ),
  'exchange.history': channel(empty, z.array(importRecord), managers),
  'exchange.undoLast': channel(
    empty,
    z.object({ importId: z.string(), packageId: z.string(), restoredRows: z.number() }),
    managers,
  ),
  'exchange.resultsTable': channel(
    z.object({ batchId: z.string().min(1), format: z.enum(['csv', 'xlsx']) }),
    z.object({ fileName: z.string(), contentBase64: z.string(), missing: z.array(z.string()) }),
    managers,
  ),
};

export type ExchangePreview = z.infer<typeof exchangePreview>;
export type ExportJob = z.infer<typeof exportJob>;
export type Resolutions = z.infer<typeof resolutions>;
export type ImportRecord = z.infer<typeof importRecord>;
export type TrustedOffice = z.infer<typeof trustedOffice>;
