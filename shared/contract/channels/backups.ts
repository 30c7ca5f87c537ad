import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';

const backupInfo = z.object({ name: z.string(), takenAt: z.string(), reason: z.string(), bytes: z.number() });

/** Backups (issue 8): list, take one now, restore at the next start (undoable). Administrators only. */
export const backupChannels = {
  'backups.list': channel(empty, z.object({ backups: z.array(backupInfo), pendingRestore: z.string().nullable() }), ['admin']),
  'backups.create': channel(empty, backupInfo, ['admin']),
  'backups.scheduleRestore': channel(z.object({ name: z.string().min(1).max(200) }), z.object({ backup: z.string() }), ['admin']),
  'backups.cancelRestore': channel(empty, z.object({ ok: z.literal(true) }), ['admin']),
} as const;
