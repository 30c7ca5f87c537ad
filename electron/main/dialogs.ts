import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter as ElectronFileFilter } from 'electron';

export interface FileFilter {
  /** Shown to the user, already translated. */
  name: string;
  /** Without the dot: ['csv'], ['xlsx']. */
  extensions: string[];
}

/**
 * Native file dialogs for the IPC adapters of later features. The main side chooses every path
 * the app reads or writes; a renderer may suggest a file *name*, never a path.
 */
export interface FileDialogs {
  /** One existing file, or null when the user cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Where to write; `suggestedName` is reduced to a safe bare name. Null when cancelled. */
  saveFile(options: { title: string; suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  /** An existing folder, or null when the user cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

// Control characters are unsafe in file names too; matching them is the point here.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** A bare file name safe on Windows, macOS and Linux: no folders, no reserved characters. */
export function safeFileName(name: string, fallback = 'asesa'): string {
  const cleaned = name
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned) || cleaned === '' ? fallback : cleaned;
}

/** GTK save dialogs do not add the extension; add the first allowed one when it is missing. */
export function withExtension(file: string, filters: FileFilter[]): string {
  const allowed = filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())).filter((e) => e !== '*');
  const first = allowed[0];
  if (!first) return file;
  const ext = path.extname(file).slice(1).toLowerCase();
  return allowed.includes(ext) ? file : `${file}.${first}`;
}

function electronFilters(filters: FileFilter[]): ElectronFileFilter[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

export function createFileDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parentWindow: () => BrowserWindow | null,
  defaultDir: () => string,
): FileDialogs {
  async function open(options: Electron.OpenDialogOptions): Promise<string | null> {
    const parent = parentWindow();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  return {
    openFile: ({ title, filters }) =>
      open({ title, defaultPath: defaultDir(), filters: electronFilters(filters), properties: ['openFile'] }),

    chooseFolder: ({ title }) =>
      open({ title, defaultPath: defaultDir(), properties: ['openDirectory', 'createDirectory'] }),

    async saveFile({ title, suggestedName, filters }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: path.join(defaultDir(), withExtension(safeFileName(suggestedName), filters)),
        filters: electronFilters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, filters);
    },
  };
}
