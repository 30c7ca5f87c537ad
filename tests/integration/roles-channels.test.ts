import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { Session } from '../../electron/services/session';
import { channelNames, contract, type Access } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import { contextAs, tempDb, type TempDb } from '../helpers/db';

/**
 * Every channel called as every role (issue 8): refused exactly when the contract's access
 * says so, on the main side, whatever the renderer shows. The refusal happens before the
 * payload is even read, so an empty payload is enough to probe it.
 */
type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'admin', 'coordinator', 'assessor'];

const allowedBy = (access: Access, caller: Caller) =>
  access === 'public' || (caller !== 'anonymous' && (access === 'user' || access.includes(caller)));

let t: TempDb;
let registry: HandlerRegistry;
const sessions = {} as Record<Caller, () => Session>;

beforeAll(() => {
  t = tempDb();
  registry = buildRegistry(t.db, () => {});
  const users = Object.fromEntries((['admin', 'coordinator', 'assessor'] as Role[]).map((r) => [r, contextAs(t.db, r).session.user!]));
  sessions.anonymous = () => ({ user: null, lastActivity: Date.now() });
  for (const r of ['admin', 'coordinator', 'assessor'] as Role[]) sessions[r] = () => ({ user: { ...users[r]! }, lastActivity: Date.now() });
});
afterAll(() => t.cleanup());

describe('roles × channels', () => {
  for (const name of channelNames) {
    it(`${name}: ${JSON.stringify(contract[name].access)}`, async () => {
      for (const caller of CALLERS) {
        const result = await registry.dispatch(name, {}, sessions[caller]());
        const refused = !result.ok && (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'FORBIDDEN');
        expect(refused, `${name} as ${caller}`).toBe(!allowedBy(contract[name].access, caller));
        if (refused && !result.ok) expect(result.error.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    });
  }

  // A fixed list, so loosening a sensitive channel in the contract fails here too.
  it.each([
    ['users.create', ['admin']],
    ['users.list', ['admin']],
    ['batches.create', ['admin', 'coordinator']],
    ['assignments.auto', ['admin', 'coordinator']],
  ])('%s stays limited to %j', (name, roles) => {
    expect(contract[name as keyof typeof contract].access).toEqual(roles);
  });
});
