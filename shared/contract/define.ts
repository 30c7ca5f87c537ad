import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * Who may call a channel. Checked on the main side before the handler runs;
 * the renderer only hides buttons, it never decides.
 *  - 'public': anyone, also before login (setup, login, language).
 *  - 'user': any logged-in user.
 *  - Role[]: logged-in users with one of these roles.
 */
export type Access = 'public' | 'user' | readonly Role[];

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  access: Access,
): ChannelDef<I, O> {
  return { input, output, access };
}
