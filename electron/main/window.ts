import { BrowserWindow } from 'electron';
import { ENTRY_URL, secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** DevTools exist only in development builds. */
  devTools: boolean;
}

/** The one application window, loading the renderer from app://asesa/ (see security.ts). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Asesa',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.devTools },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(ENTRY_URL);
  return win;
}

/** Brings the window to the front, e.g. when the user starts Asesa a second time. */
export function focusWindow(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
