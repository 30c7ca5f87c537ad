import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App, IpcMainInvokeEvent, Protocol, Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME,
  ENTRY_URL,
  applySecurityBaseline,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isExternalLink,
  isTrustedSender,
  isTrustedUrl,
  secureWebPreferences,
  serveRendererFile,
} from '../../electron/main/security';

// Stand-ins for Electron's objects: just the surface security.ts touches, recording what it did.

type Handler = (...args: unknown[]) => void;

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, fn: Handler) => emitter.on(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  /** Fires an event the way Electron does and tells whether a listener prevented it. */
  function fire(name: string, url?: string): boolean {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event);
    return event.preventDefault.mock.calls.length > 0;
  }
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const ses = {
    setPermissionRequestHandler: (fn: Handler) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: Handler) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: Handler) => (handlers.device = fn),
    webRequest: { onBeforeRequest: (fn: Handler) => (handlers.beforeRequest = fn) },
  };
  return { ses: ses as unknown as Session, handlers };
}

const frame = (url: string, parent: unknown = null) => ({ url, parent });
const senderEvent = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

describe('web preferences of every window', () => {
  it('have the full baseline and our preload', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toEqual(
      expect.objectContaining({
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      }),
    );
  });
});

describe('isTrustedUrl', () => {
  it.each([ENTRY_URL, 'app://asesa/', 'app://asesa/assets/index-abc.js', 'app://asesa/index.html#/peserta'])(
    'trusts our own page %s',
    (url) => expect(isTrustedUrl(url)).toBe(true),
  );
  it.each([
    'https://asesa/index.html',
    'file:///app/dist/renderer/index.html',
    'app://evil/index.html',
    'app://asesa.evil.com/index.html',
    'app://user:pw@asesa/index.html',
    'app://asesa:8080/index.html',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isTrustedUrl(url)).toBe(false));
});

describe('isExternalLink / isAllowedRequestUrl', () => {
  it('only plain https goes to the system browser', () => {
    expect(isExternalLink('https://peraturan.go.id/')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'smb://host/share',
      'javascript:x',
      'https://u:p@x.id',
    ]) {
      expect(isExternalLink(url)).toBe(false);
    }
  });
  it('the session fetches only our files, data:, blob: and devtools:', () => {
    expect(isAllowedRequestUrl('app://asesa/assets/a.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://asesa/5f3c')).toBe(true);
    for (const url of ['https://cdn.example.com/x.js', 'http://127.0.0.1/', 'file:///etc/hosts', 'ws://x']) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('denies navigation away from our page, allows our own entry', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(name, 'https://evil.example/')).toBe(true);
      expect(fire(name, 'file:///etc/passwd')).toBe(true);
      expect(fire(name, ENTRY_URL)).toBe(false);
    }
  });

  it('denies every <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only https links to the system browser', () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents, { openExternal });
    expect(openWindow('https://jdih.bkn.go.id/')).toEqual({ action: 'deny' });
    expect(openWindow(ENTRY_URL)).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openWindow('smb://server/share')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://jdih.bkn.go.id/']]);
  });
});

describe('hardenSession', () => {
  it('denies permission requests, checks and devices, and cancels foreign requests', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses);
    const callback = vi.fn();
    handlers.request!({}, 'media', callback, {});
    handlers.request!({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(handlers.check!(null, 'clipboard-read', 'app://asesa', {})).toBe(false);
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);

    const decide = (url: string) => {
      const cb = vi.fn();
      handlers.beforeRequest!({ url }, cb);
      return cb.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide('https://tracker.example/x.gif')).toEqual({ cancel: true });
    expect(decide('app://asesa/assets/index.js')).toEqual({ cancel: false });
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our own page', () => {
    expect(isTrustedSender(senderEvent(frame(ENTRY_URL)))).toBe(true);
    expect(isTrustedSender(senderEvent(frame('https://evil.example/')))).toBe(false);
    expect(isTrustedSender(senderEvent(frame(ENTRY_URL, frame(ENTRY_URL))))).toBe(false);
    expect(isTrustedSender(senderEvent(null))).toBe(false);
  });
});

describe('applySecurityBaseline (before ready)', () => {
  it('sandboxes all renderers, makes app:// privileged and hardens every new webContents and session', () => {
    const appEmitter = new EventEmitter();
    const app = { enableSandbox: vi.fn(), on: (n: string, fn: Handler) => appEmitter.on(n, fn) };
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    applySecurityBaseline(app as unknown as App, protocol as unknown as Protocol, { openExternal: vi.fn() });

    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);

    const { contents, fire } = fakeContents();
    appEmitter.emit('web-contents-created', {}, contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);

    const { ses, handlers } = fakeSession();
    appEmitter.emit('session-created', ses);
    expect(handlers.check!(null, 'geolocation', '', {})).toBe(false);
  });
});

describe('serveRendererFile (the app:// protocol)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-renderer-'));
    fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Asesa</title>');
    fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.js'), 'secret');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveRendererFile(path.join(dir, 'renderer'), { url, method });

  it('serves the entry and assets with type, nosniff and the protocol CSP', async () => {
    const page = await get(ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<title>Asesa</title>');
    const script = await get('app://asesa/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses files outside the renderer folder, other hosts, unknown files and writes', async () => {
    expect((await get('app://asesa/%2e%2e/secret.js')).status).toBe(404);
    expect((await get('app://asesa/..%2fsecret.js')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://asesa/missing.js')).status).toBe(404);
    expect((await get(ENTRY_URL, 'POST')).status).toBe(405);
  });
});
