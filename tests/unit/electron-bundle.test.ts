import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';

// The real artifacts: scripts/build-electron.mjs bundles main and preload into a temp folder,
// then each bundle runs under plain Node with `require('electron')` answered by a recording
// stand-in. Proves the CommonJS bundles load and start, without the Electron binary.
const ROOT = path.resolve(__dirname, '../..');

const FAKE_ELECTRON = `
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const report = { handled: [], protocolHandled: [] };
process.on('exit', () => process.stdout.write('REPORT ' + JSON.stringify(report) + '\\n'));
const finish = () => { app.emit('will-quit'); process.exit(0); };
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  setName: (n) => { report.name = n; },
  requestSingleInstanceLock: () => true,
  quit: finish,
  exit: (code) => { report.exit = code; finish(); },
  enableSandbox: () => { report.sandbox = true; },
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.FAKE_USERDATA,
  getAppPath: () => '/opt/asesa/resources/app.asar',
});
class BrowserWindow extends EventEmitter {
  constructor(options) { super(); report.webPreferences = options.webPreferences; }
  loadURL(url) { report.loadURL = url; setImmediate(finish); return Promise.resolve(); }
  show() {} focus() {} restore() {} isMinimized() { return false; } isDestroyed() { return false; }
}
const ses = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onBeforeRequest() {} } };
const fake = {
  app, BrowserWindow,
  dialog: { showErrorBox: (title, message) => { report.errorBox = [title, message]; }, showMessageBox: async () => ({}) },
  ipcMain: { handle: (name) => report.handled.push(name) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => { report.menu = m.map((i) => i.label); } },
  protocol: { registerSchemesAsPrivileged: (s) => { report.schemes = s; }, handle: (s) => report.protocolHandled.push(s) },
  session: { defaultSession: ses },
  shell: { openExternal: async () => {}, openPath: async () => '' },
  contextBridge: { exposeInMainWorld: (key, api) => { report.exposed = { key, names: Object.keys(api), types: Object.values(api).map((f) => typeof f) }; } },
  ipcRenderer: { invoke: async () => ({}) },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest); };
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-bundle-'));
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  fs.writeFileSync(path.join(dir, 'fake-electron.cjs'), FAKE_ELECTRON);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runBundle(file: string, args: string[] = []): Record<string, unknown> {
  const res = spawnSync(process.execPath, ['-r', path.join(dir, 'fake-electron.cjs'), path.join(dir, file), ...args], {
    cwd: dir,
    encoding: 'utf8',
    // better-sqlite3 stays external: found in the project's node_modules, as in the package.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: path.join(ROOT, 'node_modules'),
      FAKE_USERDATA: path.join(dir, 'ud'),
    },
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  expect(line, `${res.stdout}\n${res.stderr}`).toBeDefined();
  return JSON.parse(line!.slice('REPORT '.length)) as Record<string, unknown>;
}

describe('the built bundles', () => {
  it('main.cjs starts: database, every channel, app:// and a hardened window', () => {
    const report = runBundle('main.cjs', ['--db', path.join(dir, 'bundle.db')]);
    expect(report.exit).toBeUndefined();
    expect(report.name).toBe('Asesa');
    expect(report.sandbox).toBe(true);
    expect((report.handled as string[]).sort()).toEqual([...channelNames].sort());
    expect(report.protocolHandled).toEqual(['app']);
    expect(report.loadURL).toBe('app://asesa/index.html');
    expect(report.webPreferences).toMatchObject({
      preload: path.join('/opt/asesa/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(report.menu).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(fs.existsSync(path.join(dir, 'bundle.db'))).toBe(true);
  });

  it('preload.cjs exposes window.asesa with one function per channel and requires nothing but electron', () => {
    const report = runBundle('preload.cjs');
    expect(report.exposed).toEqual({
      key: 'asesa',
      names: expect.arrayContaining([...channelNames]) as unknown,
      types: channelNames.map(() => 'function'),
    });
    const requires = [...fs.readFileSync(path.join(dir, 'preload.cjs'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(
      (m) => m[1],
    );
    expect(requires).toEqual(['electron']);
  });
});
