import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../../electron/handlers';
import { cookieNames } from '../../../electron/web/security';
import { startBridge, type Bridge } from '../../../electron/web/server';
import { tempDb, type TempDb } from '../../helpers/db';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Call {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body chunked (no Content-Length). */
  chunked?: boolean;
}

let t: TempDb;
let bridge: Bridge;
let staticDir: string;
const TOKEN = 'test-token-0123456789abcdefghijklmnop';
const LIMIT = 1024;

beforeEach(async () => {
  t = tempDb();
  staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Asesa</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Something worth stealing just outside the served folder.
  fs.writeFileSync(path.join(t.dir, 'secret.json'), '{"secret":"do not serve"}');
  bridge = await startBridge({ registry: buildRegistry(t.db, () => {}), staticDir, token: TOKEN, maxBodyBytes: LIMIT });
});

afterEach(async () => {
  await bridge.close();
  t.cleanup();
});

/** This bridge's cookie names (they carry its port). */
const tokenCookie = () => cookieNames(bridge.port).token;
const sessionCookie = () => cookieNames(bridge.port).session;

/** Raw HTTP, so tests control Host, Origin and the exact request path (fetch would normalise them). */
function call({ method = 'GET', path: p = '/', headers = {}, body, chunked = false }: Call): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const allHeaders: Record<string, string> = { Host: `127.0.0.1:${bridge.port}`, ...headers };
    if (body !== undefined && !chunked) allHeaders['Content-Length'] = String(Buffer.byteLength(body));
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method, path: p, headers: allHeaders }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const bearer = { Authorization: `Bearer ${TOKEN}` };

