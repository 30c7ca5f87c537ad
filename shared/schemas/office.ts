import { z } from 'zod';
import { nonEmpty } from './common';

export const officeInput = z.object({
  name: nonEmpty(200),
  /** Short code used in document numbers and exchange files, e.g. "BPSDM-KALTIM". */
  code: z
    .string()
    .trim()
    .min(2)
    .max(32)
    .regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'code-format' }),
  province: nonEmpty(100),
  agency: nonEmpty(200),
});
export type OfficeInput = z.infer<typeof officeInput>;

export const office = officeInput.extend({
  id: z.string(),
  createdAt: z.string(),
});
export type Office = z.infer<typeof office>;
