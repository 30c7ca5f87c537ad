import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';
import { officeInput, office } from '../../schemas/office';
import { newUserInput, sessionUser } from '../../schemas/user';
import { LANGUAGES } from '../../i18n/languages';

export const languageSchema = z.enum(LANGUAGES);

/** App status, first-run setup and device preferences: callable before login. */
export const systemChannels = {
  'app.status': channel(
    empty,
    z.object({
      version: z.string(),
      needsSetup: z.boolean(),
      language: languageSchema,
      user: sessionUser.nullable(),
      /** The session was locked after the idle time; only unlock or logout is possible. */
      locked: z.boolean(),
      office: office.nullable(),
    }),
    'public',
  ),
  'app.setLanguage': channel(z.object({ language: languageSchema }), z.object({ language: languageSchema }), 'public'),
  'setup.complete': channel(
    z.object({ office: officeInput, admin: newUserInput.omit({ role: true }) }),
    sessionUser,
    'public',
  ),
} as const;
