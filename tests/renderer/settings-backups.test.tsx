import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { fakeMain, renderApp, resetApp } from './harness';
import { asRole, fail, ok } from './settings-fakes';

type Backup = ChannelOutput<'backups.list'>['backups'][number];

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings/backups';
});

const OLD: Backup = {
  name: 'asesa-2026-11-22T01-00-00-auto.db',
  takenAt: '2026-11-22T01:00:00.000Z',
  reason: 'auto',
  bytes: 2_621_440,
};
const NEW: Backup = {
  name: 'asesa-2026-11-23T03-00-00-manual.db',
  takenAt: '2026-11-23T03:00:00.000Z',
  reason: 'manual',
  bytes: 4096,
};

describe('Pengaturan › Cadangan', () => {
  it('lists backups newest first with reason and size, and takes one now', async () => {
    const backups: Backup[] = [OLD];
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'backups.list': () => ok({ backups: [...backups], pendingRestore: null }),
      'backups.create': () => {
        backups.push(NEW);
        return ok(NEW);
      },
    });
    const { user } = renderApp();
    const table = await screen.findByTestId('backup-table');
    expect(within(table).getAllByTestId('backup-row')).toHaveLength(1);
    expect(within(table).getByText('Otomatis')).toBeInTheDocument();
    expect(within(table).getByText(/2,5\sMB/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cadangkan sekarang' }));
    await waitFor(() => expect(within(table).getAllByTestId('backup-row')).toHaveLength(2));
    const first = within(table).getAllByTestId('backup-row')[0]!;
    expect(first).toHaveTextContent('Manual');
    expect(calls.find((c) => c.name === 'backups.create')?.input).toEqual({});
  });

  it('restores only after a confirmation that says a restart is needed and the current state is backed up first', async () => {
    let pending: string | null = null;
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'backups.list': () => ok({ backups: [OLD, NEW], pendingRestore: pending }),
      'backups.scheduleRestore': (input) => {
        pending = (input as { name: string }).name;
        return ok({ backup: pending });
      },
      'backups.cancelRestore': () => {
        pending = null;
        return ok({ ok: true as const });
      },
    });
    const { user } = renderApp();
    const table = await screen.findByTestId('backup-table');
    const oldRow = within(table).getAllByTestId('backup-row')[1]!;
    await user.click(within(oldRow).getByRole('button', { name: /^Pulihkan cadangan/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Pulihkan cadangan/ });
    expect(dialog).toHaveTextContent('tutup aplikasi lalu buka kembali');
    expect(dialog).toHaveTextContent('keadaan saat ini dicadangkan lebih dulu');
    expect(dialog).toHaveTextContent('(Otomatis)');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(calls.map((c) => c.name)).not.toContain('backups.scheduleRestore');

    await user.click(within(oldRow).getByRole('button', { name: /^Pulihkan cadangan/ }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Pulihkan saat mulai ulang' }),
    );
    const banner = await screen.findByTestId('pending-restore');
    expect(banner).toHaveTextContent(OLD.name);
    expect(calls.find((c) => c.name === 'backups.scheduleRestore')?.input).toEqual({ name: OLD.name });

    await user.click(within(banner).getByRole('button', { name: 'Batalkan pemulihan' }));
    await waitFor(() => expect(screen.queryByTestId('pending-restore')).not.toBeInTheDocument());
    expect(calls.map((c) => c.name)).toContain('backups.cancelRestore');
  });

  it("shows the main side's refusal of a damaged backup inside the confirmation", async () => {
    fakeMain({
      'app.status': asRole('admin'),
      'backups.list': () => ok({ backups: [OLD], pendingRestore: null }),
      'backups.scheduleRestore': () => fail(
          'BAD_INPUT',
          'Masukan tidak dapat diproses: berkas cadangan.db rusak (pemeriksaan integritas gagal: x) / the file cadangan.db is damaged (integrity check failed: x)',
        ),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Pulihkan cadangan/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Pulihkan saat mulai ulang' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('berkas cadangan.db rusak (pemeriksaan integritas gagal: x)');
    expect(screen.queryByTestId('pending-restore')).not.toBeInTheDocument();
  });
});
