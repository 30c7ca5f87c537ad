import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, Participant } from '../../shared/schemas/participant';
import { fakeMain, renderApp, resetApp, status } from './harness';

// jsdom does no layout: give the list's scroll box the height it has on screen, so the
// virtualiser has a viewport to fill (every other element keeps jsdom's 0).
const realClientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.getAttribute('data-testid') === 'participant-scroller' ? 520 : 0;
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', realClientHeight);
});

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/participants';
});

const TOTAL = 50_000;
const nipOf = (i: number) => `19850101201001${i % 2 ? 1 : 2}${String((i % 999) + 1).padStart(3, '0')}`;
function person(i: number, unit = `Dinas ${i % 40}`): Participant {
  return {
    id: `p-${i}`,
    kind: 'pns',
    nip: nipOf(i),
    name: `Peserta ${i}`,
    titleBefore: null,
    titleAfter: i % 3 === 0 ? 'S.E.' : null,
    sex: 'M',
    birthDate: '1985-01-01',
    golongan: 'III/c',
    golonganName: 'Penata',
    jabatan: 'Analis Kebijakan',
    jenjang: 'ahli-muda',
    unit,
    agency: 'Pemprov Kaltim',
    email: null,
    phone: null,
    revision: 1,
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
  };
}

/** participants.search over 50,000 generated people, or three for the query "Bappeda". */
function searchReply(input: unknown) {
  const { query, offset, limit } = input as { query: string; offset: number; limit: number };
  if (query === 'Bappeda') {
    const items = [1, 2, 3].map((i) => person(90_000 + i, 'Bappeda'));
    return { ok: true as const, value: { total: 3, items: items.slice(offset, offset + limit) } };
  }
  const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, k) => person(offset + k));
  return { ok: true as const, value: { total: TOTAL, items } };
}

describe('Peserta: editing', () => {
  it('after a STALE refusal loads the stored version into the form and the list, then saves on it', async () => {
    const theirs = { ...person(1), name: 'Peserta Satu Baru', revision: 2 };
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'participants.search': searchReply,
      'participants.get': () => ({ ok: true, value: theirs }),
      'participants.update': (input) =>
        (input as { revision: number }).revision === theirs.revision
          ? { ok: true, value: { ...theirs, revision: 3 } }
          : { ok: false, error: { code: 'STALE', message: 'Sudah diubah orang lain (Peserta Satu Baru, rev. 2).' } },
    });
    const { user } = renderApp();
    const list = await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(await within(list).findByRole('button', { name: 'Ubah Peserta 1' }));
    const form = await screen.findByRole('form', { name: 'Ubah data peserta' });
    const name = within(form).getByRole('textbox', { name: /^Nama/ });
    await user.clear(name);
    await user.type(name, 'Nama saya');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));

    const alert = await within(form).findByTestId('error-alert');
    expect(alert).toHaveTextContent('Sudah diubah orang lain (Peserta Satu Baru, rev. 2).');
    expect(name).toHaveValue('Nama saya');
    const searches = calls.filter((c) => c.name === 'participants.search').length;
    await user.click(within(alert).getByRole('button', { name: 'Muat versi terbaru' }));
    await waitFor(() => expect(name).toHaveValue('Peserta Satu Baru'));
    expect(within(form).queryByTestId('error-alert')).toBeNull();
    await waitFor(() => expect(calls.filter((c) => c.name === 'participants.search').length).toBeGreaterThan(searches));

    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Ubah data peserta' })).not.toBeInTheDocument());
    expect(calls.filter((c) => c.name === 'participants.update').map((c) => (c.input as { revision: number }).revision)).toEqual([1, 2]);
  });
});

