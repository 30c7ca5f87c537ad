import path from 'node:path';
import type { BrowserWindow, Dialog, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs, safeFileName, withExtension } from '../../electron/main/dialogs';
import { menuTemplate } from '../../electron/main/menu';

const actions = () => ({ about: vi.fn(), openDataFolder: vi.fn() });
const linuxDev = { isMac: false, isPackaged: false };

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('application menu', () => {
  it('is in Indonesian by default wording and English when chosen', () => {
    expect(menuTemplate('id', actions(), linuxDev).map((m) => m.label)).toEqual([
      'Berkas',
      'Sunting',
      'Tampilan',
      'Bantuan',
    ]);
    expect(menuTemplate('en', actions(), linuxDev).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const labels = flatten(menuTemplate('id', actions(), linuxDev)).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['Salin', 'Tempel', 'Keluar', 'Tentang Asesa', 'Buka Folder Data']));
    // Every item that shows text has a real translation, not a key.
    for (const label of labels) if (label !== undefined) expect(label).not.toMatch(/^desktop\./);
  });

  it('has developer tools only in development builds', () => {
    const roles = (packaged: boolean) =>
      flatten(menuTemplate('id', actions(), { isMac: false, isPackaged: packaged })).map((m) => m.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('uses roles for editing so shortcuts keep working', () => {
    const roles = flatten(menuTemplate('en', actions(), linuxDev)).map((m) => m.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('on macOS starts with the app menu and has Quit there', () => {
    const template = menuTemplate('id', actions(), { isMac: true, isPackaged: true });
    expect(template.map((m) => m.label)).toEqual(['Asesa', 'Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
    const file = template[1]!.submenu as MenuItemConstructorOptions[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
  });

  it('menu items call the actions', () => {
    const a = actions();
    const items = flatten(menuTemplate('en', a, linuxDev));
    const click = (label: string) => (items.find((i) => i.label === label)?.click as () => void)();
    click('About Asesa');
    click('Open Data Folder');
    expect(a.about).toHaveBeenCalledTimes(1);
    expect(a.openDataFolder).toHaveBeenCalledTimes(1);
  });
});

describe('safeFileName / withExtension', () => {
  it.each([
    ['Laporan IDP – Budi Santoso.pdf', 'Laporan IDP – Budi Santoso.pdf'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['C:\\Windows\\system32\\x.dll', 'C__Windows_system32_x.dll'],
    ['a<b>c:d"e|f?g*h', 'a_b_c_d_e_f_g_h'],
    ['  ..hidden  ', 'hidden'],
    ['CON', 'asesa'],
    ['nul.txt', 'asesa'],
    ['', 'asesa'],
    ['x\u0000y\u001fz', 'x_y_z'],
  ])('%j -> %j', (input, expected) => expect(safeFileName(input)).toBe(expected));

  it('caps the length', () => expect(safeFileName('a'.repeat(500))).toHaveLength(120));

  it('adds the first allowed extension only when missing', () => {
    const csv = [{ name: 'CSV', extensions: ['csv'] }];
    expect(withExtension('/d/peserta', csv)).toBe('/d/peserta.csv');
    expect(withExtension('/d/peserta.CSV', csv)).toBe('/d/peserta.CSV');
    expect(withExtension('/d/peserta.xlsx', csv)).toBe('/d/peserta.xlsx.csv');
    expect(withExtension('/d/any', [{ name: 'All', extensions: ['*'] }])).toBe('/d/any');
    expect(withExtension('/d/any', [])).toBe('/d/any');
  });
});

describe('FileDialogs', () => {
  function fakeDialog(result: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
    const dialog = {
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: result.canceled, filePaths: result.filePaths ?? [] })),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: result.canceled, filePath: result.filePath ?? '' })),
    };
    return { dialog, asDialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'> };
  }
  const win = {} as BrowserWindow;
  const filters = [{ name: 'Excel', extensions: ['xlsx'] }];

  it('returns the chosen file, or null when cancelled', async () => {
    const chosen = fakeDialog({ canceled: false, filePaths: ['/home/u/peserta.xlsx'] });
    const dialogs = createFileDialogs(
      chosen.asDialog,
      () => win,
      () => '/home/u',
    );
    expect(await dialogs.openFile({ title: 'Impor', filters })).toBe('/home/u/peserta.xlsx');
    expect(chosen.dialog.showOpenDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ title: 'Impor', properties: ['openFile'] }),
    );

    const cancelled = fakeDialog({ canceled: true });
    expect(
      await createFileDialogs(
        cancelled.asDialog,
        () => null,
        () => '/h',
      ).openFile({ title: 'x', filters }),
    ).toBeNull();
    expect(
      await createFileDialogs(
        cancelled.asDialog,
        () => null,
        () => '/h',
      ).chooseFolder({ title: 'x' }),
    ).toBeNull();
  });

  it('suggests only a safe bare name in the default folder and returns the chosen path with its extension', async () => {
    const save = fakeDialog({ canceled: false, filePath: '/media/usb/ekspor' });
    const dialogs = createFileDialogs(
      save.asDialog,
      () => null,
      () => '/home/u/Dokumen',
    );
    expect(await dialogs.saveFile({ title: 'Simpan', suggestedName: '../../.bashrc', filters })).toBe(
      '/media/usb/ekspor.xlsx',
    );
    const options = (save.dialog.showSaveDialog.mock.calls as unknown as [{ defaultPath: string }][])[0]![0];
    expect(options.defaultPath).toBe(path.join('/home/u/Dokumen', '_.._.bashrc.xlsx'));
  });

  it('returns null when the save dialog is cancelled', async () => {
    const save = fakeDialog({ canceled: true });
    expect(
      await createFileDialogs(
        save.asDialog,
        () => win,
        () => '/h',
      ).saveFile({ title: 's', suggestedName: 'a', filters }),
    ).toBeNull();
  });
});
