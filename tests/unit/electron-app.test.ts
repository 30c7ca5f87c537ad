import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/contract';
import { ENTRY_URL } from '../../electron/main/security';
import { dbArgFrom, resolveAppDbFile, startupFailureMessage } from '../../electron/main/startup';
import { AppError } from '../../electron/services/errors';

// A stand-in for the whole `electron` module: enough of app, BrowserWindow, dialog, ipcMain,
// Menu, protocol, session and shell for startApp() to run its real code paths.
const fake = vi.hoisted(() => {
  type Fn = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Fn[]>();
    on(name: string, fn: Fn) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: Fn) {
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
    }
  }
  const state = { lock: true, userData: '', appPath: '/opt/asesa' };
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => state.userData),
    getAppPath: vi.fn(() => state.appPath),
  });
  class BrowserWindow extends Emitter {
    static created: BrowserWindow[] = [];
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    isDestroyed = vi.fn(() => false);
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      BrowserWindow.created.push(this);
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const handlers = new Map<string, Fn>();
  return {
    state,
    Emitter,
    handlers,
    electron: {
      app,
      BrowserWindow,
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
      ipcMain: { handle: vi.fn((name: string, fn: Fn) => handlers.set(name, fn)) },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: session },
      shell: { openExternal: vi.fn(), openPath: vi.fn(() => Promise.resolve('')) },
    },
  };
});
vi.mock('electron', () => fake.electron);

const { app, BrowserWindow, dialog, ipcMain, Menu, protocol } = fake.electron;
const { startApp } = await import('../../electron/main/app');

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  app.listeners.clear();
  fake.handlers.clear();
  BrowserWindow.created = [];
  fake.state.lock = true;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-app-'));
  fake.state.userData = path.join(dir, 'userData');
});
afterEach(() => {
  app.emit('will-quit');
  fs.rmSync(dir, { recursive: true, force: true });
});

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[] };
const lastMenu = () => (Menu.buildFromTemplate.mock.lastCall?.[0] ?? []) as MenuItem[];
const trustedEvent = (id: number) =>
  ({
    sender: Object.assign(new fake.Emitter(), { id }),
    senderFrame: { url: ENTRY_URL, parent: null },
  }) as unknown as IpcMainInvokeEvent;

describe('startApp', () => {
  it('a second instance quits at once and touches nothing', async () => {
    fake.state.lock = false;
    expect(await startApp(['electron', '.'], {})).toBe('second-instance');
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(fs.existsSync(fake.state.userData)).toBe(false);
  });

  it('opens <userData>/asesa.db, registers every channel and opens one hardened window', async () => {
    expect(await startApp(['electron', '.'], {})).toBe('running');
    expect(app.setName).toHaveBeenCalledWith('Asesa');
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(fs.existsSync(path.join(fake.state.userData, 'asesa.db'))).toBe(true);

    expect(ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([...channelNames].sort());
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    expect(BrowserWindow.created).toHaveLength(1);
    const win = BrowserWindow.created[0]!;
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join('/opt/asesa', 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true,
    });
    expect(win.loadURL).toHaveBeenCalledWith(ENTRY_URL);
    expect(lastMenu().map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('focuses the existing window when Asesa is started again', async () => {
    await startApp(['electron', '.'], {});
    const win = BrowserWindow.created[0]!;
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('uses --db before ASESA_DB, and closes the database on quit', async () => {
    const file = path.join(dir, 'chosen.db');
    await startApp(['electron', '.', '--db', file], { ASESA_DB: path.join(dir, 'env.db') });
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'env.db'))).toBe(false);
    // While open in WAL mode the -wal file exists; closing the last connection removes it.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    app.emit('will-quit');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('rebuilds the menu in English after the language is switched', async () => {
    await startApp(['electron', '.'], {});
    const reply = await fake.handlers.get('app.setLanguage')!(trustedEvent(1), { language: 'en' });
    expect(reply).toEqual({ ok: true, value: { language: 'en' } });
    expect(lastMenu().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('refuses a database from a newer Asesa with a bilingual dialog, quits and leaves the file alone', async () => {
    const file = path.join(dir, 'future.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);');
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);

    expect(await startApp(['electron', '.', `--db=${file}`], {})).toBe('failed');
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Asesa tidak dapat dibuka / Asesa cannot start');
    expect(message).toContain('versi Asesa yang lebih baru (skema 999');
    expect(message).toContain('newer Asesa (schema 999');
    expect(message).toContain(file);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('explains an unreadable database file the same way', async () => {
    const file = path.join(dir, 'garbage.db');
    fs.writeFileSync(file, 'this is not a database, just text that is long enough to have a header.'.repeat(20));
    expect(await startApp(['electron', '.', '--db', file], {})).toBe('failed');
    const [, message] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain('Basis data tidak dapat dibuka');
    expect(message).toContain('The database cannot be opened');
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('start-up helpers', () => {
  it('reads --db FILE and --db=FILE among other switches', () => {
    expect(dbArgFrom(['electron', '.', '--no-sandbox', '--db', 'a.db'])).toBe('a.db');
    expect(dbArgFrom(['/opt/Asesa/asesa', '--db=b.db'])).toBe('b.db');
    expect(dbArgFrom(['/opt/Asesa/asesa', '--dbx=c.db'])).toBeUndefined();
    expect(dbArgFrom(['/opt/Asesa/asesa'])).toBeUndefined();
  });

  it('resolves --db, then ASESA_DB, then userData/asesa.db', () => {
    const env = { INIT_CWD: '/home/u/work' };
    expect(resolveAppDbFile(['x', '--db', 'a.db'], { ...env, ASESA_DB: 'b.db' }, '/ud')).toBe(
      path.resolve('/home/u/work/a.db'),
    );
    expect(resolveAppDbFile(['x'], { ...env, ASESA_DB: '/data/b.db' }, '/ud')).toBe(path.resolve('/data/b.db'));
    expect(resolveAppDbFile(['x'], env, '/ud')).toBe(path.join('/ud', 'asesa.db'));
  });

  it('words an AppError in both languages', () => {
    const { message } = startupFailureMessage('/d/a.db', new AppError('DB_TOO_NEW', { found: 9, supported: 1 }));
    expect(message).toMatch(
      /Basis data tidak dapat dibuka:\n\/d\/a\.db\n\nBasis data ini dibuat oleh versi Asesa yang lebih baru/,
    );
    expect(message).toMatch(/The database cannot be opened:\n\/d\/a\.db\n\nThis database was made by a newer Asesa/);
  });
});
