import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  UI_WAIT,
  completeSetup,
  login,
  screenshot,
  seriousA11yViolations,
  startApp,
  type E2eApp,
} from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const NEW_PASSWORD = 'frasa-baru-kantor-2027';

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected'), UI_WAIT).toBe('true');
}

describe('Pengaturan (browser mode, real Chromium)', () => {
  it('the administrator sets the idle lock, backs up, reads the audit log and changes their password', async () => {
    app = await startApp();
    const page = app.page;
    await completeSetup(page);
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await page.getByTestId('user-table').waitFor();
    const failures: string[] = [];
    // axe sees the page as it is (toasts included); the screenshot is taken from the top, without toasts.
    const check = async (name: string, { keepToasts = false } = {}) => {
      for (const v of await seriousA11yViolations(page)) failures.push(`${name}: ${v}`);
      if (!keepToasts) {
        // A toast may close by itself meanwhile; then there is nothing left to click.
        for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
          await close.click({ timeout: 2_000 }).catch(() => undefined);
        }
        await expect.poll(() => page.locator('.mantine-Notification-root').count(), UI_WAIT).toBe(0);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name);
    };

    // Pengguna: add a coordinator (an audited 'user' entry besides the setup's).
    const add = page.getByRole('form', { name: 'Tambah pengguna' });
    await add.getByLabel('Nama pengguna').fill('budi.koordinator');
    await add.getByLabel('Nama lengkap').fill('Budi Santoso');
    await add.getByLabel('Peran').selectOption('coordinator');
    await add.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('koordinator-aman-123');
    await add.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page.getByTestId('user-table').getByRole('cell', { name: 'budi.koordinator' }).waitFor();
    await check('settings-users');

    // Keamanan: lock after 5 idle minutes.
    await openTab(page, 'Keamanan');
    const idle = page.getByRole('spinbutton', { name: /Kunci setelah tidak aktif/ });
    await expect.poll(() => idle.inputValue(), UI_WAIT).toBe('15');
    await idle.fill('5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('idle-current').textContent(), UI_WAIT).toContain('5 menit');
    await check('settings-security');

    // Cadangan: take one now; it is listed as manual.
    await openTab(page, 'Cadangan');
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    const manual = page.getByTestId('backup-row').filter({ hasText: 'Manual' });
    await manual.first().waitFor();
    expect(await manual.count()).toBe(1);
    await check('settings-backups');
    await manual
      .first()
      .getByRole('button', { name: /^Pulihkan cadangan/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('buka kembali');
    // Let the opening transition finish so the screenshot shows the dialog, not a fade.
    await page.waitForFunction(() => {
      const d = document.querySelector('[role="dialog"]');
      return d !== null && getComputedStyle(d).opacity === '1' && document.getAnimations().length === 0;
    });
    await check('settings-backups-restore-dialog', { keepToasts: true });
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('pending-restore').count()).toBe(0);

    // Log audit: everything first, then only 'user' entries.
    await openTab(page, 'Log audit');
    const rows = page.getByTestId('audit-row');
    await rows.first().waitFor();
    expect(await rows.filter({ hasText: 'security.idleMinutes' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Jenis data' }).fill('user');
    await page.getByRole('button', { name: 'Terapkan saringan' }).click();
    await expect.poll(() => rows.filter({ hasText: 'security.idleMinutes' }).count(), UI_WAIT).toBe(0);
    const entities = await rows.locator('td:nth-child(4) p:first-child').allTextContents();
    expect(entities.length).toBeGreaterThanOrEqual(2); // the first administrator and the coordinator
    expect(new Set(entities)).toEqual(new Set(['user']));
    // The first row with values, held by position (its button is renamed once opened).
    const labels = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    const withValues = rows.nth(labels.findIndex((text) => text.includes('Lihat nilai')));
    await withValues.getByRole('button', { name: 'Lihat nilai' }).click();
    await withValues.getByTestId('audit-new').waitFor();
    expect(await withValues.getByTestId('audit-new').textContent()).toContain('\n  "');
    await check('settings-audit');

    // Data pribadi: the notice and the administrator's cards.
    await openTab(page, 'Data pribadi');
    await page.getByTestId('privacy-notice-text').waitFor();
    await page.getByText('Tidak ada peserta yang melewati masa simpan.').waitFor();
    await check('settings-privacy');

    // Akun saya: change the password, sign out, sign in with the new one.
    await openTab(page, 'Akun saya');
    const form = page.getByRole('form', { name: 'Ganti kata sandi' });
    await form.getByRole('textbox', { name: 'Kata sandi saat ini' }).fill(ADMIN.password);
    await form.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill(NEW_PASSWORD);
    await form.getByRole('textbox', { name: 'Ulangi kata sandi baru' }).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Kata sandi saat ini' }).inputValue(), UI_WAIT).toBe('');
    expect(await form.getByRole('alert').count()).toBe(0);
    await check('settings-account');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await login(page, ADMIN.username, ADMIN.password);
    await page.getByRole('alert').waitFor(); // the old password no longer works
    await login(page, ADMIN.username, NEW_PASSWORD);
    // Signed in again, back where they were (the address still says Pengaturan).
    await page.getByTestId('area-settings').waitFor();
    expect(await page.getByTestId('header-user').textContent()).toContain(ADMIN.displayName);

    expect(failures, `serious/critical axe violations:\n${failures.join('\n')}`).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
