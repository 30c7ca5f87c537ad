import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';

export interface MenuActions {
  about: () => void;
  openDataFolder: () => void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds have no developer tools entry (and no DevTools at all, see window.ts). */
  isPackaged: boolean;
}

/**
 * The application menu in the device language. Items use Electron roles for behaviour (so
 * keyboard shortcuts and platform conventions stay right) with our own translated labels.
 */
export function menuTemplate(
  language: Language,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const t = (key: string) => translate(language, `desktop.menu.${key}`);
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('openDataFolder'), click: () => actions.openDataFolder() },
      ...(options.isMac ? [] : [sep, { role: 'quit' as const, label: t('quit') }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      sep,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      { role: 'reload', label: t('reload') },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: t('devTools') }]),
      sep,
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      sep,
      { role: 'togglefullscreen', label: t('fullScreen') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: [{ label: t('about'), click: () => actions.about() }],
  };

  if (!options.isMac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: 'Asesa',
    submenu: [
      { label: t('about'), click: () => actions.about() },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit', label: t('quit') },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t('window'),
    submenu: [{ role: 'minimize', label: t('minimize') }, { role: 'zoom' }, sep, { role: 'front' }],
  };
  return [appMenu, file, edit, view, windowMenu, help];
}
