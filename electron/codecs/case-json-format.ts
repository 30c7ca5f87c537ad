import { z } from 'zod';
import { COMPETENCY_TYPES, NODE_KINDS, bilingual } from '../../shared/schemas/framework';

/** CFItemType labels for our node kinds. */
export const ITEM_TYPES = { group: 'Group', competency: 'Competency', level: 'Level', indicator: 'Indicator' } as const;

/**
 * What CASE has no field for travels in the schema's `extensions` object (open by design in
 * CASE 1.1): English texts, node kind, competency type, level, retired flag, Moodle rule and
 * the framework's Moodle scale. Foreign CASE files without it are mapped from the standard fields.
 */
export const itemExtension = z.object({
  kind: z.enum(NODE_KINDS),
  competencyType: z.enum(COMPETENCY_TYPES).nullable(),
  level: z.number().int().min(1).max(5).nullable(),
  name: bilingual,
  description: bilingual,
  retired: z.boolean(),
  moodleRule: z.object({ type: z.string(), outcome: z.string(), config: z.string() }).nullable(),
});
export type ItemExtension = z.infer<typeof itemExtension>;

export const documentExtension = z.object({
  idNumber: z.string(),
  name: bilingual,
  description: bilingual,
  source: z.string(),
  verifyNote: z.string().nullable(),
  scaleValues: z.string(),
  scaleConfiguration: z.string(),
  taxonomies: z.array(z.string()),
});
export type DocumentExtension = z.infer<typeof documentExtension>;

/** Loose shapes for reading: only what we use is required; the rest is ignored. */
const link = z.object({ identifier: z.string(), uri: z.string().optional(), title: z.string().optional() });
export const cfDocumentIn = z.object({
  identifier: z.string(),
  title: z.string().default(''),
  description: z.string().optional(),
  extensions: z.object({ asesa: z.unknown().optional() }).passthrough().optional(),
});
export const cfItemIn = z.object({
  identifier: z.string(),
  fullStatement: z.string(),
  abbreviatedStatement: z.string().optional(),
  humanCodingScheme: z.string().optional(),
  CFItemType: z.string().optional(),
  extensions: z.object({ asesa: z.unknown().optional() }).passthrough().optional(),
});
export const cfAssociationIn = z.object({
  identifier: z.string(),
  associationType: z.string(),
  sequenceNumber: z.number().int().optional(),
  originNodeURI: link,
  destinationNodeURI: link,
  extensions: z.object({ asesa: z.unknown().optional() }).passthrough().optional(),
});
