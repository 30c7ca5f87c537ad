import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp } from './harness';
import { asRole, ok } from './settings-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings/security';
});

describe('Pengaturan › Keamanan: idle screen lock', () => {
  it('reads the current minutes, explains 0, and saves a new value through settings.security', async () => {
    let minutes = 15;
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'settings.security': (input) => {
        const i = input as { idleMinutes?: number };
        if (i.idleMinutes !== undefined) minutes = i.idleMinutes;
        return ok({ idleMinutes: minutes });
      },
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Kunci layar otomatis' });
    const field = within(form).getByRole('spinbutton', { name: /^Kunci setelah tidak aktif/ });
    await waitFor(() => expect(field).toHaveValue(15));
    expect(screen.getByTestId('idle-current')).toHaveTextContent('dikunci setelah 15 menit');
    expect(form).toHaveTextContent('0 berarti tidak pernah dikunci');
    expect(calls.find((c) => c.name === 'settings.security')?.input).toEqual({});

    await user.clear(field);
    await user.type(field, '0');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByTestId('idle-current')).toHaveTextContent('tidak pernah dikunci otomatis'));
    expect(calls.filter((c) => c.name === 'settings.security').map((c) => c.input)).toEqual([{}, { idleMinutes: 0 }]);
  });

  it('refuses minutes outside 0..240 and an empty field before calling the main side', async () => {
    const calls = fakeMain({ 'app.status': asRole('admin'), 'settings.security': () => ok({ idleMinutes: 15 }) });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Kunci layar otomatis' });
    const field = within(form).getByRole('spinbutton', { name: /^Kunci setelah tidak aktif/ });
    await waitFor(() => expect(field).toHaveValue(15));
    for (const bad of ['241', '']) {
      await user.clear(field);
      if (bad) await user.type(field, bad);
      await user.click(within(form).getByRole('button', { name: 'Simpan' }));
      expect(await within(form).findByText('Isi bilangan bulat 0 sampai 240.')).toBeInTheDocument();
    }
    expect(calls.filter((c) => c.name === 'settings.security')).toHaveLength(1);
  });
});
