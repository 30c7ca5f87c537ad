import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildRegistry } from '../../../electron/handlers';
import { authHandlers } from '../../../electron/handlers/auth';
import { HandlerRegistry } from '../../../electron/handlers/registry';
import { systemHandlers } from '../../../electron/handlers/system';
import type { Session } from '../../../electron/services/session';
import { setSetting } from '../../../electron/services/settings';
import { channelNames, type Envelope } from '../../../shared/contract';
import { translate } from '../../../shared/i18n/translate';
import { contextAs, tempDb, type TempDb } from '../../helpers/db';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const anonymous = (): Session => ({ user: null, lastActivity: 0 });

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected an error envelope, got ${JSON.stringify(envelope)}`);
  return envelope.error;
}

describe('HandlerRegistry.dispatch', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL, also for names on Object.prototype', async () => {
    const registry = buildRegistry(t.db);
    for (const name of ['no.such.channel', '__proto__', 'constructor', 'toString', '']) {
      const error = errorOf(await registry.dispatch(name, {}, anonymous()));
      expect(error.code).toBe('UNKNOWN_CHANNEL');
    }
    const error = errorOf(await registry.dispatch('no.such.channel', {}, anonymous()));
    expect(error.message).toBe(translate('id', 'errors.UNKNOWN_CHANNEL', { channel: 'no.such.channel' }));
  });

  it('refuses an invalid payload with VALIDATION and details naming each bad field', async () => {
    const registry = buildRegistry(t.db);
    const error = errorOf(
      await registry.dispatch(
        'setup.complete',
        {
          office: { name: 'BPSDM', code: 'lower case', province: 'Bali', agency: 'Pemprov Bali' },
          admin: { username: 'admin', displayName: 'Admin' },
        },
        anonymous(),
      ),
    );
    expect(error.code).toBe('VALIDATION');
    const paths = (error.details ?? []).map((d) => d.path);
    expect(paths).toContain('office.code');
    expect(paths).toContain('admin.password');
    expect(paths).not.toContain('office.name');
    // zod's own text in Indonesian and English; a schema's own message (a form key here) as written.
    const detail = (path: string) => error.details?.find((d) => d.path === path)?.message;
    expect(detail('admin.password')).toBe(
      'Input tidak valid: diharapkan string, diterima undefined / Invalid input: expected string, received undefined',
    );
    expect(detail('office.code')).toBe('code-format');
    const login = errorOf(await registry.dispatch('auth.login', { username: 5, password: 'x' }, anonymous()));
    expect(login.details).toEqual([
      {
        path: 'username',
        message: 'Input tidak valid: diharapkan string, diterima number / Invalid input: expected string, received number',
      },
    ]);
  });

  it('refuses payloads that are not objects, and extra keys on empty inputs', async () => {
    const registry = buildRegistry(t.db);
    for (const input of ['text', 42, [], null]) {
      const error = errorOf(await registry.dispatch('auth.login', input, anonymous()));
      expect(error.code).toBe('VALIDATION');
    }
    const error = errorOf(await registry.dispatch('app.status', { sneaky: true }, anonymous()));
    expect(error.code).toBe('VALIDATION');
  });

  it('treats a missing payload as {}', async () => {
    const registry = buildRegistry(t.db);
    const envelope = await registry.dispatch('app.status', undefined, anonymous());
    expect(envelope).toMatchObject({ ok: true, value: { needsSetup: true, user: null, language: 'id' } });
  });

  it('tells "not logged in" (UNAUTHENTICATED) apart from "wrong role" (FORBIDDEN)', async () => {
    const registry = buildRegistry(t.db);
    expect(errorOf(await registry.dispatch('users.list', {}, anonymous())).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await registry.dispatch('auth.logout', {}, anonymous())).code).toBe('UNAUTHENTICATED');

    const assessor = contextAs(t.db, 'assessor');
    expect(errorOf(await registry.dispatch('users.list', {}, assessor.session)).code).toBe('FORBIDDEN');
    const coordinator = contextAs(t.db, 'coordinator');
    expect(errorOf(await registry.dispatch('users.list', {}, coordinator.session)).code).toBe('FORBIDDEN');

    const admin = contextAs(t.db, 'admin');
    const listed = await registry.dispatch('users.list', {}, admin.session);
    expect(listed.ok).toBe(true);
    // 'user' access: any logged-in role.
    expect((await registry.dispatch('auth.logout', {}, assessor.session)).ok).toBe(true);
    expect(assessor.session.user).toBeNull();
  });

  it('checks access before validating, so an anonymous caller learns nothing about the payload shape', async () => {
    const registry = buildRegistry(t.db);
    const error = errorOf(await registry.dispatch('users.create', { nonsense: 1 }, anonymous()));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('turns a thrown plain Error into an INTERNAL envelope: localised, no stack, and logged', async () => {
    const log = vi.fn();
    const registry = new HandlerRegistry(t.db, log);
    registry.registerAll({
      ...systemHandlers,
      'app.status': () => {
        throw new Error('secret detail at /home/user/asesa.db');
      },
    });
    registry.registerAll({
      ...authHandlers,
      'users.list': async () => Promise.reject(new TypeError('async failure')),
    });

    const envelope = await registry.dispatch('app.status', {}, anonymous());
    const error = errorOf(envelope);
    expect(error).toEqual({ code: 'INTERNAL', message: translate('id', 'errors.INTERNAL') });
    expect(JSON.stringify(envelope)).not.toMatch(/secret detail|\bat \/|Error:/);
    expect(log).toHaveBeenCalledTimes(1);

    const admin = contextAs(t.db, 'admin');
    await expect(registry.dispatch('users.list', {}, admin.session)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('still answers with an envelope when the database itself fails', async () => {
    const registry = buildRegistry(t.db, () => {});
    t.db.close();
    const error = errorOf(await registry.dispatch('app.status', {}, anonymous()));
    expect(error).toEqual({ code: 'INTERNAL', message: translate('id', 'errors.INTERNAL') });
  });

  it('passes AppError codes, parameters and details through', async () => {
    const registry = buildRegistry(t.db);
    const admin = contextAs(t.db, 'admin', 'rina');
    const error = errorOf(
      await registry.dispatch(
        'users.create',
        { username: 'rina', displayName: 'Rina', role: 'assessor', password: 'panjang sekali 123' },
        admin.session,
      ),
    );
    expect(error).toEqual({ code: 'CONFLICT', message: translate('id', 'errors.CONFLICT', { what: 'rina' }) });
  });

  it('writes its messages in the stored language', async () => {
    const registry = buildRegistry(t.db);
    const idError = errorOf(await registry.dispatch('users.list', {}, anonymous()));
    expect(idError.message).toBe('Silakan masuk terlebih dahulu.');

    expect((await registry.dispatch('app.setLanguage', { language: 'en' }, anonymous())).ok).toBe(true);
    const enError = errorOf(await registry.dispatch('users.list', {}, anonymous()));
    expect(enError.message).toBe('Please sign in first.');

    setSetting(t.db, 'ui.language', 'klingon');
    expect(errorOf(await registry.dispatch('users.list', {}, anonymous())).message).toBe(idError.message);
  });

  it('refuses a language outside the list', async () => {
    const registry = buildRegistry(t.db);
    expect(errorOf(await registry.dispatch('app.setLanguage', { language: 'fr' }, anonymous())).code).toBe(
      'VALIDATION',
    );
  });
});

describe('HandlerRegistry registration', () => {
  it('throws when a channel is registered twice', () => {
    const registry = new HandlerRegistry(t.db);
    registry.registerAll(systemHandlers);
    expect(() => registry.register('app.status', systemHandlers['app.status'])).toThrow(/app\.status.*twice/);
  });

  it('throws for a channel that is not in the contract', () => {
    const registry = new HandlerRegistry(t.db);
    expect(() => registry.register('made.up' as 'app.status', systemHandlers['app.status'])).toThrow(/made\.up/);
  });

  it('assertComplete names a channel without a handler', () => {
    const registry = new HandlerRegistry(t.db);
    registry.registerAll(systemHandlers);
    const { 'users.create': _omitted, ...rest } = authHandlers;
    registry.registerAll(rest);
    expect(() => registry.assertComplete()).toThrow(/users\.create/);
  });

  it('buildRegistry covers every channel of the contract', () => {
    const registry = buildRegistry(t.db);
    expect([...registry.names].sort()).toEqual([...channelNames].sort());
  });
});
