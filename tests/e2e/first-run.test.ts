import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  OFFICE,
  completeSetup,
  login,
  seriousA11yViolations,
  screenshot,
  startApp,
  UI_WAIT,
  waitReady,
  type E2eApp,
} from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('first run and sign-in (browser mode, real Chromium)', () => {
  it('sets up the office and its administrator, then lands on Beranda showing the office', async () => {
    app = await startApp();
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('setup');
    await screenshot(page, 'setup');
    expect(await seriousA11yViolations(page), 'axe on the setup screen').toEqual([]);

    await completeSetup(page);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), UI_WAIT).toBe('Beranda');
    const office = page.getByTestId('home-office');
    expect(await office.textContent()).toContain(OFFICE.name);
    expect(await office.textContent()).toContain(OFFICE.code);
    expect(await page.getByTestId('home-user').textContent()).toContain('Administrator');
    expect(await page.getByTestId('header-office').textContent()).toBe(OFFICE.name);
    expect(app.problems).toEqual([]);
  });

  it('refuses a setup form with short and mismatching passwords, showing why', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi').fill('lain');
    await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
    await page.getByText('Minimal 10 karakter.').waitFor();
    await page.getByText('Kedua kata sandi tidak sama.').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('setup');
    const count = app.db.prepare('SELECT COUNT(*) AS n FROM user').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('after a restart shows the login screen; a wrong password is refused, the right one signs in', async () => {
    app = await startApp();
    await completeSetup(app.page);
    await app.restart();
    const page = await app.openContext();
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('login');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Masuk');
    await screenshot(page, 'login');
    expect(await seriousA11yViolations(page), 'axe on the login screen').toEqual([]);

    await login(page, ADMIN.username, 'bukan-kata-sandinya');
    const alert = page.getByTestId('error-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nama pengguna atau kata sandi salah.');
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('login');

    await login(page, ADMIN.username, ADMIN.password);
    await page.getByTestId('area-home').waitFor();
    expect(await page.getByTestId('home-user').textContent()).toContain(ADMIN.displayName);

    // A reload keeps the session (the bridge's cookie), and sign-out returns to the login screen.
    await page.reload();
    await waitReady(page);
    await page.getByTestId('area-home').waitFor();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    // data-screen is set by an effect after the login screen has rendered.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.screen), UI_WAIT).toBe('login');
    expect(app.problems).toEqual([]);
  });
});
