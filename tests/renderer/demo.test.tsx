import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';
import { BATCH } from './results-fakes';

beforeEach(async () => {
  await resetApp();
});

const created = {
  batchId: 'batch-demo',
  batchName: 'Contoh Asesmen Administrator',
  participants: 24,
  assessors: 6,
  createdAdmin: false,
  createdOffice: false,
};

describe('Beranda: try with sample data', () => {
  it('calls demo.create only after the confirmation, then points to Hasil & Talenta', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'batches.list': () => ({ ok: true, value: [] }),
      'demo.create': () => ({ ok: true, value: created }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Coba dengan data contoh' }));
    const dialog = await screen.findByRole('dialog');
    expect(calls.some((c) => c.name === 'demo.create')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(calls.some((c) => c.name === 'demo.create')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Coba dengan data contoh' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, buat data contoh' }));
    expect((await screen.findByTestId('demo-done')).textContent).toContain('Contoh Asesmen Administrator');
    expect(calls.filter((c) => c.name === 'demo.create').map((c) => c.input)).toEqual([{ confirm: true }]);
    expect(screen.getByRole('link', { name: 'Buka Hasil & Talenta' }).getAttribute('href')).toBe('#/results');
  });

  it('is not offered once a batch exists', async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'batches.list': () => ({ ok: true, value: [BATCH] }),
    });
    renderApp();
    await screen.findByTestId('home-user');
    await screen.findByTestId('home-office');
    expect(screen.queryByTestId('demo-start')).toBeNull();
  });

  it('is not offered to an assessor, even on an empty database', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: { ...ADMIN, role: 'assessor' } }) }),
      'batches.list': () => ({ ok: true, value: [] }),
    });
    renderApp();
    await screen.findByTestId('home-user');
    expect(screen.queryByTestId('demo-start')).toBeNull();
    expect(calls.some((c) => c.name === 'batches.list')).toBe(false);
  });
});
