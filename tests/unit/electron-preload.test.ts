import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  channelNames,
  type AsesaApi,
  type ChannelInput,
  type ChannelOutput,
  type Envelope,
} from '../../shared/contract';
import { createApi, invoker, type BoundApi } from '../../electron/preload/api';

// The preload runs against a stand-in for Electron's renderer-side modules.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })),
  },
}));
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  electron.ipcRenderer.invoke.mockClear();
});

async function exposed(): Promise<Record<string, unknown>> {
  await import('../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(key).toBe('asesa');
  return api;
}

describe('window.asesa from the preload', () => {
  it('exposes exactly one function per contract channel, nothing else', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof api[name]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('each function invokes its own channel with the input and returns the reply', async () => {
    const api = await exposed();
    for (const name of channelNames) {
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const reply = await (api[name] as (i: unknown) => Promise<unknown>)(input);
      expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[name, input]]);
      expect(reply).toEqual({ ok: true, value: { channel: name, input } });
    }
  });

  it('passes a rejected invoke (no handler in main) through to the caller', async () => {
    const api = createApi({ invoke: () => Promise.reject(new Error('No handler registered')) });
    await expect(api['app.status']({})).rejects.toThrow('No handler registered');
  });
});

describe('the api table is checked by the compiler', () => {
  it('refuses a crossed, missing or extra channel', () => {
    const call = invoker({ invoke: () => Promise.resolve({ ok: true, value: null }) });
    // Same input and output types as 'app.status', but bound to another channel: only the
    // brand tells them apart, and it does.
    type StatusFn = (input: ChannelInput<'app.status'>) => Promise<Envelope<ChannelOutput<'app.status'>>>;
    const boundElsewhere = call('app.status') as StatusFn & { readonly channel?: 'users.list' };
    // @ts-expect-error bound to 'users.list', not 'app.status'
    const crossed: Pick<BoundApi, 'app.status'> = { 'app.status': boundElsewhere };
    // @ts-expect-error a channel is missing
    const missing: AsesaApi = { 'app.status': call('app.status') };
    const extra = {
      ...createApi({ invoke: vi.fn() }),
      // @ts-expect-error not a contract channel
      'no.such': call('app.status'),
    } satisfies AsesaApi;
    expect([crossed, missing, extra]).toHaveLength(3);
  });
});
