import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../shared/schemas/dictionary';
import { FRAMEWORK_ID, VERSION_ID, frameworkList, seededSnapshot, version } from './dictionary-fakes';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/dictionary';
});
afterEach(() => {
  vi.restoreAllMocks();
});

const PREVIEW: ImportPreview = {
  format: 'moodle',
  idNumber: 'TEK-PBJ',
  name: { id: 'Pengadaan Barang/Jasa', en: 'Procurement' },
  existingFrameworkId: null,
  action: 'create-framework',
  counts: { nodes: 21, new: 21, changed: 0, unchanged: 0, removed: 0 },
};

function exchangeMain(
  preview: () => ReturnType<NonNullable<Parameters<typeof fakeMain>[0]['frameworks.importPreview']>>,
) {
  const snapshot = seededSnapshot();
  return fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'coordinator' } }) }),
    'frameworks.list': () => ({ ok: true, value: frameworkList(snapshot) }),
    'frameworks.versions': () => ({ ok: true, value: [version()] }),
    'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
    'frameworks.importPreview': preview,
    'frameworks.importApply': () => ({
      ok: true,
      value: { ...PREVIEW, frameworkId: FRAMEWORK_ID, versionId: VERSION_ID, versionNumber: 1 },
    }),
    'frameworks.export': () => ({
      ok: true,
      value: { fileName: 'ASN-38-2017-v1.case.json', contentBase64: btoa('{}') },
    }),
  });
}

/** Mantine's FileInput is a labelled button over a hidden <input type="file">: upload into the latter. */
function fileInput(): HTMLInputElement {
  expect(screen.getByRole('button', { name: 'Berkas' })).toBeInTheDocument();
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

async function openExchange() {
  const view = renderApp();
  await view.user.click(await screen.findByRole('tab', { name: 'Impor dan ekspor' }));
  return view;
}

describe('Kamus Kompetensi: import and export', () => {
  it('shows the file problems naming row and column, and imports nothing', async () => {
    const calls = exchangeMain(() => ({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message:
          'Masukan tidak dapat diproses: tek.csv: 1 masalah; tidak ada yang diimpor / tek.csv: 1 problem(s); nothing was imported',
        details: [{ path: 'baris 4, kolom Parent id number', message: 'induk "X" tidak ada' }],
      },
    }));
    const { user } = await openExchange();
    await user.upload(fileInput(), new File(['a,b'], 'tek.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Pratinjau' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('baris 4, kolom Parent id number: induk "X" tidak ada');
    expect(alert).toHaveTextContent('tek.csv: 1 masalah; tidak ada yang diimpor');
    expect(screen.queryByRole('button', { name: 'Terapkan impor' })).not.toBeInTheDocument();
    expect(calls.find((c) => c.name === 'frameworks.importPreview')?.input).toEqual({
      fileName: 'tek.csv',
      contentBase64: btoa('a,b'),
    });
    expect(calls.map((c) => c.name)).not.toContain('frameworks.importApply');
  });

  it('previews the counts, then applies the same file', async () => {
    const calls = exchangeMain(() => ({ ok: true, value: PREVIEW }));
    const { user } = await openExchange();
    await user.upload(fileInput(), new File(['x'], 'tek.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Pratinjau' }));
    const preview = await screen.findByTestId('import-preview');
    expect(preview).toHaveTextContent('Kerangka baru akan dibuat');
    expect(within(preview).getByTestId('import-count-nodes')).toHaveTextContent('21');
    expect(within(preview).queryByTestId('import-standards')).toBeNull(); // a Moodle file carries no standards
    await user.click(within(preview).getByRole('button', { name: 'Terapkan impor' }));
    expect(await screen.findByTestId('import-applied')).toHaveTextContent('Pengadaan Barang/Jasa, versi 1');
    expect(calls.find((c) => c.name === 'frameworks.importApply')?.input).toEqual({
      fileName: 'tek.csv',
      contentBase64: btoa('x'),
    });
  });

  it('shows the position standards a CASE file brings, and lets a standards-only change be applied', async () => {
    exchangeMain(() => ({
      ok: true,
      value: { ...PREVIEW, format: 'case', action: 'no-change', standards: { new: 1, changed: 0, unchanged: 14 } },
    }));
    const { user } = await openExchange();
    await user.upload(fileInput(), new File(['{}'], 'asn.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Pratinjau' }));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-standards')).toHaveTextContent('Standar kompetensi jabatan: 1 baru, 0 berubah, 14 tidak berubah');
    expect(within(preview).getByRole('button', { name: 'Terapkan impor' })).toBeEnabled();
  });

  it('exports the shown version in the chosen format as a download', async () => {
    const created = vi.fn(() => 'blob:asesa/1');
    Object.defineProperty(URL, 'createObjectURL', { value: created, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const calls = exchangeMain(() => ({ ok: true, value: PREVIEW }));
    const { user } = await openExchange();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format ekspor' }), 'moodle');
    await user.click(screen.getByRole('button', { name: 'Ekspor' }));
    expect(await screen.findByTestId('export-done')).toHaveTextContent('ASN-38-2017-v1.case.json');
    expect(calls.find((c) => c.name === 'frameworks.export')?.input).toEqual({
      format: 'moodle',
      versionId: VERSION_ID,
    });
    expect(created).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('refuses a technical competency with empty texts and a code with a space', async () => {
    const calls = exchangeMain(() => ({ ok: true, value: PREVIEW }));
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Tambah kompetensi teknis' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /^Kode kompetensi/ }), 'TEK PBJ');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findAllByText('Wajib diisi.')).not.toHaveLength(0);
    expect(within(dialog).getByRole('textbox', { name: /^Kode kompetensi/ })).toHaveAccessibleDescription(
      /Kode unik tanpa spasi atau koma/,
    );
    expect(calls.map((c) => c.name)).not.toContain('frameworks.addTechnical');
  });
});
