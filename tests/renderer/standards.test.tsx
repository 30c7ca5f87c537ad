import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PositionStandard } from '../../shared/schemas/position-standard';
import { JENJANG_DEFAULTS, FRAMEWORK_ID, frameworkList, seededSnapshot, standard, version } from './dictionary-fakes';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/standards';
});

const DEFAULT_PENGAWAS = standard({
  id: '01900000-0000-7000-8000-0000000000b2',
  name: 'Standar bawaan — Pengawas',
  jenjang: 'pengawas',
  unit: '',
  isDefault: true,
});

function standardsMain(list: PositionStandard[] = [standard(), DEFAULT_PENGAWAS]) {
  const snapshot = seededSnapshot();
  return fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'coordinator' } }) }),
    'standards.list': (input) => {
      const jenjang = (input as { jenjang?: string }).jenjang;
      return { ok: true, value: list.filter((s) => !jenjang || s.jenjang === jenjang) };
    },
    'standards.get': (input) => ({ ok: true, value: list.find((s) => s.id === (input as { id: string }).id)! }),
    'standards.jenjangDefaults': () => ({ ok: true, value: JENJANG_DEFAULTS }),
    'frameworks.list': () => ({ ok: true, value: frameworkList(snapshot) }),
    'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
    'standards.update': (input) => {
      const i = input as { id: string; fields: Omit<PositionStandard, 'id'> };
      return { ok: true, value: { ...list.find((s) => s.id === i.id)!, ...i.fields, verify: true } };
    },
  });
}

describe('Standar Kompetensi Jabatan: list', () => {
  it('lists standards with group, jenjang and badges, searches and filters by jenjang', async () => {
    const calls = standardsMain();
    const { user } = renderApp();
    const table = await screen.findByTestId('standards-table');
    expect(within(table).getAllByTestId('standard-row')).toHaveLength(2);
    const first = within(table).getAllByTestId('standard-row')[0]!;
    expect(first).toHaveTextContent('Kepala Bidang');
    expect(first).toHaveTextContent('Jabatan Administrasi');
    expect(first).toHaveTextContent('Administrator');
    expect(first).toHaveTextContent('Perlu verifikasi');
    expect(within(table).getAllByTestId('standard-row')[1]).toHaveTextContent('Bawaan');

    await user.type(screen.getByRole('searchbox', { name: 'Cari standar' }), 'kepala');
    expect(within(table).getAllByTestId('standard-row')).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Cari standar' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Saring menurut jenjang' }), 'pengawas');
    await waitFor(() => expect(screen.getAllByTestId('standard-row')).toHaveLength(1));
    expect(screen.getByTestId('standard-row')).toHaveTextContent('Standar bawaan — Pengawas');
    expect(calls.filter((c) => c.name === 'standards.list').at(-1)?.input).toEqual({ jenjang: 'pengawas' });
  });
});

