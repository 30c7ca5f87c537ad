import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EditResult } from '../../shared/schemas/dictionary';
import { i18n } from '../../renderer/lib/i18n';
import { FRAMEWORK_ID, VERSION_ID, frameworkList, seededSnapshot, version } from './dictionary-fakes';
import { fakeMain, renderApp, resetApp, status, ADMIN } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/dictionary';
});

function dictionaryMain(edit?: (input: unknown) => EditResult) {
  const snapshot = seededSnapshot();
  return fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'coordinator' } }) }),
    'frameworks.list': () => ({ ok: true, value: frameworkList(snapshot) }),
    'frameworks.versions': () => ({ ok: true, value: [version()] }),
    'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
    'frameworks.updateNode': (input) => ({
      ok: true,
      value: edit?.(input) ?? { versionId: VERSION_ID, versionNumber: 1, newVersion: false, node: null },
    }),
  });
}

const shownCompetencies = () =>
  within(screen.getByTestId('competency-tree'))
    .getAllByTestId(/^tree-competency-/)
    .map((el) => el.dataset.testid?.replace('tree-competency-', ''));

describe('Kamus Kompetensi: tree and search', () => {
  it('shows the 9 seeded competencies with their type and the verify notice', async () => {
    dictionaryMain();
    renderApp();
    await screen.findByTestId('competency-tree');
    await waitFor(() =>
      expect(shownCompetencies()).toEqual(['INT', 'KS', 'KOM', 'OPH', 'PP', 'PDOL', 'MP', 'PK', 'PB']),
    );
    const pb = screen.getByTestId('tree-competency-PB');
    expect(pb).toHaveTextContent('Perekat Bangsa');
    expect(pb).toHaveTextContent('Sosial Kultural');
    expect(screen.getByTestId('tree-competency-INT')).toHaveTextContent('Manajerial');
    expect(screen.getByTestId('verify-note')).toHaveTextContent(
      'Teks perlu diverifikasi terhadap Lampiran Permenpan RB 38/2017',
    );
    expect(screen.getByTestId('verify-note')).toHaveTextContent('PERLU VERIFIKASI');
  });

  it('filters by an Indonesian term, an English term, and a term found only in an indicator', async () => {
    dictionaryMain();
    const { user } = renderApp();
    const search = await screen.findByRole('searchbox', { name: /^Cari kompetensi/ });

    await user.click(search);
    await user.paste('pelayanan');
    await waitFor(() => expect(shownCompetencies()).toEqual(['PP']));
    expect(screen.getByText('1 kompetensi cocok')).toBeInTheDocument();

    await user.clear(search);
    await user.click(search);
    await user.paste('diversity'); // English text of Perekat Bangsa only
    await waitFor(() => expect(shownCompetencies()).toEqual(['PB']));

    await user.clear(search);
    await user.click(search);
    await user.paste('gratifikasi'); // only in indicator INT 5.1: its level opens to show it
    await waitFor(() => expect(shownCompetencies()).toEqual(['INT']));
    const tree = screen.getByTestId('competency-tree');
    expect(within(tree).getByText('5.1')).toBeInTheDocument();
    expect(within(tree).getByText('gratifikasi', { selector: 'mark' })).toBeInTheDocument();

    await user.clear(search);
    await user.click(search);
    await user.paste('tidak-ada-kata-ini');
    await waitFor(() => expect(within(tree).queryAllByTestId(/^tree-competency-/)).toHaveLength(0));
    expect(screen.getByText('Tidak ada yang cocok dengan "tidak-ada-kata-ini".')).toBeInTheDocument();

    await user.clear(search);
    await waitFor(() => expect(shownCompetencies()).toHaveLength(9));
  });

  it('searches in English when the interface is English too', async () => {
    dictionaryMain();
    const { user } = renderApp();
    await screen.findByTestId('competency-tree');
    await i18n.changeLanguage('en');
    const search = await screen.findByRole('searchbox', { name: /^Search competencies/ });
    await user.click(search);
    await user.paste('Decision Making');
    await waitFor(() => expect(shownCompetencies()).toEqual(['PK']));
    expect(screen.getByTestId('tree-competency-PK')).toHaveTextContent('Decision Making');
  });
});

