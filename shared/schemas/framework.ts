import { z } from 'zod';

/**
 * A competency framework version as plain data: what the seed file holds, what the Moodle CSV
 * and CASE codecs read and write, and what the database stores. A framework is a TREE of
 * nodes (Moodle frameworks nest freely); the ASN structure is the special case
 * competency → level (1–5) → indicator, told apart by `kind`.
 */
export const bilingual = z.object({ id: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

export const COMPETENCY_TYPES = ['manajerial', 'sosial-kultural', 'teknis'] as const;
export type CompetencyType = (typeof COMPETENCY_TYPES)[number];

export const NODE_KINDS = ['group', 'competency', 'level', 'indicator'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Stable within a framework across versions; used as the key for diffs, standards and ratings. */
export const idNumber = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s,]+$/, { message: 'idnumber-format' });

export const frameworkNode = z.object({
  idNumber,
  /** idNumber of the parent node, or null for a top-level node. */
  parent: idNumber.nullable(),
  kind: z.enum(NODE_KINDS),
  /** For kind 'competency'. */
  competencyType: z.enum(COMPETENCY_TYPES).nullable().default(null),
  /** For kind 'level': 1..5. */
  level: z.number().int().min(1).max(5).nullable().default(null),
  /** Short name (competency name, "Level 3", indicator code like "3.1"). */
  name: bilingual,
  /** Definition / level description / indicator text. */
  description: bilingual,
  sortOrder: z.number().int().nonnegative(),
  /** Cross-referenced idNumbers (Moodle "Cross referenced competency id numbers"). */
  related: z.array(idNumber).default([]),
  retired: z.boolean().default(false),
  /** Moodle rule columns, kept verbatim so a Moodle file round-trips. */
  moodleRule: z
    .object({ type: z.string(), outcome: z.string(), config: z.string() })
    .nullable()
    .default(null),
});
export type FrameworkNode = z.infer<typeof frameworkNode>;

export const frameworkHeader = z.object({
  idNumber,
  name: bilingual,
  description: bilingual,
  /** Where the texts come from, e.g. "Permenpan RB 38/2017 (paraphrased)". */
  source: z.string().default(''),
  /** Set while texts must still be checked against the official regulation text. */
  verifyNote: z.string().nullable().default(null),
  /** Moodle scale: values (comma list) and configuration JSON, kept verbatim. */
  scaleValues: z.string().default('1,2,3,4,5'),
  scaleConfiguration: z.string().default(''),
  /** Moodle taxonomy per depth, e.g. ["competency","level","indicator"]. */
  taxonomies: z.array(z.string()).default([]),
});
export type FrameworkHeader = z.infer<typeof frameworkHeader>;

export const frameworkSnapshot = z.object({
  framework: frameworkHeader,
  nodes: z.array(frameworkNode),
});
export type FrameworkSnapshot = z.infer<typeof frameworkSnapshot>;
