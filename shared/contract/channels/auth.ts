import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import { loginInput, newUserInput, roleSchema, sessionUser, userSummary } from '../../schemas/user';

export const authChannels = {
  'auth.login': channel(loginInput, sessionUser, 'public'),
  'auth.logout': channel(empty, z.object({ loggedOut: z.literal(true) }), 'user'),
  'users.list': channel(empty, z.array(userSummary), ['admin']),
  'users.create': channel(newUserInput, userSummary, ['admin']),
  /** Active colleagues a coordinator may put in a batch team (no user names or account data). */
  'users.staff': channel(empty, z.array(z.object({ id: z.string(), displayName: z.string(), role: roleSchema })), ['admin', 'coordinator']),
} as const;