describe('Kamus Kompetensi: editing', () => {
  it('shows the five levels side by side and edits an indicator through frameworks.updateNode', async () => {
    const calls = dictionaryMain(() => ({ versionId: VERSION_ID, versionNumber: 1, newVersion: false, node: null }));
    const { user } = renderApp();
    await user.click(await screen.findByTestId('tree-competency-INT'));
    const detail = screen.getByTestId('competency-detail');
    expect(within(detail).getByRole('heading', { name: 'Integritas' })).toBeInTheDocument();
    for (const l of [1, 2, 3, 4, 5]) expect(screen.getByTestId(`level-INT.L${l}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ubah indikator 3.1' }));
    const dialog = await screen.findByRole('dialog');
    const text = within(dialog).getByRole('textbox', { name: /^Indikator 3\.1 \(Bahasa Indonesia\)/ });
    expect(text).toHaveValue(seededSnapshot().nodes.find((n) => n.idNumber === 'INT.3.1')?.description.id);
    await user.clear(text);
    await user.type(text, 'Menetapkan aturan perilaku tim dan memeriksa kepatuhannya setiap bulan.');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    const sent = calls.filter((c) => c.name === 'frameworks.updateNode');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.input).toEqual({
      frameworkId: FRAMEWORK_ID,
      idNumber: 'INT.3.1',
      description: {
        id: 'Menetapkan aturan perilaku tim dan memeriksa kepatuhannya setiap bulan.',
        en: 'Sets clear conduct rules for the team, explains them to the members and checks compliance regularly.',
      },
    });
    expect(await screen.findByTestId('edit-saved')).toHaveTextContent('Perubahan disimpan pada versi 1.');
  });

  it('refuses an empty indicator text before calling the main side', async () => {
    const calls = dictionaryMain();
    const { user } = renderApp();
    await user.click(await screen.findByTestId('tree-competency-INT'));
    await user.click(screen.getByRole('button', { name: 'Ubah indikator 3.1' }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Indikator 3\.1 \(Bahasa Indonesia\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('frameworks.updateNode');
  });

  it('says clearly when an edit created a new version because a batch used the old one', async () => {
    dictionaryMain(() => ({ versionId: VERSION_ID, versionNumber: 2, newVersion: true, node: null }));
    const { user } = renderApp();
    await user.click(await screen.findByTestId('tree-competency-INT'));
    await user.click(screen.getByRole('button', { name: 'Ubah deskripsi level 3' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /^Deskripsi level 3 \(Bahasa Inggris\)/ }), '.');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('edit-new-version')).toHaveTextContent(/VERSI BARU 2/);
  });

  it('shows a main-side validation error inside the dialog and keeps it open', async () => {
    const snapshot = seededSnapshot();
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'frameworks.list': () => ({ ok: true, value: frameworkList(snapshot) }),
      'frameworks.versions': () => ({ ok: true, value: [version()] }),
      'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
      'frameworks.updateNode': () => ({
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: 'Data tidak ditemukan.',
          details: [{ path: 'idNumber', message: '"INT.3.1" tidak ada dalam kerangka ini' }],
        },
      }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId('tree-competency-INT'));
    await user.click(screen.getByRole('button', { name: 'Ubah indikator 3.1' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('"INT.3.1" tidak ada dalam kerangka ini');
  });
});

describe('Kamus Kompetensi: removing an indicator', () => {
  it('asks first, keeps a refusal inside the dialog, and removes through frameworks.removeIndicator', async () => {
    const snapshot = seededSnapshot();
    let refuse = true;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'frameworks.list': () => ({ ok: true, value: frameworkList(snapshot) }),
      'frameworks.versions': () => ({ ok: true, value: [version()] }),
      'frameworks.get': () => ({ ok: true, value: { version: version(), snapshot } }),
      'frameworks.removeIndicator': () =>
        refuse
          ? { ok: false, error: { code: 'VALIDATION', message: 'Data tidak valid: level tanpa indikator.' } }
          : { ok: true, value: { versionId: VERSION_ID, versionNumber: 1, newVersion: false, node: null } },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId('tree-competency-INT'));
    await user.click(screen.getByRole('button', { name: 'Hapus indikator 3.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus indikator 3.1' });
    expect(dialog).toHaveTextContent('Tindakan ini tercatat di jejak audit.');
    expect(calls.map((c) => c.name)).not.toContain('frameworks.removeIndicator');

    await user.click(within(dialog).getByRole('button', { name: 'Hapus indikator 3.1' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('level tanpa indikator');

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Hapus indikator 3.1' }));
    expect(await screen.findByTestId('edit-saved')).toHaveTextContent('Perubahan disimpan pada versi 1.');
    expect(screen.queryByRole('dialog', { name: 'Hapus indikator 3.1' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'frameworks.removeIndicator').map((c) => c.input)).toEqual([
      { frameworkId: FRAMEWORK_ID, idNumber: 'INT.3.1' },
      { frameworkId: FRAMEWORK_ID, idNumber: 'INT.3.1' },
    ]);
  });
});