describe('Peserta: registry list', () => {
  it('renders only a window of rows for 50,000 participants, with grouped NIPs, and searches', async () => {
    const calls = fakeMain({ 'app.status': () => ({ ok: true, value: status() }), 'participants.search': searchReply });
    const { user } = renderApp();
    const list = await screen.findByRole('table', { name: 'Daftar peserta' });
    expect(await screen.findByText('50000 peserta')).toBeInTheDocument();
    expect(list).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    await within(list).findByText('Peserta 1');
    const rows = within(list).getAllByTestId('participant-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60); // a window, not 50,000 rows
    expect(within(list).getByText('19850101 201001 2 001')).toBeInTheDocument();
    expect(within(list).getByText('Peserta 3, S.E.')).toBeInTheDocument();
    // Only the first page was asked for, never the whole registry.
    expect(calls.filter((c) => c.name === 'participants.search').map((c) => c.input)).toEqual([
      { query: '', offset: 0, limit: 100 },
    ]);

    await user.type(screen.getByRole('searchbox', { name: /Cari peserta/ }), 'Bappeda');
    expect(await screen.findByText('3 peserta')).toBeInTheDocument();
    expect(within(list).getAllByTestId('participant-row')).toHaveLength(3);
    expect(within(list).queryByText('Peserta 1')).not.toBeInTheDocument();
    // Debounced: one search for the finished word, not one per key.
    const queries = calls
      .filter((c) => c.name === 'participants.search')
      .map((c) => (c.input as { query: string }).query);
    expect(queries).toEqual(['', 'Bappeda']);
  });

  it('checks the NIP while typing: shows the derived birth date and sex, and refuses a bad NIP', async () => {
    const calls = fakeMain({ 'app.status': () => ({ ok: true, value: status() }), 'participants.search': searchReply });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Tambah peserta' }));
    const form = await screen.findByRole('form', { name: 'Peserta baru' });
    const nip = within(form).getByRole('textbox', { name: /^NIP/ });
    await user.type(nip, '19660801 198803 2 001');
    expect(within(form).getByTestId('nip-derived')).toHaveTextContent('Menurut NIP: lahir 1 Agustus 1966, perempuan');
    await user.clear(nip);
    await user.type(nip, '19661301198803 1 001');
    await user.type(within(form).getByRole('textbox', { name: /^Nama/ }), 'Budi');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(
      await within(form).findByText(/Digit 1–8 NIP \(19661301\) bukan tanggal lahir yang valid/),
    ).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('participants.create');
  });
});

const COLUMNS = [
  { index: 0, header: 'NIP', field: 'nip' as const },
  { index: 1, header: 'Nama sesuai SK', field: null },
  { index: 2, header: 'Unit Kerja', field: 'unit' as const },
];
function preview(over: Partial<ImportPreview>): ImportPreview {
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    sheets: [],
    sheet: null,
    columns: COLUMNS,
    missingFields: [],
    counts: { rows: 4, new: 2, updated: 1, unchanged: 0, rejected: 1 },
    problems: [],
    changes: [],
    ...over,
  };
}

