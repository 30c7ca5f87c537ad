import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { HandlerRegistry } from '../handlers/registry';
import { SessionStore } from '../services/session';
import { cookieNames, hostAllowed, originAllowed, parseCookies, sameSecret, tokenFrom } from './security';
import { resolveStatic } from './static-files';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface BridgeOptions {
  registry: HandlerRegistry;
  /** Folder with the built renderer (index.html, assets/). */
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** Where the server actually listens (always 127.0.0.1). */
  address: AddressInfo;
  port: number;
  token: string;
  sessions: SessionStore;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body but keep reading it: destroying the request here would also
        // destroy the socket, and the client would see a reset instead of the 413.
        tooLarge = true;
        chunks.length = 0;
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A malformed %-escape is just an unknown channel name, not a server error. */
function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Browser mode: the same handler table as IPC, over loopback HTTP. It binds 127.0.0.1 only,
 * checks Host and Origin, needs the per-run secret on every request (the URL's ?token= sets
 * an HttpOnly, SameSite=Strict cookie), bounds bodies, and serves nothing but the built
 * renderer and POST /api/<channel>.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticDir = path.resolve(options.staticDir);
  const sessions = new SessionStore();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return send(res, 403, 'forbidden host');
    if (!originAllowed(req, port)) return send(res, 403, 'forbidden origin');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!sameSecret(tokenFrom(req, url, port), token)) return send(res, 401, 'token required');

    const names = cookieNames(port);
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    if (cookies[names.token] !== token) {
      setCookies.push(`${names.token}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    let sid = cookies[names.session];
    if (!sid || !/^[A-Za-z0-9_-]{32}$/.test(sid)) {
      sid = randomBytes(24).toString('base64url');
      setCookies.push(`${names.session}=${sid}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const cookieHeader: Record<string, string | string[]> = setCookies.length ? { 'Set-Cookie': setCookies } : {};

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'application/json required');
      }
      const body = await readBody(req, limit);
      if (body === 'too-large') return send(res, 413, `request larger than ${limit} bytes`, { Connection: 'close' });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        input = Symbol('invalid-json');
      }
      const channel = decodeChannel(url.pathname.slice('/api/'.length));
      const envelope = await options.registry.dispatch(channel, input, sessions.get(sid));
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        ...cookieHeader,
      });
      res.end(JSON.stringify(envelope));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    if (url.searchParams.has('token')) {
      // Drop the secret from the address bar (and from history) once the cookie is set.
      res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', ...cookieHeader });
      res.end();
      return;
    }
    const found = resolveStatic(staticDir, url.pathname);
    if (!found) return send(res, 404, 'not found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.type,
      'Cache-Control': 'no-cache',
      ...cookieHeader,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A read error (file replaced by a rebuild mid-request) must end this response, not the process.
    fs.createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  port = address.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    address,
    port,
    token,
    sessions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
