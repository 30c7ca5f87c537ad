import { z } from 'zod';

export const idSchema = z.string().uuid();
export const isoDateTime = z.string().datetime({ offset: true });
export const nonEmpty = (max = 200) => z.string().trim().min(1).max(max);
export const empty = z.object({}).strict();