describe('Peserta: import wizard', () => {
  it('maps an unrecognised column by hand, lists problems by row and column, shows diffs, and sends mapping and mode', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'participants.search': searchReply,
      'participants.importPreview': (input) =>
        (input as { mapping?: unknown }).mapping
          ? {
              ok: true,
              value: preview({
                columns: COLUMNS.map((c) => (c.index === 1 ? { ...c, field: 'name' as const } : c)),
                problems: [
                  {
                    row: 4,
                    column: 'NIP',
                    code: 'scientific',
                    text: {
                      id: 'NIP "1.97E+17" telah diubah menjadi angka',
                      en: 'NIP "1.97E+17" was turned into a number',
                    },
                  },
                ],
                changes: [
                  {
                    row: 3,
                    nip: '196608011988031001',
                    name: 'Ani',
                    fields: [{ field: 'unit', old: 'Bappeda', new: 'Dinas Pendidikan' }],
                  },
                ],
              }),
            }
          : {
              ok: true,
              value: preview({
                missingFields: ['name'],
                counts: { rows: 4, new: 0, updated: 0, unchanged: 0, rejected: 4 },
              }),
            },
      'participants.importApply': () => ({
        ok: true,
        value: { counts: { rows: 4, new: 2, updated: 1, unchanged: 0, rejected: 1 }, problems: [] },
      }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Impor dari berkas' }));
    const file = new File(['NIP;Nama sesuai SK;Unit Kerja\n'], 'peserta.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText(/^Berkas peserta/), file);

    const nameColumn = await screen.findByRole('combobox', { name: 'Kolom 2: "Nama sesuai SK"' });
    expect(screen.getByText(/Kolom wajib belum dipetakan: Nama/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lanjut' })).toBeDisabled();
    await user.selectOptions(nameColumn, 'name');
    await user.click(screen.getByRole('button', { name: 'Lanjut' }));

    const problems = await screen.findByTestId('import-problems');
    const row = within(problems).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', 'NIP', 'NIP "1.97E+17" telah diubah menjadi angka']);
    const changes = screen.getByTestId('import-changes');
    expect(within(changes).getByText('Bappeda').tagName).toBe('DEL');
    expect(within(changes).getByText('Dinas Pendidikan').tagName).toBe('INS');
    expect(screen.getByTestId('count-rejected')).toHaveTextContent('Ditolak: 1');

    await user.click(screen.getByRole('radio', { name: 'Jangan impor apa pun bila ada baris yang ditolak' }));
    await user.click(screen.getByRole('button', { name: 'Impor sekarang' }));
    expect(await screen.findByTestId('import-result')).toHaveTextContent('2 peserta baru, 1 diperbarui');

    const sent = calls.find((c) => c.name === 'participants.importApply')?.input as Record<string, unknown>;
    expect(sent).toMatchObject({ fileName: 'peserta.csv', mode: 'all-or-nothing' });
    expect(sent.mapping).toMatchObject({ nip: 0, name: 1, unit: 2, jabatan: null });
    expect(atob(sent.contentBase64 as string)).toBe('NIP;Nama sesuai SK;Unit Kerja\n');
  });

  it('shows why a file is refused and stays on the file step', async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'participants.search': searchReply,
      'participants.importPreview': () => ({ ok: false, error: { code: 'BAD_INPUT', message: 'Berkas kosong.' } }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Impor dari berkas' }));
    await user.upload(await screen.findByLabelText(/^Berkas peserta/), new File([''], 'kosong.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas kosong.');
    await waitFor(() => expect(screen.getByLabelText(/^Berkas peserta/)).toBeEnabled());
  });
});

describe('Peserta: delete', () => {
  it('deletes only after a confirmation, keeps a refusal inside the dialog, then reloads the list', async () => {
    let refuse = true;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'participants.search': searchReply,
      'participants.delete': () =>
        refuse
          ? { ok: false, error: { code: 'CONFLICT', message: 'Data sudah ada: peserta terdaftar di kegiatan.' } }
          : { ok: true, value: { deleted: true } },
    });
    const { user } = renderApp();
    const list = await screen.findByRole('table', { name: 'Daftar peserta' });
    await user.click(await within(list).findByRole('button', { name: 'Hapus Peserta 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus peserta' });
    expect(dialog).toHaveTextContent('Hapus Peserta 1 (NIP 19850101 201001 1 002) dari daftar peserta?');
    expect(calls.map((c) => c.name)).not.toContain('participants.delete');

    await user.click(within(dialog).getByRole('button', { name: 'Hapus' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('peserta terdaftar di kegiatan');

    refuse = false;
    const searches = calls.filter((c) => c.name === 'participants.search').length;
    await user.click(within(dialog).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hapus peserta' })).not.toBeInTheDocument());
    expect(calls.filter((c) => c.name === 'participants.delete').map((c) => c.input)).toEqual([
      { id: 'p-1' },
      { id: 'p-1' },
    ]);
    await waitFor(() => expect(calls.filter((c) => c.name === 'participants.search').length).toBeGreaterThan(searches));
  });
});
