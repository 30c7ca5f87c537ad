import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import { loginInput, newUserInput, sessionUser, userSummary } from '../../schemas/user';

export const authChannels = {
  'auth.login': channel(loginInput, sessionUser, 'public'),
  'auth.logout': channel(empty, z.object({ loggedOut: z.literal(true) }), 'user'),
  'users.list': channel(empty, z.array(userSummary), ['admin']),
  'users.create': channel(newUserInput, userSummary, ['admin']),
} as const;
