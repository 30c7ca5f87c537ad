import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserSummary } from '../../shared/schemas/user';
import { fakeMain, renderApp, resetApp } from './harness';
import { ADMIN_ROW, asRole, BUDI, fail, ok } from './settings-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings/users';
});

describe('Pengaturan › Pengguna: per-user actions', () => {
  it('resets a password to a temporary one, typed twice, through users.resetPassword', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW, BUDI]),
      'users.resetPassword': () => ok({ ok: true as const }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Atur ulang kata sandi Budi Santoso' }));
    const dialog = await screen.findByRole('dialog', { name: 'Atur ulang kata sandi Budi Santoso' });
    expect(dialog).toHaveTextContent('sampaikan langsung kepada Budi Santoso');
    const field = (name: RegExp) => within(dialog).getByLabelText(name, { selector: 'input' });

    // A different repetition is refused before anything is sent.
    await user.type(field(/^Kata sandi sementara/), 'sementara-2026-ok');
    await user.type(field(/^Ulangi kata sandi sementara/), 'sementara-2026-xx');
    await user.click(within(dialog).getByRole('button', { name: 'Atur ulang kata sandi' }));
    expect(await within(dialog).findByText('Kedua kata sandi tidak sama.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('users.resetPassword');

    await user.clear(field(/^Ulangi kata sandi sementara/));
    await user.type(field(/^Ulangi kata sandi sementara/), 'sementara-2026-ok');
    await user.click(within(dialog).getByRole('button', { name: 'Atur ulang kata sandi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.name === 'users.resetPassword')?.input).toEqual({
      userId: 'user-2',
      password: 'sementara-2026-ok',
    });
  });

  it('deactivates a user only after confirmation, then lists them as inactive', async () => {
    let budi: UserSummary = BUDI;
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW, budi]),
      'users.setActive': (input) => {
        budi = { ...budi, active: (input as { active: boolean }).active };
        return ok(budi);
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nonaktifkan Budi Santoso' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nonaktifkan Budi Santoso?' });
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.map((c) => c.name)).not.toContain('users.setActive');

    await user.click(screen.getByRole('button', { name: 'Nonaktifkan Budi Santoso' }));
    dialog = await screen.findByRole('dialog', { name: 'Nonaktifkan Budi Santoso?' });
    expect(dialog).toHaveTextContent('tidak dapat masuk lagi');
    await user.click(within(dialog).getByRole('button', { name: 'Nonaktifkan' }));
    const row = await screen.findByTestId('user-row-budi.k');
    await within(row).findByText('Nonaktif');
    expect(calls.find((c) => c.name === 'users.setActive')?.input).toEqual({ userId: 'user-2', active: false });
    // The action now offered is the opposite one.
    expect(within(row).getByRole('button', { name: 'Aktifkan Budi Santoso' })).toBeInTheDocument();
  });

  it("shows the main side's refusal to deactivate yourself, and keeps the dialog open", async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW, BUDI]),
      'users.setActive': () =>
        fail(
          'BAD_INPUT',
          'Masukan tidak dapat diproses: akun sendiri tidak dapat dinonaktifkan / you cannot deactivate your own account',
        ),
    });
    const { user } = renderApp();
    const me = await screen.findByTestId('user-row-admin.kaltim');
    expect(within(me).getByText('Anda')).toBeInTheDocument();
    await user.click(within(me).getByRole('button', { name: 'Nonaktifkan Siti Rahmawati' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nonaktifkan Siti Rahmawati?' });
    await user.click(within(dialog).getByRole('button', { name: 'Nonaktifkan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('akun sendiri tidak dapat dinonaktifkan');
    expect(calls.find((c) => c.name === 'users.setActive')?.input).toEqual({ userId: 'user-1', active: false });
    expect(within(me).getByText('Aktif')).toBeInTheDocument();
  });
});
