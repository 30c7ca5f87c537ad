import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp } from './harness';
import { ADMIN_ROW, asRole, fail, ok } from './settings-fakes';

beforeEach(async () => {
  await resetApp();
});

const password = (form: HTMLElement, label: string) =>
  within(form).getByLabelText(new RegExp(`^${label}`), { selector: 'input' });

describe('Pengaturan: tabs by role', () => {
  it('gives the administrator every section and opens Pengguna first', async () => {
    window.location.hash = '#/settings';
    fakeMain({ 'app.status': asRole('admin'), 'users.list': () => ok([ADMIN_ROW]) });
    renderApp();
    const tabs = await screen.findByRole('tablist', { name: 'Bagian pengaturan' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Akun saya', 'Pengguna', 'Keamanan', 'Log audit', 'Cadangan', 'Data pribadi']);
    expect(within(tabs).getByRole('tab', { name: 'Pengguna' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('user-table')).toBeInTheDocument();
  });

  it('gives a coordinator only account, audit log and personal data; an assessor only the account', async () => {
    window.location.hash = '#/settings/backups'; // not theirs: falls back to Akun saya
    fakeMain({ 'app.status': asRole('coordinator') });
    const first = renderApp();
    const tabs = await screen.findByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Akun saya', 'Log audit', 'Data pribadi']);
    expect(within(tabs).getByRole('tab', { name: 'Akun saya' })).toHaveAttribute('aria-selected', 'true');
    first.unmount();

    await resetApp();
    window.location.hash = '#/settings';
    fakeMain({ 'app.status': asRole('assessor') });
    renderApp();
    const only = await screen.findByRole('tablist');
    expect(
      within(only)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Akun saya']);
  });

  it('moves between sections with the keyboard and keeps the section in the address', async () => {
    window.location.hash = '#/settings/account';
    fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW]),
      'settings.security': () => ok({ idleMinutes: 15 }),
    });
    const { user } = renderApp();
    const tab = await screen.findByRole('tab', { name: 'Akun saya' });
    tab.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(await screen.findByRole('form', { name: 'Kunci layar otomatis' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/security');
  });
});

describe('Pengaturan › Akun saya: change password', () => {
  beforeEach(() => {
    window.location.hash = '#/settings/account';
  });

  it('sends the current and the new password (never the repetition) to auth.changePassword', async () => {
    const calls = fakeMain({
      'app.status': asRole('assessor'),
      'auth.changePassword': () => ok({ ok: true as const }),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Ganti kata sandi' });
    await user.type(password(form, 'Kata sandi saat ini'), 'rahasia-lama-2026');
    await user.type(password(form, 'Kata sandi baru'), 'frasa-baru-yang-panjang');
    await user.type(password(form, 'Ulangi kata sandi baru'), 'frasa-baru-yang-panjang');
    await user.click(within(form).getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('auth.changePassword'));
    expect(calls.find((c) => c.name === 'auth.changePassword')?.input).toEqual({
      current: 'rahasia-lama-2026',
      next: 'frasa-baru-yang-panjang',
    });
    await waitFor(() => expect(password(form, 'Kata sandi saat ini')).toHaveValue(''));
  });

  it('refuses a short or mismatched new password before calling the main side', async () => {
    const calls = fakeMain({ 'app.status': asRole('admin'), 'users.list': () => ok([ADMIN_ROW]) });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Ganti kata sandi' });
    await user.type(password(form, 'Kata sandi saat ini'), 'rahasia-lama-2026');
    await user.type(password(form, 'Kata sandi baru'), 'pendek');
    await user.type(password(form, 'Ulangi kata sandi baru'), 'lain');
    await user.click(within(form).getByRole('button', { name: 'Ganti kata sandi' }));
    expect(await within(form).findByText('Minimal 10 karakter.')).toBeInTheDocument();
    expect(within(form).getByText('Kedua kata sandi tidak sama.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('auth.changePassword');
  });

  it("shows a wrong current password and the main side's same-as-current refusal", async () => {
    let reply = fail('BAD_CREDENTIALS', 'Nama pengguna atau kata sandi salah.');
    fakeMain({ 'app.status': asRole('coordinator'), 'auth.changePassword': () => reply });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Ganti kata sandi' });
    await user.type(password(form, 'Kata sandi saat ini'), 'salah-sekali-123');
    await user.type(password(form, 'Kata sandi baru'), 'frasa-baru-yang-panjang');
    await user.type(password(form, 'Ulangi kata sandi baru'), 'frasa-baru-yang-panjang');
    await user.click(within(form).getByRole('button', { name: 'Ganti kata sandi' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Nama pengguna atau kata sandi salah.');
    expect(password(form, 'Kata sandi saat ini')).toHaveAttribute('aria-invalid', 'true');

    reply = fail('VALIDATION', 'Isian tidak valid.', [{ path: 'next', message: 'same-as-current' }]);
    await user.click(within(form).getByRole('button', { name: 'Ganti kata sandi' }));
    expect(
      await within(form).findByText('Kata sandi baru harus berbeda dari kata sandi saat ini.'),
    ).toBeInTheDocument();
  });
});
