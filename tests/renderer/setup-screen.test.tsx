import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(resetApp);

const firstRun = () => status({ needsSetup: true, user: null, office: null });

async function fillValid(
  user: ReturnType<typeof renderApp>['user'],
  password = 'rahasia-kantor-2026',
  confirm = password,
) {
  await user.type(screen.getByRole('textbox', { name: 'Nama kantor' }), ' BPSDM Provinsi Kalimantan Timur ');
  await user.type(screen.getByRole('textbox', { name: 'Kode kantor' }), 'BPSDM-KALTIM');
  await user.type(screen.getByRole('textbox', { name: 'Provinsi' }), 'Kalimantan Timur');
  await user.type(screen.getByRole('textbox', { name: 'Instansi' }), 'Pemerintah Provinsi Kalimantan Timur');
  await user.type(screen.getByRole('textbox', { name: 'Nama pengguna' }), 'admin.kaltim');
  await user.type(screen.getByRole('textbox', { name: 'Nama lengkap' }), 'Siti Rahmawati');
  await user.type(screen.getByLabelText(/^Kata sandi/, { selector: 'input' }), password);
  await user.type(screen.getByLabelText(/^Ulangi kata sandi/, { selector: 'input' }), confirm);
}

describe('first-run setup screen', () => {
  it('is shown when app.status says the app needs setup', async () => {
    fakeMain({ 'app.status': () => ({ ok: true, value: firstRun() }) });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(document.documentElement.dataset.screen).toBe('setup');
  });

  it('refuses mismatching passwords with a visible message and does not call setup.complete', async () => {
    const calls = fakeMain({ 'app.status': () => ({ ok: true, value: firstRun() }) });
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Penyiapan awal' });
    await fillValid(user, 'rahasia-kantor-2026', 'rahasia-kantor-2027');
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    expect(await screen.findByText('Kedua kata sandi tidak sama.')).toBeInTheDocument();
    const confirm = screen.getByLabelText(/^Ulangi kata sandi/, { selector: 'input' });
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription(/Kedua kata sandi tidak sama/);
    expect(calls.map((c) => c.name)).not.toContain('setup.complete');
  });

  it('refuses a short password and empty fields with visible messages', async () => {
    const calls = fakeMain({ 'app.status': () => ({ ok: true, value: firstRun() }) });
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Penyiapan awal' });
    await user.type(screen.getByLabelText(/^Kata sandi/, { selector: 'input' }), 'pendek');
    await user.type(screen.getByLabelText(/^Ulangi kata sandi/, { selector: 'input' }), 'pendek');
    await user.type(screen.getByRole('textbox', { name: 'Kode kantor' }), 'bpsdm kaltim');
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    expect(await screen.findByText('Minimal 10 karakter.')).toBeInTheDocument();
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(5); // name, province, agency, user name, full name
    expect(screen.getByText(/Gunakan huruf besar, angka dan tanda hubung/)).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('setup.complete');
  });

  it('sends setup.complete with the office and the administrator (trimmed, no confirmation), then shows Beranda', async () => {
    let setUp = false;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: setUp ? status() : firstRun() }),
      'setup.complete': () => {
        setUp = true;
        return { ok: true, value: ADMIN };
      },
    });
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Penyiapan awal' });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Beranda' })).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'setup.complete')?.input).toEqual({
      office: {
        name: 'BPSDM Provinsi Kalimantan Timur',
        code: 'BPSDM-KALTIM',
        province: 'Kalimantan Timur',
        agency: 'Pemerintah Provinsi Kalimantan Timur',
      },
      admin: { username: 'admin.kaltim', displayName: 'Siti Rahmawati', password: 'rahasia-kantor-2026' },
    });
  });

  it("shows the main side's refusal with its message and field details", async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: firstRun() }),
      'setup.complete': () => ({
        ok: false,
        error: {
          code: 'ALREADY_SET_UP',
          message: 'Kantor sudah disiapkan. Silakan masuk.',
          details: [{ path: 'office.code', message: 'sudah dipakai' }],
        },
      }),
    });
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Penyiapan awal' });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kantor sudah disiapkan. Silakan masuk.');
    expect(alert).toHaveTextContent('office.code: sudah dipakai');
  });
});
