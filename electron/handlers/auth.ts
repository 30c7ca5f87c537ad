import type { HandlerMap } from './registry';
import { createUser, listAllUsers, login, logout } from '../services/auth';

export const authHandlers: HandlerMap<'auth.login' | 'auth.logout' | 'users.list' | 'users.create' | 'users.staff'> = {
  'auth.login': (input, ctx) => login(ctx, input),
  'auth.logout': (_input, ctx) => {
    logout(ctx);
    return { loggedOut: true as const };
  },
  'users.list': (_input, ctx) => listAllUsers(ctx),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.staff': (_input, ctx) =>
    listAllUsers(ctx)
      .filter((u) => u.active)
      .map(({ id, displayName, role }) => ({ id, displayName, role })),
};
