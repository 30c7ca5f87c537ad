import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { nonEmpty } from './common';

export const roleSchema = z.enum(ROLES);

export const username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, { message: 'username-format' });

/** Minimum length only: offices reuse laptops, so we ask for long passphrases, not symbol rules. */
export const password = z.string().min(10).max(200);

export const newUserInput = z.object({
  username,
  displayName: nonEmpty(120),
  role: roleSchema,
  password,
});
export type NewUserInput = z.infer<typeof newUserInput>;

export const userSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const sessionUser = userSummary.pick({ id: true, username: true, displayName: true, role: true });
export type SessionUser = z.infer<typeof sessionUser>;

export const loginInput = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
