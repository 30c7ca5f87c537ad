import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AREAS } from '../../renderer/app/areas';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(resetApp);

const NAMES = [
  'Beranda',
  'Kamus Kompetensi',
  'Standar Kompetensi Jabatan',
  'Peserta',
  'Kegiatan Asesmen',
  'Ruang Asesor',
  'Rapat Integrasi',
  'Hasil & Talenta',
  'IDP & Laporan',
  'Pertukaran Data',
  'Pengaturan',
];

describe('app shell navigation', () => {
  it('shows the login screen, not the shell, when nobody is signed in', async () => {
    fakeMain({ 'app.status': () => ({ ok: true, value: status({ user: null }) }) });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('lists every area in order and renders each one when its link is followed', async () => {
    fakeMain({ 'app.status': () => ({ ok: true, value: status() }), 'users.list': () => ({ ok: true, value: [] }) });
    const { user } = renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(NAMES);

    for (const area of AREAS) {
      const name = NAMES[AREAS.indexOf(area)] ?? '';
      await user.click(within(nav).getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      if (!area.screen) {
        expect(screen.getByTestId('not-yet-available')).toHaveTextContent(
          `Belum tersedia — dikerjakan pada issue #${area.issue}`,
        );
      }
    }
  });

  it('Beranda shows the office identity, the current user and their role', async () => {
    fakeMain({ 'app.status': () => ({ ok: true, value: status() }) });
    renderApp();
    const office = await screen.findByTestId('home-office');
    expect(office).toHaveTextContent('BPSDM Provinsi Kalimantan Timur');
    expect(office).toHaveTextContent('BPSDM-KALTIM');
    expect(screen.getByTestId('home-user')).toHaveTextContent('Siti Rahmawati');
    expect(screen.getByTestId('home-user')).toHaveTextContent('Administrator');
  });

  it('signs out through auth.logout and returns to the login screen', async () => {
    let signedIn = true;
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: signedIn ? status().user : null }) }),
      'auth.logout': () => {
        signedIn = false;
        return { ok: true, value: { loggedOut: true } };
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Keluar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeInTheDocument();
    expect(calls.map((c) => c.name)).toContain('auth.logout');
  });

  it('shows why when app.status cannot be reached', async () => {
    fakeMain({
      'app.status': () => ({
        ok: false,
        error: { code: 'TRANSPORT', message: 'Tidak dapat menghubungi layanan Asesa: jaringan' },
      }),
    });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat menghubungi layanan Asesa');
    expect(document.documentElement.dataset.screen).toBe('failed');
  });
});
