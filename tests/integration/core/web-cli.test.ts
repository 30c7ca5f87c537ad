import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../electron/db/migrations';

// `npm run web` = vite build + this entry point; here it serves a stand-in renderer folder.
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ENTRY = path.join(ROOT, 'electron/web/cli.ts');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-web-'));
  fs.mkdirSync(path.join(dir, 'static'));
  fs.writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>Asesa</title>');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const child = spawn(process.execPath, [TSX, ENTRY, '--static-dir', path.join(dir, 'static'), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /ASESA_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`exited before ready:\n${out}\n${err}`)));
  });
  url.catch(() => undefined); // a test that expects an early exit never awaits the URL
  return { child, url, exited, output: () => ({ out, err }) };
}

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('browser mode entry point (electron/web/cli.ts)', () => {
  it('prints a loopback URL with its token, serves it, and stops cleanly on SIGTERM', async () => {
    const app = start(['--db', 'kantor.db']);
    const url = await app.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect(await get(url)).toBe(303);
    expect(await get(url.replace(/\?token=.*/, ''))).toBe(401);
    // --db is resolved against the folder the user typed it in.
    expect(app.output().out).toContain(`Database: ${path.join(dir, 'kantor.db')}`);
    expect(fs.existsSync(path.join(dir, 'kantor.db'))).toBe(true);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });

  it('refuses a database from a newer Asesa with a readable message and exit 1', async () => {
    const file = path.join(dir, 'newer.db');
    const db = openDatabase(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const app = start(['--db', file]);
    expect(await app.exited).toBe(1);
    expect(app.output().err).toContain('versi Asesa yang lebih baru');
    expect(app.output().err).toContain('newer Asesa');
    expect(app.output().err).not.toContain('DB_TOO_NEW {');
  });
});
