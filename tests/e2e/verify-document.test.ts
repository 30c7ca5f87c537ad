import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, screenshot, seriousA11yViolations, startApp, type E2eApp, pageCall } from '../helpers/e2e';

let app: E2eApp | undefined;
let tmp: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

describe('IDP & Laporan › Periksa dokumen (browser mode)', () => {
  it('checks a printed report against this database: cocok, then tidak cocok once the printed hash is altered', async () => {
    app = await startApp();
    const page = app.page;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-verify-e2e-'));
    await completeSetup(page);
    const demo = await pageCall<{ batchId: string }>(page, 'demo.create', { confirm: true });
    const matrix = await pageCall<{ rows: { participantId: string }[] }>(page, 'results.list', {
      batchId: demo.batchId,
    });
    const report = await pageCall<{ fileName: string; contentBase64: string }>(page, 'pdf.report', {
      batchId: demo.batchId,
      participantId: matrix.rows[0]!.participantId,
    });
    const bytes = Buffer.from(report.contentBase64, 'base64');
    const good = path.join(tmp, report.fileName);
    fs.writeFileSync(good, bytes);
    // The same PDF whose description claims another SHA-256 (as if the printed data had been altered).
    const printed = /sha256=([0-9a-f]{64})/.exec(bytes.toString('latin1'))![1]!;
    const altered = path.join(tmp, 'diubah.pdf');
    fs.writeFileSync(altered, Buffer.from(bytes.toString('latin1').replaceAll(printed, 'c'.repeat(64)), 'latin1'));

    await page.getByRole('link', { name: 'IDP & Laporan' }).click();
    const input = page.getByTestId('verify-file');
    await input.waitFor();
    await page.locator('input[type="file"]').last().setInputFiles(good);
    const verdict = page.getByTestId('verify-verdict');
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toContain('Cocok');
    expect(await verdict.textContent()).toContain(printed);
    await verdict.scrollIntoViewIfNeeded();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'verify-document-match');

    await page.locator('input[type="file"]').last().setInputFiles(altered);
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toContain('Tidak cocok');
    expect(app.problems).toEqual([]);
  }, 180_000);
});
