import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, screenshot, seriousA11yViolations, startApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The product's areas, in navigation order, with their exact Indonesian names (issue #2).
const AREAS = [
  ['home', 'Beranda'],
  ['dictionary', 'Kamus Kompetensi'],
  ['standards', 'Standar Kompetensi Jabatan'],
  ['participants', 'Peserta'],
  ['batches', 'Kegiatan Asesmen'],
  ['assessor-room', 'Ruang Asesor'],
  ['integration', 'Rapat Integrasi'],
  ['results', 'Hasil & Talenta'],
  ['idp-reports', 'IDP & Laporan'],
  ['exchange', 'Pertukaran Data'],
  ['settings', 'Pengaturan'],
] as const;

describe('navigation to every area', () => {
  it('lists the areas in order, opens each, screenshots it and finds no serious accessibility problem', async () => {
    app = await startApp();
    const page = app.page;
    await completeSetup(page);

    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const names = await nav.getByRole('link').allTextContents();
    expect(names).toEqual(AREAS.map(([, name]) => name));

    const failures: string[] = [];
    for (const [id, name] of AREAS) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.getByTestId(`area-${id}`).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
      expect(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
      if (id === 'settings') await page.getByTestId('user-table').waitFor();
      // An area whose feature has not landed says which issue delivers it, and shows no data.
      const pending = page.getByTestId('not-yet-available');
      if ((await pending.count()) > 0) {
        expect(await pending.textContent()).toMatch(/Belum tersedia — dikerjakan pada issue #\d+ \(.+\)\./);
        expect(await page.getByRole('main').getByRole('table').count()).toBe(0);
      }
      await screenshot(page, id);
      for (const v of await seriousA11yViolations(page)) failures.push(`${id}: ${v}`);
    }
    expect(failures, `serious/critical axe violations:\n${failures.join('\n')}`).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('is usable from the keyboard: a skip link first, then controls with a visible focus ring', async () => {
    app = await startApp();
    const page = app.page;
    await completeSetup(page);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lewati ke konten utama');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // From the top again, Tab reaches the first navigation link, which shows a focus outline.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      seen.push(label);
      if (label === 'Kamus Kompetensi') break;
    }
    expect(seen).toContain('Kamus Kompetensi');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).not.toBe('0px');
    await page.keyboard.press('Enter');
    await page.getByTestId('area-dictionary').waitFor();
  });
});
