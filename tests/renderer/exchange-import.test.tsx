import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { ExchangePreview } from '../../shared/contract/channels/exchange';
import { fakeMain, renderApp, resetApp } from './harness';
import { ENCRYPTED_FILE, preview } from './exchange-fakes';
import { asRole, fail, ok } from './settings-fakes';

const APPLIED = {
  importId: 'imp-1',
  packageId: '01938f2a-0000-7000-8000-00000000abcd',
  backupFile: 'asesa-2026-11-23T05-00-00-pre-import.db',
  tables: [{ table: 'participant', inserted: 3, updated: 1, unchanged: 5, keptMine: 1, localNewer: 0 }],
};

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/exchange/import';
});

function main(shown: ExchangePreview, previewReply?: (input: unknown) => Envelope<ExchangePreview>) {
  return fakeMain({
    'app.status': asRole('admin'),
    'exchange.preview': previewReply ?? (() => ok(shown)),
    'exchange.apply': () => ok(APPLIED),
  });
}

/** Mantine's FileInput is a labelled button over a hidden <input type="file">: upload into the latter. */
async function pickPackage(
  user: ReturnType<typeof renderApp>['user'],
  bytes: Uint8Array<ArrayBuffer> = ENCRYPTED_FILE,
) {
  await screen.findByRole('button', { name: /Berkas paket/ });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, new File([bytes], 'BKPSDM-SMD.asesa'));
}

async function openPreview(shown: ExchangePreview) {
  const calls = main(shown);
  const view = renderApp();
  await pickPackage(view.user);
  await view.user.type(await screen.findByLabelText(/^Frasa sandi paket/), 'kantor-samarinda-2026');
  await view.user.click(screen.getByRole('button', { name: 'Buka dan periksa paket' }));
  await screen.findByTestId('exchange-preview');
  return { calls, ...view };
}

