import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserSummary } from '../../shared/schemas/user';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings';
});

const summary = (u: Omit<UserSummary, 'active' | 'createdAt'>): UserSummary => ({
  ...u,
  active: true,
  createdAt: '2026-11-23T01:00:00.000Z',
});

describe('Pengaturan: user management', () => {
  it('lets the administrator add a user with a role through users.create, then lists them', async () => {
    const users = [summary(ADMIN)];
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'users.list': () => ({ ok: true, value: [...users] }),
      'users.create': (input) => {
        const i = input as { username: string; displayName: string; role: 'coordinator' };
        const created = summary({ id: 'user-2', username: i.username, displayName: i.displayName, role: i.role });
        users.push(created);
        return { ok: true, value: created };
      },
    });
    const { user } = renderApp();
    const table = await screen.findByTestId('user-table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);

    const form = screen.getByRole('form', { name: 'Tambah pengguna' });
    await user.type(within(form).getByRole('textbox', { name: /^Nama pengguna/ }), 'budi.k');
    await user.type(within(form).getByRole('textbox', { name: /^Nama lengkap/ }), 'Budi Santoso');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Peran/ }), 'coordinator');
    await user.type(within(form).getByLabelText(/^Kata sandi/, { selector: 'input' }), 'koordinator-aman-123');
    await user.click(within(form).getByRole('button', { name: 'Tambah pengguna' }));

    expect(await within(table).findByRole('cell', { name: 'budi.k' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Koordinator' })).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'users.create')?.input).toEqual({
      username: 'budi.k',
      displayName: 'Budi Santoso',
      role: 'coordinator',
      password: 'koordinator-aman-123',
    });
  });

  it('refuses a short password and a badly formed user name before calling the main side', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'users.list': () => ({ ok: true, value: [summary(ADMIN)] }),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Tambah pengguna' });
    await user.type(within(form).getByRole('textbox', { name: /^Nama pengguna/ }), 'Budi K');
    await user.type(within(form).getByRole('textbox', { name: /^Nama lengkap/ }), 'Budi');
    await user.type(within(form).getByLabelText(/^Kata sandi/, { selector: 'input' }), 'pendek');
    await user.click(within(form).getByRole('button', { name: 'Tambah pengguna' }));
    expect(await within(form).findByText('Minimal 10 karakter.')).toBeInTheDocument();
    expect(within(form).getByText(/Gunakan huruf kecil, angka/)).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('users.create');
  });

  it("shows the main side's CONFLICT message when the user name is taken", async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'users.list': () => ({ ok: true, value: [summary(ADMIN)] }),
      'users.create': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Data sudah ada: admin.kaltim.' } }),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Tambah pengguna' });
    await user.type(within(form).getByRole('textbox', { name: /^Nama pengguna/ }), 'admin.kaltim');
    await user.type(within(form).getByRole('textbox', { name: /^Nama lengkap/ }), 'Siti');
    await user.type(within(form).getByLabelText(/^Kata sandi/, { selector: 'input' }), 'rahasia-kantor-2026');
    await user.click(within(form).getByRole('button', { name: 'Tambah pengguna' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Data sudah ada: admin.kaltim.');
  });

  it('does not offer user management to a coordinator', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'coordinator' } }) }),
    });
    renderApp();
    expect(await screen.findByText('Hanya administrator yang dapat mengelola pengguna.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Tambah pengguna' })).not.toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('users.list');
  });
});