describe('Standar Kompetensi Jabatan: the level grid', () => {
  it('sets a level by click and by keyboard, shows the jenjang default, and saves the requirements', async () => {
    const calls = standardsMain();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ubah Kepala Bidang' }));
    const grid = await screen.findByTestId('level-grid');

    // The jenjang default (Administrator: 3) is shown beside each managerial row.
    expect(within(grid).getByTestId('grid-default-INT')).toHaveTextContent('3');
    const intRow = within(grid).getByRole('radiogroup', { name: 'Integritas' });
    expect(within(intRow).getByRole('radio', { name: 'Level 3' })).toBeChecked();

    // By click: Integritas → level 4.
    await user.click(within(intRow).getByRole('radio', { name: 'Level 4' }));
    expect(within(intRow).getByRole('radio', { name: 'Level 4' })).toBeChecked();
    expect(within(intRow).getByRole('radio', { name: 'Level 3' })).not.toBeChecked();

    // By keyboard: Tab reaches Kerja Sama's checked cell; ArrowRight moves to 4, End to 5, ArrowLeft back to 4.
    const ksRow = within(grid).getByRole('radiogroup', { name: 'Kerja Sama' });
    within(ksRow).getByRole('radio', { name: 'Level 3' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(ksRow).getByRole('radio', { name: 'Level 4' })).toBeChecked();
    expect(within(ksRow).getByRole('radio', { name: 'Level 4' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(ksRow).getByRole('radio', { name: 'Level 5' })).toBeChecked();
    await user.keyboard('{ArrowLeft}');
    expect(within(ksRow).getByRole('radio', { name: 'Level 4' })).toBeChecked();
    // Only the checked cell is in the tab order (one tab stop per row).
    expect(
      within(ksRow)
        .getAllByRole('radio')
        .filter((r) => r.tabIndex === 0),
    ).toHaveLength(1);

    // Perekat Bangsa: Home = not required; a weight for Komunikasi.
    const pbRow = within(grid).getByRole('radiogroup', { name: 'Perekat Bangsa' });
    within(pbRow).getByRole('radio', { name: 'Level 3' }).focus();
    await user.keyboard('{Home}');
    expect(within(pbRow).getByRole('radio', { name: 'Tidak disyaratkan' })).toBeChecked();
    await user.type(within(grid).getByRole('textbox', { name: 'Bobot Komunikasi' }), '20');

    await user.click(screen.getByRole('button', { name: 'Simpan standar' }));
    expect(await screen.findByTestId('standard-saved')).toHaveTextContent('Standar disimpan.');
    const sent = calls.find((c) => c.name === 'standards.update')?.input as {
      id: string;
      fields: { requirements: Array<{ competency: string; level: number; weight: number | null }> };
    };
    expect(sent.id).toBe(standard().id);
    expect(sent.fields).toMatchObject({
      name: 'Kepala Bidang',
      jenjang: 'administrator',
      unit: 'Bidang Pengembangan Kompetensi',
      frameworkId: FRAMEWORK_ID,
    });
    expect(sent.fields.requirements).toEqual([
      { competency: 'INT', level: 4, weight: null },
      { competency: 'KS', level: 4, weight: null },
      { competency: 'KOM', level: 3, weight: 20 },
      { competency: 'OPH', level: 3, weight: null },
      { competency: 'PP', level: 3, weight: null },
      { competency: 'PDOL', level: 3, weight: null },
      { competency: 'MP', level: 3, weight: null },
      { competency: 'PK', level: 3, weight: null },
    ]);
  });

  it("shows the main side's validation message when saving fails", async () => {
    standardsMain();
    const snapshot = seededSnapshot();
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'standards.list': () => ({ ok: true, value: [standard()] }),
      'standards.get': () => ({ ok: true, value: standard() }),
      'standards.jenjangDefaults': () => ({ ok: true, value: JENJANG_DEFAULTS }),
      'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
      'standards.update': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Data tidak valid. Periksa isian yang ditandai.',
          details: [{ path: 'requirements.0.competency', message: '"INT" bukan kompetensi dalam kerangka ini' }],
        },
      }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ubah Kepala Bidang' }));
    await screen.findByTestId('level-grid');
    await user.click(screen.getByRole('button', { name: 'Simpan standar' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data tidak valid');
    expect(alert).toHaveTextContent('requirements.0.competency: "INT" bukan kompetensi dalam kerangka ini');
  });

  it('refuses an empty post name before calling the main side', async () => {
    const calls = standardsMain();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ubah Kepala Bidang' }));
    await screen.findByTestId('level-grid');
    await user.clear(screen.getByRole('textbox', { name: /^Nama jabatan/ }));
    await user.click(screen.getByRole('button', { name: 'Simpan standar' }));
    expect(await screen.findByText('Wajib diisi.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('standards.update');
  });
});

describe('Standar Kompetensi Jabatan: create and delete', () => {
  it('creates a standard from the jenjang defaults with the post details typed', async () => {
    const created = standard({ id: '01900000-0000-7000-8000-0000000000b3', name: 'Kepala Seksi', jenjang: 'pengawas' });
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'coordinator' } }) }),
      'standards.list': () => ({ ok: true, value: [standard()] }),
      'standards.createFromJenjang': () => ({ ok: true, value: created }),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Buat standar dari level bawaan jenjang' });
    await user.click(within(form).getByRole('button', { name: 'Buat standar' }));
    expect(await within(form).findByText('Wajib diisi.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('standards.createFromJenjang');

    await user.type(within(form).getByRole('textbox', { name: /^Nama jabatan/ }), 'Kepala Seksi');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Jenjang/ }), 'pengawas');
    await user.type(within(form).getByRole('textbox', { name: 'Unit kerja' }), 'Bidang Mutasi');
    await user.click(within(form).getByRole('button', { name: 'Buat standar' }));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('standards.createFromJenjang'));
    expect(calls.find((c) => c.name === 'standards.createFromJenjang')?.input).toEqual({
      name: 'Kepala Seksi',
      jenjang: 'pengawas',
      unit: 'Bidang Mutasi',
      agency: '',
    });
  });

  it('deletes a standard only after a confirmation, and keeps a refusal inside the dialog', async () => {
    let refuse = true;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'standards.list': () => ({ ok: true, value: [standard()] }),
      'standards.get': () => ({ ok: true, value: standard() }),
      'standards.jenjangDefaults': () => ({ ok: true, value: JENJANG_DEFAULTS }),
      'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot: seededSnapshot() } }),
      'standards.delete': () =>
        refuse
          ? { ok: false, error: { code: 'CONFLICT', message: 'Data sudah ada: standar dipakai kegiatan.' } }
          : { ok: true, value: { deleted: true } },
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ubah Kepala Bidang' }));
    await screen.findByTestId('level-grid');
    await user.click(screen.getByRole('button', { name: 'Hapus standar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus standar' });
    expect(dialog).toHaveTextContent('Hapus standar "Kepala Bidang"?');
    expect(calls.map((c) => c.name)).not.toContain('standards.delete');

    await user.click(within(dialog).getByRole('button', { name: 'Hapus standar' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('standar dipakai kegiatan');
    expect(screen.getByTestId('standard-editor')).toBeInTheDocument();

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Hapus standar' }));
    expect(await screen.findByTestId('standards-table')).toBeInTheDocument();
    expect(screen.queryByTestId('standard-editor')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'standards.delete').map((c) => c.input)).toEqual([
      { id: standard().id },
      { id: standard().id },
    ]);
  });
});
