import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { openAppDatabase, PRODUCT_NAME } from '../db/app-db';
import type { Db } from '../db/connection';
import { buildRegistry } from '../handlers';
import { startBackupSchedule } from '../services/backup-schedule';
import { applyPendingRestore } from '../services/pending-restore';
import { ensureSeeded } from '../services/dictionary-seed';
import { SessionStore } from '../services/session';
import { getLanguage } from '../services/settings';
import { translate } from '../../shared/i18n/translate';
import { APP_VERSION } from '../version';
import { registerIpc } from './ipc/register';
import { menuTemplate } from './menu';
import { applySecurityBaseline, handleAppScheme, hardenSession } from './security';
import { openDatabaseOrExplain, resolveAppDbFile, startupFailureMessage } from './startup';
import { createMainWindow, focusWindow } from './window';

export type StartResult = 'running' | 'second-instance' | 'failed';

/**
 * The desktop app's life: one instance, the security baseline before anything loads, the
 * database (or a clear refusal), IPC over the same handler table as the HTTP bridge, one window.
 */
export async function startApp(argv: readonly string[] = process.argv, env = process.env): Promise<StartResult> {
  app.setName(PRODUCT_NAME);
  if (!app.requestSingleInstanceLock()) {
    // Another Asesa owns the database; it gets the focus through 'second-instance'.
    app.quit();
    return 'second-instance';
  }
  applySecurityBaseline(app, protocol, shell);

  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (win) focusWindow(win);
  });

  await app.whenReady();
  const dbFile = resolveAppDbFile(argv, env, app.getPath('userData'));
  // A restore chosen in Pengaturan happens here, before anything opens the file.
  const restored = tryApplyPendingRestore(dbFile);
  if (restored) console.log(`restored from backup ${restored}`);
  const db = openDatabaseOrExplain(dbFile, openAppDatabase, (title, message) => dialog.showErrorBox(title, message));
  if (!db) {
    app.exit(1);
    return 'failed';
  }
  const closeDb = () => {
    if (db.open) db.close();
  };

  try {
    const root = app.getAppPath();
    hardenSession(session.defaultSession);
    handleAppScheme(protocol, path.join(root, 'dist', 'renderer'));

    ensureSeeded(db);
    const stopBackups = startBackupSchedule(db, dbFile);
    const refreshMenu = () => installMenu(db, dbFile, () => win);
    registerIpc(ipcMain, buildRegistry(db), new SessionStore(), {
      language: () => getLanguage(db),
      onSuccess: (name) => {
        if (name === 'app.setLanguage') refreshMenu();
      },
    });
    refreshMenu();

    const openWindow = () => {
      win = createMainWindow({
        preloadPath: path.join(root, 'dist', 'electron', 'preload.cjs'),
        devTools: !app.isPackaged,
      });
      win.on('closed', () => {
        win = null;
      });
    };
    openWindow();

    app.on('activate', () => {
      if (!win) openWindow();
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app.on('will-quit', () => {
      stopBackups();
      closeDb();
    });
    return 'running';
  } catch (e) {
    const { title, message } = startupFailureMessage(dbFile, e);
    dialog.showErrorBox(title, message);
    closeDb();
    app.exit(1);
    return 'failed';
  }
}

function installMenu(db: Db, dbFile: string, currentWindow: () => BrowserWindow | null): void {
  const language = getLanguage(db);
  const template = menuTemplate(
    language,
    {
      about: () => {
        const options = {
          type: 'info' as const,
          title: translate(language, 'desktop.about.title'),
          message: PRODUCT_NAME,
          detail: translate(language, 'desktop.about.detail', { version: APP_VERSION, file: dbFile }),
        };
        const parent = currentWindow();
        void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      },
      openDataFolder: () => void shell.openPath(path.dirname(dbFile)),
    },
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A failed pending restore must not stop the app: the current database stays as it was. */
function tryApplyPendingRestore(dbFile: string): string | null {
  try {
    return applyPendingRestore(dbFile)?.restored ?? null;
  } catch (e) {
    console.error('pending restore failed', e);
    return null;
  }
}
