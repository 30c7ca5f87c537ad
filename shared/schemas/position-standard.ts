import { z } from 'zod';
import { JENJANG_CODES } from '../domain/jenjang';
import { bilingual, idNumber } from './framework';
import { nonEmpty } from './common';

/** Standar Kompetensi Jabatan: the required level per competency for a post (domain.md §1.4). */
export const requirement = z.object({
  competency: idNumber,
  level: z.number().int().min(1).max(5),
  /** Optional weight (e.g. technical vs managerial share); null = unweighted. */
  weight: z.number().min(0).max(100).nullable().default(null),
});
export type Requirement = z.infer<typeof requirement>;

export const standardFields = z.object({
  name: nonEmpty(200),
  jenjang: z.enum(JENJANG_CODES),
  unit: z.string().trim().max(200).default(''),
  agency: z.string().trim().max(200).default(''),
  frameworkId: z.string().uuid(),
  requirements: z.array(requirement).max(500).default([]),
});
export type StandardFields = z.infer<typeof standardFields>;

export const positionStandard = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string(),
  jenjang: z.enum(JENJANG_CODES),
  unit: z.string(),
  agency: z.string(),
  frameworkId: z.string(),
  isDefault: z.boolean(),
  verify: z.boolean(),
  copiedFrom: z.string().nullable(),
  requirements: z.array(requirement.extend({ weight: z.number().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
});
export type PositionStandard = z.infer<typeof positionStandard>;

/** The seedable, editable table of default required levels per jenjang (resources/dictionary). */
export const jenjangDefaults = z.object({
  note: bilingual,
  verify: z.boolean(),
  defaults: z
    .array(
      z.object({
        jenjang: z.enum(JENJANG_CODES),
        level: z.number().int().min(1).max(5),
        basis: z.union([z.string(), bilingual]),
      }),
    )
    .min(1),
});
export type JenjangDefaults = z.infer<typeof jenjangDefaults>;
