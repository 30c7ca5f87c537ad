import { EventEmitter } from 'node:events';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { registerIpc, sessionKey } from '../../electron/main/ipc/register';
import { ENTRY_URL } from '../../electron/main/security';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { SessionStore } from '../../electron/services/session';
import { channelNames, type Envelope } from '../../shared/contract';
import { tempDb, type TempDb } from '../helpers/db';

type IpcHandler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

/** Like Electron's ipcMain: a second handler for the same channel throws. */
function fakeIpcMain() {
  const handlers = new Map<string, IpcHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: IpcHandler) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, handle: ipcMain.handle, handlers };
}

/** One window: a webContents with an id, 'destroyed', and the frame that sends. */
function fakeWindow(id: number, url = ENTRY_URL, parent: unknown = null) {
  const sender = Object.assign(new EventEmitter(), { id });
  const event = (frameUrl = url) =>
    ({ sender, senderFrame: { url: frameUrl, parent } }) as unknown as IpcMainInvokeEvent;
  return { sender, event, destroy: () => sender.emit('destroyed') };
}

let t: TempDb;
let sessions: SessionStore;
let registry: HandlerRegistry;
let log: Mock<(message: string, e?: unknown) => void>;

beforeEach(() => {
  t = tempDb();
  sessions = new SessionStore();
  registry = buildRegistry(t.db, () => undefined);
  log = vi.fn<(message: string, e?: unknown) => void>();
});
afterEach(() => t.cleanup());

function setup() {
  const fake = fakeIpcMain();
  const onSuccess = vi.fn();
  const names = registerIpc(fake.ipcMain, registry, sessions, { language: () => 'en', onSuccess, log });
  const call = (name: string, event: IpcMainInvokeEvent, input: unknown = {}) => {
    const handler = fake.handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, input);
  };
  return { ...fake, names, call, onSuccess };
}

const SETUP_INPUT = {
  office: {
    name: 'BPSDM Provinsi Jawa Barat',
    code: 'BPSDM-JABAR',
    province: 'Jawa Barat',
    agency: 'Pemerintah Provinsi Jawa Barat',
  },
  admin: { username: 'admin', displayName: 'Admin Satu', password: 'kata-sandi-panjang' },
};

describe('registerIpc', () => {
  it('registers every registry channel exactly once', () => {
    const { handle, names } = setup();
    expect(names.sort()).toEqual([...channelNames].sort());
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...channelNames].sort());
  });

  it('answers a trusted sender with the registry envelope', async () => {
    const { call } = setup();
    const reply = await call('app.status', fakeWindow(1).event());
    expect(reply).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
  });

  it('turns an invalid payload into a VALIDATION envelope', async () => {
    const { call } = setup();
    const reply = await call('app.setLanguage', fakeWindow(1).event(), { language: 'fr' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['a foreign page', fakeWindow(1).event('https://evil.example/')],
    ['a file:// page', fakeWindow(1).event('file:///tmp/x.html')],
    ['a sub-frame of our page', fakeWindow(1, ENTRY_URL, { url: ENTRY_URL }).event()],
    ['a destroyed frame', { sender: fakeWindow(1).sender, senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('refuses %s with FORBIDDEN and never reaches a handler', async (_what, event) => {
    const dispatch = vi.spyOn(registry, 'dispatch');
    const { call } = setup();
    const reply = await call('app.setLanguage', event, { language: 'en' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('never throws into main, even if the table itself fails', async () => {
    const broken = {
      names: ['app.status' as const],
      dispatch: () => Promise.reject(new Error('boom')),
    };
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, broken, sessions, { language: () => 'id', log });
    const reply = await fake.handlers.get('app.status')!(fakeWindow(1).event(), {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('kesalahan internal') },
    });
  });

  it('keeps one login per window and drops it when the window is destroyed', async () => {
    const { call } = setup();
    const first = fakeWindow(1);
    const second = fakeWindow(2);
    expect(await call('setup.complete', first.event(), SETUP_INPUT)).toMatchObject({ ok: true });

    expect(await call('users.list', first.event())).toMatchObject({ ok: true });
    expect(await call('users.list', second.event())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(sessions.get(sessionKey(1)).user).not.toBeNull();

    first.destroy();
    expect(sessions.get(sessionKey(1)).user).toBeNull();
  });

  it('reports successful calls (for the menu language) and keeps the reply if that hook fails', async () => {
    const { call, onSuccess } = setup();
    await call('app.setLanguage', fakeWindow(1).event(), { language: 'en' });
    expect(onSuccess).toHaveBeenCalledWith('app.setLanguage', { language: 'en' });

    const fake = fakeIpcMain();
    registerIpc(
      fake.ipcMain,
      buildRegistry(t.db, () => undefined),
      new SessionStore(),
      {
        language: () => 'en',
        onSuccess: () => {
          throw new Error('menu failed');
        },
        log,
      },
    );
    const reply = await fake.handlers.get('app.setLanguage')!(fakeWindow(3).event(), { language: 'id' });
    expect(reply).toEqual({ ok: true, value: { language: 'id' } });
  });
});
