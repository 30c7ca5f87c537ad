import { z } from 'zod';

/** "Periksa dokumen": checking a printed Asesa PDF against this office's data (issue 6). */

/** Asesa's documents are far smaller; anything larger is refused before it is read. */
export const MAX_VERIFY_BYTES = 20 * 1024 * 1024;

/**
 * notCheckable: made by Asesa (its Info names Asesa as creator) but not a document with checkable
 * data — a schedule, a participant list, a paper form.
 */
export const VERDICTS = ['match', 'mismatch', 'unknown', 'notCheckable', 'notAsesa'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const verifyInput = z.object({
  fileName: z.string().min(1).max(255),
  // Room above the limit (and no minimum) so the service, not the schema, refuses an empty or
  // large file with a message naming it.
  contentBase64: z.string().max(Math.ceil((MAX_VERIFY_BYTES * 2 * 4) / 3)),
});

export const verifyResult = z.object({
  verdict: z.enum(VERDICTS),
  fileName: z.string(),
  /** What the PDF says about itself; null when it carries no Asesa description. */
  document: z
    .object({
      kind: z.enum(['idp', 'report', 'recap']),
      language: z.enum(['id', 'en']),
      documentNumber: z.string(),
      documentId: z.string(),
      printedHash: z.string(),
      batchId: z.string(),
      participantId: z.string().nullable(),
    })
    .nullable(),
  /** Known here: the batch's and the participant's names (null when not in this database). */
  batchName: z.string().nullable(),
  participant: z.object({ name: z.string(), nip: z.string() }).nullable(),
  /** SHA-256 of the same document's data as this database has it; null when it cannot be built here. */
  localHash: z.string().nullable(),
});
export type VerifyResult = z.infer<typeof verifyResult>;
