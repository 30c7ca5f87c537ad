import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeMain, renderApp, resetApp } from './harness';
import { BATCH, FINGERPRINT } from './exchange-fakes';
import { asRole, fail, ok } from './settings-fakes';

const EXPORTED = {
  fileName: 'BPSDM-KALTIM-20261123.asesa',
  contentBase64: btoa('PK'),
  packageId: 'pkg-1',
  counts: { participant: 4, batch: 1 },
  pdfs: [] as string[],
};

beforeEach(async () => {
  await resetApp();
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:pkg'), revokeObjectURL: vi.fn() });
});

function main() {
  return fakeMain({
    'app.status': asRole('admin'),
    'batches.list': () => ok([BATCH]),
    'exchange.trusted.list': () => ok([]),
    'exchange.officeKey': () => ok({ officeCode: 'BPSDM-KALTIM', publicKey: 'MCow', fingerprint: FINGERPRINT }),
    'exchange.export': () => ok(EXPORTED),
  });
}

describe('Pertukaran Data › identity', () => {
  it('shows the office code and its key fingerprint in groups, with a copy button', async () => {
    main();
    window.location.hash = '#/exchange';
    renderApp();
    const fp = await screen.findByTestId('office-fingerprint');
    expect(fp.textContent?.replace(/\s+/g, '')).toBe(FINGERPRINT.replace(/\s+/g, ''));
    expect(fp).toHaveTextContent(FINGERPRINT.split(' ').slice(0, 8).join(' '));
    expect(within(screen.getByTestId('office-identity')).getByText('BPSDM-KALTIM')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Salin sidik jari' })).toBeInTheDocument();
  });
});

describe('Pertukaran Data › export wizard', () => {
  beforeEach(() => {
    window.location.hash = '#/exchange/export';
  });

  it('refuses mismatching passphrases without asking the main side', async () => {
    const calls = main();
    const { user } = renderApp();
    await user.type(await screen.findByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2025');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByText('Kedua frasa sandi tidak sama.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'exchange.export')).toBe(false);
  });

  it('refuses a passphrase that is too short', async () => {
    const calls = main();
    const { user } = renderApp();
    await user.type(await screen.findByLabelText(/^Frasa sandi/), 'pendek');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'pendek');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByText(/minimal 10 karakter/)).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'exchange.export')).toBe(false);
  });

  it('sends the chosen batch and the passphrase, then offers the package as a download', async () => {
    const calls = main();
    const { user } = renderApp();
    await user.click(await screen.findByLabelText('Satu batch beserta semua yang dibutuhkannya'));
    const select = screen.getByRole('combobox', { name: /^Batch/ });
    await waitFor(() =>
      expect(within(select).getByRole('option', { name: /Asesmen Administrator 2026/ })).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByText('Pilih batch yang akan dikirim.')).toBeInTheDocument();
    await user.selectOptions(select, 'batch-7');
    await user.type(screen.getByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    expect(screen.getByTestId('passphrase-strength')).toHaveTextContent('Kekuatan frasa sandi: kuat');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    await screen.findByTestId('export-done');
    expect(calls.find((c) => c.name === 'exchange.export')?.input).toEqual({
      scope: { kind: 'batch', batchId: 'batch-7' },
      encrypt: true,
      passphrase: 'kantor-samarinda-2026',
    });
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('export-done')).toHaveTextContent('5 baris dalam 2 tabel');
  });

  it('sends "changes since" with the office code', async () => {
    const calls = main();
    const { user } = renderApp();
    await user.click(await screen.findByLabelText('Perubahan sejak paket terakhir yang dikirim ke satu kantor'));
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByText('Isi kode kantor tujuan.')).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: /Kode kantor tujuan/ }), 'BKPSDM-SMD');
    await user.type(screen.getByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    await screen.findByTestId('export-done');
    expect(calls.find((c) => c.name === 'exchange.export')?.input).toMatchObject({
      scope: { kind: 'since', sinceOfficeCode: 'BKPSDM-SMD' },
    });
  });

  it('makes an unencrypted package only after the explicit confirmation', async () => {
    const calls = main();
    const { user } = renderApp();
    await user.click(await screen.findByRole('switch', { name: /Enkripsi paket/ }));
    expect(screen.queryByLabelText(/^Frasa sandi/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByText(/Centang pernyataan di atas/)).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'exchange.export')).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: /tetap ingin membuat paket tanpa enkripsi/ }));
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    await screen.findByTestId('export-done');
    expect(calls.find((c) => c.name === 'exchange.export')?.input).toEqual({ scope: { kind: 'full' }, encrypt: false });
  });

  it('shows the main side refusal', async () => {
    fakeMain({
      'app.status': asRole('admin'),
      'batches.list': () => ok([]),
      'exchange.trusted.list': () => ok([]),
      'exchange.export': () => fail('NOT_FOUND', 'Kantor BKPSDM-X tidak dikenal.'),
    });
    const { user } = renderApp();
    await user.type(await screen.findByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    await waitFor(() => expect(screen.getByTestId('error-alert')).toHaveTextContent('Kantor BKPSDM-X tidak dikenal.'));
    expect(screen.queryByTestId('export-done')).not.toBeInTheDocument();
  });
});
