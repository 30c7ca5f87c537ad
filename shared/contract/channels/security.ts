import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import { password, userSummary } from '../../schemas/user';

const done = z.object({ ok: z.literal(true) });

/** Accounts and the audit log (issue 8). */
export const securityChannels = {
  'app.activity': channel(empty, done, 'user'),
  /** Data at rest relies on the OS's full-disk encryption (docs/security.md); the app warns when it is off. */
  'system.diskEncryption': channel(empty, z.object({ status: z.enum(['on', 'off', 'unknown']) }), 'user'),
  'auth.unlock': channel(z.object({ password: z.string().min(1).max(200) }), done, 'user'),
  'auth.changePassword': channel(z.object({ current: z.string().min(1).max(200), next: password }), done, 'user'),
  'users.resetPassword': channel(z.object({ userId: z.string().min(1), password }), done, ['admin']),
  'users.setActive': channel(z.object({ userId: z.string().min(1), active: z.boolean() }), userSummary, ['admin']),
  'settings.security': channel(z.object({ idleMinutes: z.number().int().min(0).max(240).optional() }), z.object({ idleMinutes: z.number() }), ['admin']),
  'audit.list': channel(
    z.object({
      entity: z.string().max(60).optional(),
      entityId: z.string().max(80).optional(),
      actorId: z.string().max(80).optional(),
      action: z.string().max(60).optional(),
      from: z.string().max(30).optional(),
      to: z.string().max(30).optional(),
      text: z.string().max(200).optional(),
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    z.array(
      z.object({
        seq: z.number(),
        at: z.string(),
        actorId: z.string().nullable(),
        actorName: z.string().nullable(),
        action: z.string(),
        entity: z.string(),
        entityId: z.string().nullable(),
        oldValue: z.string().nullable(),
        newValue: z.string().nullable(),
      }),
    ),
    ['admin', 'coordinator'],
  ),
} as const;
