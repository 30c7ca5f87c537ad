import path from 'node:path';
import type { HandlerMap } from './registry';
import { diskEncryption } from '../services/disk-encryption';
import { changePassword, resetPassword, setActive, unlock } from '../services/accounts';
import { queryAudit } from '../services/audit-query';
import { idleMinutes, setIdleMinutes } from '../services/idle-lock';
import { appendAudit } from '../services/audit';

const done = { ok: true as const };

export const securityHandlers: HandlerMap<
  'app.activity' | 'system.diskEncryption' | 'auth.unlock' | 'auth.changePassword' | 'users.resetPassword' | 'users.setActive' | 'settings.security' | 'audit.list'
> = {
  'app.activity': () => done,
  'system.diskEncryption': async (_i, ctx) => ({ status: await diskEncryption(path.dirname(ctx.db.name)) }),
  'auth.unlock': async ({ password }, ctx) => (await unlock(ctx, password), done),
  'auth.changePassword': async ({ current, next }, ctx) => (await changePassword(ctx, current, next), done),
  'users.resetPassword': async ({ userId, password }, ctx) => (await resetPassword(ctx, userId, password), done),
  'users.setActive': ({ userId, active }, ctx) => setActive(ctx, userId, active),
  'settings.security': ({ idleMinutes: minutes }, ctx) => {
    if (minutes !== undefined) {
      ctx.db.transaction(() => {
        appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'update', entity: 'setting', entityId: 'security.idleMinutes', oldValue: idleMinutes(ctx.db), newValue: minutes });
        setIdleMinutes(ctx.db, minutes);
      })();
    }
    return { idleMinutes: idleMinutes(ctx.db) };
  },
  'audit.list': (filter, ctx) => queryAudit(ctx.db, filter),
};
