import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// scripts/ensure-native.mjs run as a child process against a throw-away project folder whose
// "better-sqlite3" is a stand-in: it loads only if its build file names the runtime that loads
// it. That makes switching, caching and refusing observable without compiling anything.
const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-native.mjs');
const NODE_ABI = process.versions.modules;
const KEY = (runtime: string, abi: string) => `${runtime}-${abi}-${process.platform}-${process.arch}`;

const FAKE_MODULE = `
const fs = require('fs'), path = require('path');
module.exports = class Database {
  constructor() {
    const built = fs.readFileSync(path.join(__dirname, 'build/Release/better_sqlite3.node'), 'utf8');
    const runtime = process.env.FAKE_RUNTIME || 'node';
    if (built !== runtime + '-' + (process.env.FAKE_ABI || process.versions.modules)) {
      throw new Error('was compiled against a different Node.js version (' + built + ')');
    }
  }
  close() {}
};`;

let root: string;
const binary = () => path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const marker = () => path.join(root, 'node_modules/.asesa-native-abi');
const cached = (key: string) => path.join(root, 'node_modules/.cache/asesa-native', key, 'better_sqlite3.node');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const readMarker = () =>
  JSON.parse(fs.readFileSync(marker(), 'utf8')) as { runtime: string; abi: string; sha256: string };

function write(file: string, content: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function ensure(mode: string, env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [SCRIPT, mode, '--root', root], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: root, ...env },
  });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-native-'));
  write(path.join(root, 'package.json'), JSON.stringify({ name: 'fixture', version: '1.0.0', private: true }));
  write(
    path.join(root, 'node_modules/better-sqlite3/package.json'),
    JSON.stringify({ name: 'better-sqlite3', version: '0.0.0', main: 'index.js' }),
  );
  write(path.join(root, 'node_modules/better-sqlite3/index.js'), FAKE_MODULE);
  write(path.join(root, 'node_modules/electron/package.json'), JSON.stringify({ name: 'electron', version: '41.7.1' }));
  write(path.join(root, 'node_modules/electron/abi_version'), '145');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('ensure-native node', () => {
  it('leaves a working Node build alone, records it and keeps a copy', () => {
    write(binary(), `node-${NODE_ABI}`);
    const { code, out } = ensure('node');
    expect(code, out).toBe(0);
    expect(out).toContain(`ready for Node ${process.version} (ABI ${NODE_ABI})`);
    expect(readMarker()).toMatchObject({ runtime: 'node', abi: NODE_ABI, sha256: sha(`node-${NODE_ABI}`) });
    expect(fs.readFileSync(cached(KEY('node', NODE_ABI)), 'utf8')).toBe(`node-${NODE_ABI}`);
  });

  it('switches from an Electron build to the cached Node build without compiling, keeping the Electron one', () => {
    write(binary(), 'electron-145');
    write(
      marker(),
      JSON.stringify({
        runtime: 'electron',
        abi: '145',
        platform: process.platform,
        arch: process.arch,
        sha256: sha('electron-145'),
      }),
    );
    write(cached(KEY('node', NODE_ABI)), `node-${NODE_ABI}`);
    const { code, out } = ensure('node');
    expect(code, out).toBe(0);
    expect(out).toContain('switched to the cached build');
    expect(fs.readFileSync(binary(), 'utf8')).toBe(`node-${NODE_ABI}`);
    expect(fs.readFileSync(cached(KEY('electron', '145')), 'utf8')).toBe('electron-145');
    expect(readMarker()).toMatchObject({ runtime: 'node', abi: NODE_ABI });
  });

  it('fails clearly when even a rebuild does not give a loadable module', () => {
    write(binary(), 'electron-145');
    const { code, out } = ensure('node');
    expect(code).toBe(1);
    expect(out).toContain('still does not load under Node');
    expect(fs.existsSync(marker())).toBe(false);
  });
});

describe('ensure-native electron', () => {
  it('says the Electron binary is missing and exits non-zero, changing nothing', () => {
    write(binary(), `node-${NODE_ABI}`);
    const { code, out } = ensure('electron');
    expect(code).toBe(1);
    expect(out).toContain('Electron 41.7.1 binary is not installed');
    expect(out).toContain('npm run web');
    expect(fs.readFileSync(binary(), 'utf8')).toBe(`node-${NODE_ABI}`);
    expect(fs.existsSync(marker())).toBe(false);
  });

  it.runIf(process.platform !== 'win32')(
    'switches to a cached Electron build, checked by loading it in Electron-as-Node',
    () => {
      // A stand-in Electron binary: Node that reports Electron's runtime and ABI to the fake module.
      const exe = path.join(root, 'node_modules/electron/dist/electron');
      write(exe, `#!/bin/sh\nFAKE_RUNTIME=electron FAKE_ABI=145 exec "${process.execPath}" "$@"\n`);
      fs.chmodSync(exe, 0o755);
      write(path.join(root, 'node_modules/electron/path.txt'), 'electron');
      write(binary(), `node-${NODE_ABI}`);
      write(cached(KEY('electron', '145')), 'electron-145');

      const first = ensure('electron');
      expect(first.code, first.out).toBe(0);
      expect(first.out).toContain('switched to the cached build for Electron 41.7.1 (ABI 145)');
      expect(fs.readFileSync(binary(), 'utf8')).toBe('electron-145');
      expect(fs.readFileSync(cached(KEY('node', NODE_ABI)), 'utf8')).toBe(`node-${NODE_ABI}`);
      expect(readMarker()).toMatchObject({ runtime: 'electron', abi: '145' });

      const again = ensure('electron');
      expect(again.code).toBe(0);
      expect(again.out).toContain('is ready for Electron 41.7.1');

      // Someone else (electron-builder) rewrote the file: the hash no longer matches, so it is not trusted.
      write(binary(), 'something-else');
      const back = ensure('node');
      expect(back.code, back.out).toBe(0);
      expect(fs.readFileSync(binary(), 'utf8')).toBe(`node-${NODE_ABI}`);
    },
  );
});

describe('ensure-native usage', () => {
  it('refuses an unknown mode', () => {
    write(binary(), `node-${NODE_ABI}`);
    expect(ensure('python').code).toBe(2);
  });
});