describe('Pertukaran Data › import', () => {
  it('asks for the passphrase of an encrypted package and shows the main side message for a wrong one', async () => {
    let attempt = 0;
    const calls = main(preview(), () =>
      ++attempt === 1
        ? fail('BAD_INPUT', 'Berkas tidak dapat dibaca: kata sandi paket salah, atau berkas terenkripsi telah diubah')
        : ok(preview()),
    );
    const { user } = renderApp();
    await pickPackage(user);
    const field = await screen.findByLabelText(/^Frasa sandi paket/);
    await user.type(field, 'salah-sekali-2026');
    await user.click(screen.getByRole('button', { name: 'Buka dan periksa paket' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('kata sandi paket salah');
    expect(screen.queryByTestId('exchange-preview')).not.toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buka dan periksa paket' }));
    await screen.findByTestId('exchange-preview');
    const sent = calls
      .filter((c) => c.name === 'exchange.preview')
      .map((c) => c.input as { contentBase64: string; passphrase?: string });
    expect(sent.map((s) => s.passphrase)).toEqual(['salah-sekali-2026', 'kantor-samarinda-2026']);
    expect(atob(sent[1]!.contentBase64).startsWith('ASESA-ENC')).toBe(true);
  });

  it('opens an unencrypted package without a passphrase', async () => {
    const calls = main(preview({ encrypted: false }));
    const { user } = renderApp();
    await pickPackage(user, new TextEncoder().encode('PK\u0003\u0004rest'));
    await user.click(await screen.findByRole('button', { name: 'Buka dan periksa paket' }));
    await screen.findByTestId('exchange-preview');
    expect(screen.queryByLabelText(/^Frasa sandi paket/)).not.toBeInTheDocument();
    expect(calls.find((c) => c.name === 'exchange.preview')?.input).not.toHaveProperty('passphrase');
  });

  it('renders per-table counts and a conflict with both versions side by side, differing fields marked', async () => {
    await openPreview(preview());
    const counts = screen.getByTestId('preview-counts');
    const participants = within(counts).getByTestId('count-row-participant');
    expect(within(participants).getByRole('rowheader')).toHaveTextContent('Peserta');
    const cell = (row: HTMLElement, k: string) => row.querySelector(`[data-count="${k}"]`)?.textContent;
    expect([
      cell(participants, 'new'),
      cell(participants, 'changed'),
      cell(participants, 'unchanged'),
      cell(participants, 'conflict'),
      cell(participants, 'localNewer'),
    ]).toEqual(['3', '1', '5', '1', '0']);
    expect(cell(within(counts).getByTestId('count-row-rating'), 'localNewer')).toBe('1');

    const conflict = screen.getAllByTestId('conflict').find((c) => c.dataset.row === 'participant:p-1')!;
    const fields = within(conflict).getByTestId('conflict-fields');
    const headers = within(fields)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Kolom', 'Milik saya (kantor ini)', 'Milik mereka (BKPSDM-SMD)']);
    const name = fields.querySelector('tr[data-field="name"]')!;
    expect(name).toHaveAttribute('data-differs', 'true');
    expect(name.querySelector('[data-side="mine"]')).toHaveTextContent('Andi Wijaya');
    expect(name.querySelector('[data-side="theirs"]')).toHaveTextContent('Andi Wijaya, S.E.');
    expect(fields.querySelector('tr[data-field="jabatan"]')).not.toHaveAttribute('data-differs');
    expect(screen.getByTestId('unresolved')).toHaveTextContent('3 konflik belum diputuskan.');
    expect(screen.getByRole('button', { name: 'Terapkan paket' })).toBeDisabled();
  });

  it('sends keep mine / take theirs per row and per table, after a confirmation that mentions the backup', async () => {
    const { calls, user } = await openPreview(preview());
    const participant = screen.getAllByTestId('conflict').find((c) => c.dataset.row === 'participant:p-1')!;
    await user.click(within(participant).getByText('Ambil milik mereka'));
    const ratings = screen.getByTestId('conflict-table-rating');
    await user.click(within(ratings).getByRole('button', { name: 'Pertahankan milik saya' }));
    // A row's own choice overrides its table's.
    const r2 = screen.getAllByTestId('conflict').find((c) => c.dataset.row === 'rating:r-2')!;
    await user.click(within(r2).getByText('Ambil milik mereka'));
    expect(screen.queryByTestId('unresolved')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terapkan paket' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('dicadangkan terlebih dahulu');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, terapkan' }));
    await screen.findByTestId('apply-result');
    expect(calls.find((c) => c.name === 'exchange.apply')?.input).toEqual({
      previewId: 'pv-1',
      resolutions: { tables: { rating: 'mine' }, rows: { 'participant:p-1': 'theirs', 'rating:r-2': 'theirs' } },
      trustSigner: false,
    });
    expect(screen.getByTestId('apply-result')).toHaveTextContent('asesa-2026-11-23T05-00-00-pre-import.db');
  });

  it('requires the trust checkbox for an unknown signer and sends trustSigner', async () => {
    const unknown = preview({
      tables: [{ table: 'batch', new: 1, changed: 0, unchanged: 0, conflict: 0, localNewer: 0 }],
      conflicts: [],
      conflictCount: 0,
    });
    unknown.signer.trust = 'unknown';
    const { calls, user } = await openPreview(unknown);
    expect(screen.getByTestId('unknown-signer')).toHaveTextContent('belum ada di daftar kantor tepercaya');
    expect(screen.getByTestId('preview-fingerprint')).toBeInTheDocument();
    const apply = screen.getByRole('button', { name: 'Terapkan paket' });
    expect(apply).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /memercayai kantor ini/ }));
    expect(apply).toBeEnabled();
    await user.click(apply);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, terapkan' }));
    await screen.findByTestId('apply-result');
    expect(calls.find((c) => c.name === 'exchange.apply')?.input).toMatchObject({ trustSigner: true, resolutions: {} });
  });

  it('says when the package was already imported and does not offer to apply it', async () => {
    await openPreview(
      preview({ alreadyAppliedAt: '2026-11-22T03:00:00.000Z', conflicts: [], conflictCount: 0, tables: [] }),
    );
    expect(screen.getByTestId('already-applied')).toHaveTextContent('sudah pernah diterapkan');
    expect(screen.getByRole('button', { name: 'Terapkan paket' })).toBeDisabled();
  });

  it('keeps the preview open and shows the refusal when apply is refused', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'exchange.preview': () => ok(preview({ conflicts: [], conflictCount: 0, tables: [] })),
      'exchange.apply': () => fail('BAD_INPUT', 'Pratinjau kedaluwarsa; buka paketnya lagi.'),
    });
    const { user } = renderApp();
    await pickPackage(user);
    await user.type(await screen.findByLabelText(/^Frasa sandi paket/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buka dan periksa paket' }));
    await user.click(await screen.findByRole('button', { name: 'Terapkan paket' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, terapkan' }));
    await waitFor(() => expect(within(dialog).getByTestId('error-alert')).toHaveTextContent('Pratinjau kedaluwarsa'));
    expect(screen.queryByTestId('apply-result')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'exchange.apply')).toHaveLength(1);
  });
});
