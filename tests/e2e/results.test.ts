import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, screenshot, seriousA11yViolations, startApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('results, talent map and IDP from the sample batch', () => {
  it(
    'creates the sample data from Beranda, shows matrix and nine-box, downloads an IDP PDF and exports the batch',
    { timeout: 240_000 },
    async () => {
      app = await startApp();
      const page = app.page;
      await completeSetup(page);
      const axe: string[] = [];
      const scan = async (name: string) => {
        await screenshot(page, name);
        axe.push(...(await seriousA11yViolations(page)).map((v) => `${name}: ${v}`));
      };

      // Beranda on an empty database offers the sample batch; nothing happens before the confirmation.
      await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Ya, buat data contoh' }).click();
      await page.getByTestId('demo-done').waitFor({ timeout: 180_000 });
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByTestId('demo-done').textContent()).toContain('24 peserta');
      await scan('results-demo-home');

      // Hasil & Talenta: the only batch is picked at once; the matrix has all 24 participants.
      await page.getByRole('link', { name: 'Buka Hasil & Talenta' }).click();
      const matrix = page.getByTestId('results-matrix');
      await matrix.waitFor();
      expect(await matrix.locator('tbody tr').count()).toBe(24);
      expect(await matrix.locator('td[data-tone]').count()).toBeGreaterThan(24);
      await scan('results-matrix');

      await page.getByRole('tab', { name: 'Ringkasan' }).click();
      await page.getByRole('heading', { name: 'Sebaran kategori' }).waitFor();
      await scan('results-summary');

      await page.getByRole('tab', { name: 'Profil peserta' }).click();
      await page.getByTestId('profile').getByRole('img').waitFor();
      await scan('results-profile');

      await page.getByRole('tab', { name: 'Kinerja' }).click();
      await page.getByRole('heading', { name: 'Impor kinerja dari CSV' }).waitFor();
      await scan('results-performance');

      await page.getByRole('tab', { name: 'Nine-box' }).click();
      const grid = page.getByTestId('nine-box');
      await grid.waitFor();
      const topRow = await grid
        .locator('tbody tr')
        .first()
        .locator('td')
        .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-testid')));
      expect(topRow).toEqual(['nine-box-4', 'nine-box-7', 'nine-box-9']);
      for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9])
        expect(await page.getByTestId(`nine-box-${box}`).textContent()).toContain(`Kotak ${box}`);
      // The sample batch places everyone: the counts add up to 24.
      let placed = 0;
      for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9])
        placed += Number((await page.getByTestId(`nine-box-${box}-count`).textContent())!.split(' ')[0]);
      expect(placed).toBe(24);
      await scan('results-nine-box');

      await page.getByRole('tab', { name: 'Kelompok suksesi' }).click();
      await page.getByTestId('talent-pool').waitFor();
      await scan('results-talent-pool');

      // IDP & Laporan: the first participant's IDP, then its PDF.
      await page.getByRole('link', { name: 'IDP & Laporan' }).click();
      const pick = page.getByTestId('idp-participant');
      await pick.waitFor();
      const first = await pick.locator('option').nth(1).getAttribute('value');
      await pick.selectOption(first!);
      await page.getByTestId('idp-editor').waitFor();
      await page.getByTestId('jp-summary').waitFor();
      await scan('results-idp');
      await page.screenshot({ path: 'test-results/screenshots/results-idp-top.png' });

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Unduh IDP (PDF)' }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);

      // The whole batch's IDPs go to the exports folder next to the database; the screen names it.
      await page.getByRole('button', { name: 'Ekspor semua IDP' }).click();
      const exported = page.getByTestId('export-result');
      await exported.waitFor({ timeout: 180_000 });
      expect(await exported.textContent()).toMatch(/24 berkas ditulis/);
      await scan('results-idp-export');

      expect(axe).toEqual([]);
      expect(app.problems).toEqual([]);
    },
  );
});
