import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings';
});

describe('idle lock screen', () => {
  it('covers the work when a call is refused as locked, keeps it mounted, and unlocks only with the right password', async () => {
    let locked = false;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ locked }) }),
      'users.list': () => {
        locked = true;
        return { ok: false, error: { code: 'SESSION_LOCKED', message: 'Layar terkunci karena tidak ada aktivitas.' } };
      },
      'auth.unlock': (input) => {
        const ok = (input as { password: string }).password === 'benar-sekali-1';
        if (ok) locked = false;
        return ok
          ? { ok: true, value: { ok: true as const } }
          : { ok: false, error: { code: 'BAD_CREDENTIALS', message: 'Nama pengguna atau kata sandi salah.' } };
      },
    });
    const { user } = renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Layar terkunci' });
    const field = within(dialog).getByLabelText(/Kata sandi/, { selector: 'input' });
    await user.type(field, 'salah-salah-1{Enter}');
    expect(await within(dialog).findByText('Nama pengguna atau kata sandi salah.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Kata sandi/, { selector: 'input' }), 'benar-sekali-1{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Layar terkunci' })).not.toBeInTheDocument());
    const unlocks = calls.filter((c) => c.name === 'auth.unlock').map((c) => (c.input as { password: string }).password);
    expect(unlocks).toEqual(['salah-salah-1', 'benar-sekali-1']);
    // The page under the lock was never unmounted: the settings heading is still there.
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