function api(channel: string, input: unknown, headers: Record<string, string> = bearer): Promise<Reply> {
  return call({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

function cookiesFrom(reply: Reply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of reply.headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const [name, value] = pair!.split('=');
    out[name!.trim()] = value!;
  }
  return out;
}

describe('bridge: network exposure', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(bridge.address.address).toBe('127.0.0.1');
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${TOKEN}`);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: external.address, port: bridge.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });
});

describe('bridge: refusals', () => {
  it('refuses a request without the token (401)', async () => {
    expect((await call({ path: '/' })).status).toBe(401);
    expect((await api('app.status', {}, {})).status).toBe(401);
    expect((await call({ path: '/', headers: { Authorization: 'Bearer wrong-token' } })).status).toBe(401);
    expect((await call({ path: '/', headers: { Cookie: `${tokenCookie()}=wrong` } })).status).toBe(401);
  });

  it('refuses a foreign Host even with the token (403): DNS rebinding', async () => {
    const reply = await call({ path: '/', headers: { ...bearer, Host: `evil.example:${bridge.port}` } });
    expect(reply.status).toBe(403);
    expect((await call({ path: '/', headers: { ...bearer, Host: `127.0.0.1:${bridge.port + 1}` } })).status).toBe(403);
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    const reply = await api('app.status', {}, { ...bearer, Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const own = await api('app.status', {}, { ...bearer, Origin: `http://127.0.0.1:${bridge.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses a body over the limit (413), declared or streamed', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(LIMIT * 4), password: 'y' });
    const declared = await call({
      method: 'POST',
      path: '/api/auth.login',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await call({
      method: 'POST',
      path: '/api/auth.login',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('refuses a body that is not JSON (415)', async () => {
    const reply = await call({
      method: 'POST',
      path: '/api/app.status',
      headers: { ...bearer, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(reply.status).toBe(415);
  });

  it('refuses other methods on the API (405)', async () => {
    expect((await call({ path: '/api/app.status', headers: bearer })).status).toBe(405);
    expect((await call({ method: 'POST', path: '/index.html', headers: bearer })).status).toBe(405);
  });

  it('never serves a file outside the renderer folder (404)', async () => {
    for (const p of [
      '/../secret.json',
      '/%2e%2e/secret.json',
      '/%2E%2E/secret.json',
      '/..%2fsecret.json',
      '/%2e%2e%2fsecret.json',
      '/assets/..%2f..%2fsecret.json',
      '/..%5csecret.json',
      '/%252e%252e/secret.json',
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]) {
      const reply = await call({ path: p, headers: bearer });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
  });

  it('serves only known asset types', async () => {
    fs.writeFileSync(path.join(staticDir, 'notes.db'), 'x');
    expect((await call({ path: '/notes.db', headers: bearer })).status).toBe(404);
    const js = await call({ path: '/assets/app.js', headers: bearer });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('bridge: token and session cookies', () => {
  it('trades ?token= for HttpOnly SameSite=Strict cookies and a redirect, then works on cookies alone', async () => {
    const first = await call({ path: `/?token=${TOKEN}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const lines = first.headers['set-cookie'] ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; SameSite=Strict/);
    }
    const jar = cookiesFrom(first);
    expect(jar[tokenCookie()]).toBe(TOKEN);
    expect(jar[sessionCookie()]).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const cookie = `${tokenCookie()}=${TOKEN}; ${sessionCookie()}=${jar[sessionCookie()]}`;
    const page = await call({ path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Asesa</title>');
    expect(page.headers['set-cookie']).toBeUndefined();

    const status = await api('app.status', {}, { Cookie: cookie });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { needsSetup: true } });
  });

  it('answers an unknown channel with 200 and an UNKNOWN_CHANNEL envelope', async () => {
    const reply = await api('no.such.channel', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed or encoded channel name with an UNKNOWN_CHANNEL envelope', async () => {
    for (const name of ['%E0%A4%A', 'app%2Estatus%00', '..%2F..%2Fsecret', '__proto__']) {
      const reply = await api(name, {});
      expect(reply.status, name).toBe(200);
      expect(JSON.parse(reply.body), name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    // The encoded form of a real name still reaches it.
    expect(JSON.parse((await api('app%2Estatus', {})).body)).toMatchObject({ ok: true });
  });

  it('answers an invalid JSON body with a VALIDATION envelope', async () => {
    const reply = await call({
      method: 'POST',
      path: '/api/auth.login',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: '{"username": "admin", ',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps two browser contexts (two session cookies) as two sessions', async () => {
    const a = `${tokenCookie()}=${TOKEN}; ${sessionCookie()}=${'a'.repeat(32)}`;
    const b = `${tokenCookie()}=${TOKEN}; ${sessionCookie()}=${'b'.repeat(32)}`;
    const setup = await api(
      'setup.complete',
      {
        office: {
          name: 'BPSDM Provinsi Bali',
          code: 'BPSDM-BALI',
          province: 'Bali',
          agency: 'Pemerintah Provinsi Bali',
        },
        admin: { username: 'admin', displayName: 'Made', password: 'kata sandi panjang' },
      },
      { Cookie: a },
    );
    expect(JSON.parse(setup.body)).toMatchObject({ ok: true, value: { role: 'admin' } });

    const statusA = JSON.parse((await api('app.status', {}, { Cookie: a })).body);
    const statusB = JSON.parse((await api('app.status', {}, { Cookie: b })).body);
    expect(statusA.value.user).toMatchObject({ username: 'admin' });
    expect(statusB.value.user).toBeNull();
    expect(JSON.parse((await api('users.list', {}, { Cookie: b })).body)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(JSON.parse((await api('users.list', {}, { Cookie: a })).body)).toMatchObject({ ok: true });
  });

  it('ignores a badly encoded cookie of another local program', async () => {
    const reply = await api('app.status', {}, { Cookie: `other=%E0%A4%A; ${tokenCookie()}=${TOKEN}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('replaces a malformed session id with a fresh one', async () => {
    const reply = await api('app.status', {}, { Cookie: `${tokenCookie()}=${TOKEN}; ${sessionCookie()}=short` });
    expect(cookiesFrom(reply)[sessionCookie()]).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("keeps a second instance's cookies apart: one browser holding both jars reaches each bridge", async () => {
    const other = await startBridge({ registry: buildRegistry(t.db, () => {}), staticDir, token: 'another-secret' });
    try {
      const mine = cookiesFrom(await call({ path: `/?token=${TOKEN}` }));
      const theirs = await new Promise<Record<string, string>>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: other.port,
              path: '/?token=another-secret',
              headers: { Host: `127.0.0.1:${other.port}` },
            },
            (res) => {
              res.resume();
              resolve(cookiesFrom({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
            },
          )
          .on('error', reject);
      });
      // The browser sends every cookie of 127.0.0.1 to both ports.
      const jar = Object.entries({ ...mine, ...theirs })
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      expect(Object.keys(theirs)).toEqual(expect.arrayContaining(Object.values(cookieNames(other.port))));
      const reply = await api('app.status', {}, { Cookie: jar });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
      // A token cookie of the other instance alone is not ours.
      const foreign = await api('app.status', {}, { Cookie: `${cookieNames(other.port).token}=another-secret` });
      expect(foreign.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
