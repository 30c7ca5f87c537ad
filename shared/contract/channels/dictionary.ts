import { z } from 'zod';
import { channel } from '../define';
import { empty, idSchema } from '../../schemas/common';
import { JENJANG_CODES } from '../../domain/jenjang';
import { bilingual, frameworkSnapshot } from '../../schemas/framework';
import {
  FRAMEWORK_FORMATS,
  addIndicatorInput,
  addTechnicalInput,
  editResult,
  frameworkSummary,
  importInput,
  importPreview,
  importResult,
  removeIndicatorInput,
  retireNodeInput,
  updateNodeInput,
  versionDiff,
  versionSummary,
} from '../../schemas/dictionary';
import { positionStandard, standardFields } from '../../schemas/position-standard';
import { nonEmpty } from '../../schemas/common';

/** Reading is for every logged-in user (assessors rate against it); changing it is not. */
const EDITORS = ['admin', 'coordinator'] as const;

const versionRef = z
  .object({ versionId: idSchema.optional(), frameworkId: idSchema.optional() })
  .refine((v) => v.versionId !== undefined || v.frameworkId !== undefined, {
    message: 'versionId or frameworkId is required',
  });

export const dictionaryChannels = {
  'frameworks.list': channel(empty, z.array(frameworkSummary), 'user'),
  'frameworks.versions': channel(z.object({ frameworkId: idSchema }), z.array(versionSummary), 'user'),
  /** A version by id, or the latest version of a framework. */
  'frameworks.get': channel(versionRef, z.object({ version: versionSummary, snapshot: frameworkSnapshot }), 'user'),
  'frameworks.diff': channel(z.object({ fromVersionId: idSchema, toVersionId: idSchema }), versionDiff, 'user'),
  'frameworks.updateNode': channel(updateNodeInput, editResult, EDITORS),
  'frameworks.addTechnical': channel(addTechnicalInput, editResult, EDITORS),
  'frameworks.retireNode': channel(retireNodeInput, editResult, EDITORS),
  'frameworks.addIndicator': channel(addIndicatorInput, editResult, EDITORS),
  'frameworks.removeIndicator': channel(removeIndicatorInput, editResult, EDITORS),
  'frameworks.importPreview': channel(importInput, importPreview, EDITORS),
  'frameworks.importApply': channel(importInput, importResult, EDITORS),
  'frameworks.export': channel(
    z.object({ format: z.enum(FRAMEWORK_FORMATS), versionId: idSchema.optional(), frameworkId: idSchema.optional() }),
    z.object({ fileName: z.string(), contentBase64: z.string() }),
    EDITORS,
  ),
  'standards.list': channel(
    z.object({ frameworkId: idSchema.optional(), jenjang: z.enum(JENJANG_CODES).optional() }),
    z.array(positionStandard),
    'user',
  ),
  'standards.get': channel(z.object({ id: idSchema }), positionStandard, 'user'),
  'standards.create': channel(standardFields, positionStandard, EDITORS),
  'standards.update': channel(
    z.object({ id: idSchema, fields: standardFields, verify: z.boolean().optional() }),
    positionStandard,
    EDITORS,
  ),
  'standards.delete': channel(z.object({ id: idSchema }), z.object({ deleted: z.literal(true) }), EDITORS),
  'standards.copy': channel(z.object({ id: idSchema, name: nonEmpty(200).optional() }), positionStandard, EDITORS),
  'standards.createFromJenjang': channel(
    z.object({
      name: nonEmpty(200),
      jenjang: z.enum(JENJANG_CODES),
      unit: z.string().trim().max(200).default(''),
      agency: z.string().trim().max(200).default(''),
      frameworkId: idSchema.optional(),
    }),
    positionStandard,
    EDITORS,
  ),
  'standards.jenjangDefaults': channel(
    empty,
    z.object({
      note: bilingual,
      verify: z.boolean(),
      defaults: z.array(
        z.object({
          jenjang: z.enum(JENJANG_CODES),
          group: z.string(),
          label: z.string(),
          level: z.number().int(),
          basis: bilingual,
        }),
      ),
    }),
    'user',
  ),
} as const;
