import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, login, startApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('user management', () => {
  it('the administrator adds a coordinator, who then signs in in another browser context', async () => {
    app = await startApp();
    const page = app.page;
    await completeSetup(page);
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    const form = page.getByRole('form', { name: 'Tambah pengguna' });
    await form.getByLabel('Nama pengguna').fill('budi.koordinator');
    await form.getByLabel('Nama lengkap').fill('Budi Santoso');
    await form.getByLabel('Peran').selectOption('coordinator');
    await form.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('koordinator-aman-123');
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();

    const table = page.getByTestId('user-table');
    await table.getByRole('cell', { name: 'budi.koordinator' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3); // header + admin + coordinator

    const other = await app.openContext();
    await login(other, 'budi.koordinator', 'koordinator-aman-123');
    await other.getByTestId('area-home').waitFor();
    expect(await other.getByTestId('home-user').textContent()).toContain('Koordinator');
    await other.getByRole('link', { name: 'Pengaturan' }).click();
    await other.getByText('Hanya administrator yang dapat mengelola pengguna.').waitFor();
    expect(await other.getByTestId('user-table').count()).toBe(0);
    // The administrator's own session in the first context is untouched.
    expect(await page.getByTestId('header-user').textContent()).toContain('Siti Rahmawati');
    expect(app.problems).toEqual([]);
  });
});
