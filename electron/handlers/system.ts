import type { HandlerMap } from './registry';
import { getLocalOffice } from '../repositories/office';
import { currentUser } from '../services/auth';
import { getLanguage, setSetting } from '../services/settings';
import { completeSetup, needsSetup } from '../services/setup';
import { APP_VERSION } from '../version';

export const systemHandlers: HandlerMap<'app.status' | 'app.setLanguage' | 'setup.complete'> = {
  'app.status': (_input, ctx) => ({
    version: APP_VERSION,
    needsSetup: needsSetup(ctx),
    language: getLanguage(ctx.db),
    user: currentUser(ctx),
    locked: ctx.session.locked === true,
    office: getLocalOffice(ctx.db),
  }),
  'app.setLanguage': ({ language }, ctx) => {
    setSetting(ctx.db, 'ui.language', language);
    return { language };
  },
  'setup.complete': (input, ctx) => completeSetup(ctx, input),
};
