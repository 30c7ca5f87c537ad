import fs from 'node:fs/promises';
import path from 'node:path';
import type { App, IpcMainInvokeEvent, Protocol, Session, Shell, WebContents, WebPreferences } from 'electron';
import { resolveStatic } from '../web/static-files';

/**
 * The whole Electron security baseline (DESIGN.md §5) in one place, as small functions that
 * take Electron objects as parameters so tests can hand in stand-ins.
 *
 * Content comes from a privileged `app://asesa/` protocol that serves only the built renderer
 * folder, not from file://. Why: with file:// every file on the disk shares the page's origin,
 * so CSP 'self', the navigation check and the IPC sender check would all have to trust "any
 * local file"; with app:// the origin is exactly our folder, path traversal is refused by
 * resolveStatic (the same guard the browser-mode bridge uses), and the page runs in a secure,
 * standard origin like it does in browser mode.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'asesa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Defence in depth beside the meta CSP in renderer/index.html: only directives that a meta tag
 * cannot carry or that can never be needed, so the two policies never fight.
 */
export const PROTOCOL_CSP = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own renderer: app://asesa/..., no credentials, no port. */
export function isTrustedUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Links the user may open in the system browser: plain https only (no file:, smb:, javascript:). */
export function isExternalLink(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.username === '' && u.password === '';
}

/**
 * What the renderer session may fetch at all: its own files, inline data and blobs it made
 * itself (fonts, generated downloads) and, in development, the DevTools front end.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isTrustedUrl(url)) return true;
  const u = parse(url);
  return u !== null && ['data:', 'blob:', 'devtools:'].includes(u.protocol);
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click (auxclick) would otherwise try to open links in a new window.
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * Navigation, new windows and <webview> for one webContents. Applied to every webContents the
 * app creates (see applySecurityBaseline), so a window opened by mistake is hardened too.
 */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window; an https link goes to the user's browser, nothing else does.
    if (isExternalLink(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Permissions (camera, notifications, clipboard read, …) and network access of a session. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

/**
 * Only the top frame of our own page may call the main side. `senderFrame` is null when the
 * frame navigated away or was destroyed meanwhile: refused as well.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

interface ProtocolRequest {
  url: string;
  method: string;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The app:// handler: GET/HEAD of a file inside `rendererDir`, nothing else. */
export async function serveRendererFile(rendererDir: string, request: ProtocolRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
  const u = parse(request.url);
  if (!u || !isTrustedUrl(request.url)) return textResponse(404, 'not found');
  const found = resolveStatic(path.resolve(rendererDir), u.pathname);
  if (!found) return textResponse(404, 'not found');
  const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(found.file));
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': found.type,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': PROTOCOL_CSP,
      'Cache-Control': 'no-cache',
    },
  });
}

/** Must run before `app` is ready: makes app:// a secure, standard origin (fetch, storage). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: serve the renderer folder on app://asesa/. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request));
}

/**
 * Before `ready`: sandbox every renderer, make app:// privileged, and harden every webContents
 * and session the app will ever create (so a window opened by mistake is covered too).
 */
export function applySecurityBaseline(
  app: Pick<App, 'enableSandbox' | 'on'>,
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>,
  shell: Pick<Shell, 'openExternal'>,
): void {
  app.enableSandbox();
  registerAppScheme(protocol);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app.on('session-created', (ses) => hardenSession(ses));
}
