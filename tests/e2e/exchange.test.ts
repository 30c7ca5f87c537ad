import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  OFFICE,
  completeSetup,
  screenshot,
  seriousA11yViolations,
  startApp,
  type E2eApp,
  pageCall,
  UI_WAIT,
} from '../helpers/e2e';

let apps: E2eApp[] = [];
let tmp: string | undefined;
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

const PASSPHRASE = 'kaltim-samarinda-tukar-2026';
const OFFICE_B = {
  name: 'BKPSDM Kota Samarinda',
  code: 'BKPSDM-SMD',
  province: 'Kalimantan Timur',
  agency: 'Pemerintah Kota Samarinda',
};

/** The first-run form for the second office (completeSetup fills in office A). */
async function setupOfficeB(page: Page): Promise<void> {
  await page.getByLabel('Nama kantor').fill(OFFICE_B.name);
  await page.getByLabel('Kode kantor').fill(OFFICE_B.code);
  await page.getByLabel('Provinsi').fill(OFFICE_B.province);
  await page.getByLabel('Instansi').fill(OFFICE_B.agency);
  await page.getByLabel('Nama pengguna').fill('admin.samarinda');
  await page.getByLabel('Nama lengkap').fill('Rudi Hartono');
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(ADMIN.password);
  await page.getByLabel('Ulangi kata sandi').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await page.getByTestId('area-home').waitFor();
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected'), UI_WAIT).toBe('true');
}

async function settled(page: Page): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    await close.click({ timeout: 2_000 }).catch(() => undefined);
  }
  await page.waitForFunction(() => {
    const d = document.querySelector('[role="dialog"]');
    return d === null || (getComputedStyle(d).opacity === '1' && getComputedStyle(d).transform === 'none');
  });
}

type Participant = { id: string; name: string; revision: number };

describe('Pertukaran Data (browser mode, two offices)', () => {
  it('office A exports the whole database encrypted; office B imports it, trusts A, resolves a conflict and undoes', async () => {
    const a = await startApp();
    apps.push(a);
    const b = await startApp();
    apps.push(b);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-exchange-e2e-'));
    const failures: string[] = [];
    const check = async (page: Page, name: string) => {
      await settled(page);
      for (const v of await seriousA11yViolations(page)) failures.push(`${name}: ${v}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name);
    };

    await completeSetup(a.page);
    await setupOfficeB(b.page);
    const andi = await pageCall<Participant>(a.page, 'participants.create', {
      nip: '198501012010011001',
      name: 'Andi Wijaya',
      jabatan: 'Analis Kebijakan',
    });

    // Office A: identity, then the export wizard (whole database, encrypted).
    await a.page.getByRole('link', { name: 'Pertukaran Data' }).click();
    const fingerprintA = (await a.page.getByTestId('office-fingerprint').textContent())?.replace(/\s+/g, '') ?? '';
    expect(fingerprintA).toMatch(/^[0-9a-f]{64}$/);
    await check(a.page, 'exchange-identity');
    await openTab(a.page, 'Kirim paket');
    await a.page.getByLabel('Seluruh basis data').check();
    await a.page.getByRole('textbox', { name: 'Frasa sandi', exact: true }).fill(PASSPHRASE);
    await a.page.getByRole('textbox', { name: 'Ulangi frasa sandi' }).fill(`${PASSPHRASE}x`);
    await a.page.getByRole('button', { name: 'Buat paket' }).click();
    await a.page.getByText('Kedua frasa sandi tidak sama.').waitFor();
    await a.page.getByRole('textbox', { name: 'Ulangi frasa sandi' }).fill(PASSPHRASE);
    const download = a.page.waitForEvent('download');
    await a.page.getByRole('button', { name: 'Buat paket' }).click();
    const file = path.join(tmp, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file.endsWith('.asesa')).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 9).toString('latin1')).toBe('ASESA-ENC');
    await a.page.getByTestId('export-done').waitFor();
    await check(a.page, 'exchange-export');

    // Office B: wrong passphrase first, then the right one; the unknown signer must be trusted.
    await b.page.getByRole('link', { name: 'Pertukaran Data' }).click();
    await openTab(b.page, 'Terima paket');
    await b.page.locator('input[type="file"]').setInputFiles(file);
    const pass = b.page.getByRole('textbox', { name: 'Frasa sandi paket' });
    await pass.fill('bukan-frasa-yang-benar');
    await b.page.getByRole('button', { name: 'Buka dan periksa paket' }).click();
    await expect
      .poll(() => b.page.getByTestId('error-alert').textContent(), UI_WAIT)
      .toContain('kata sandi paket salah');
    await pass.fill(PASSPHRASE);
    await b.page.getByRole('button', { name: 'Buka dan periksa paket' }).click();
    await b.page.getByTestId('exchange-preview').waitFor();
    expect((await b.page.getByTestId('preview-signer').textContent()) ?? '').toContain(OFFICE.code);
    expect((await b.page.getByTestId('preview-fingerprint').textContent())?.replace(/\s+/g, '')).toBe(fingerprintA);
    expect(await b.page.getByTestId('count-row-participant').locator('[data-count="new"]').textContent()).toBe('1');
    const applyButton = b.page.getByRole('button', { name: 'Terapkan paket' });
    expect(await applyButton.isDisabled()).toBe(true);
    await check(b.page, 'exchange-preview-unknown-signer');
    await b.page.getByRole('checkbox', { name: /memercayai kantor ini/ }).check();
    await applyButton.click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Ya, terapkan' }).click();
    await b.page.getByTestId('apply-result').waitFor();
    expect(await b.page.getByTestId('apply-result').textContent()).toContain('pre-import');

    // B now has A's participant and trusts A.
    const seen = await pageCall<Participant>(b.page, 'participants.get', { id: andi.id });
    expect(seen.name).toBe('Andi Wijaya');
    await openTab(b.page, 'Identitas kantor');
    const trustedRow = b.page.getByTestId('trusted-row').filter({ hasText: OFFICE.code });
    await trustedRow.waitFor();
    expect((await trustedRow.textContent())?.replace(/\s+/g, '')).toContain(fingerprintA);

    // Both offices edit the same participant; A's next package conflicts in B.
    await pageCall(a.page, 'participants.update', {
      id: andi.id,
      revision: andi.revision,
      data: { nip: '198501012010011001', name: 'Andi Wijaya, S.E.', jabatan: 'Analis Kebijakan' },
    });
    await pageCall(b.page, 'participants.update', {
      id: seen.id,
      revision: seen.revision,
      data: { nip: '198501012010011001', name: 'Andi Wijaya', jabatan: 'Analis Kebijakan Ahli Muda' },
    });
    const second = await pageCall<{ fileName: string; contentBase64: string }>(a.page, 'exchange.export', {
      scope: { kind: 'full' },
      encrypt: true,
      passphrase: PASSPHRASE,
    });
    const secondFile = path.join(tmp, `second-${second.fileName}`);
    fs.writeFileSync(secondFile, Buffer.from(second.contentBase64, 'base64'));
    await openTab(b.page, 'Terima paket');
    await b.page.locator('input[type="file"]').setInputFiles(secondFile);
    await b.page.getByRole('textbox', { name: 'Frasa sandi paket' }).fill(PASSPHRASE);
    await b.page.getByRole('button', { name: 'Buka dan periksa paket' }).click();
    const conflict = b.page.locator(`[data-testid="conflict"][data-row="participant:${andi.id}"]`);
    await conflict.waitFor();
    expect(await b.page.getByTestId('unknown-signer').count()).toBe(0);
    expect(await conflict.locator('tr[data-field="name"] [data-side="theirs"]').textContent()).toBe(
      'Andi Wijaya, S.E.',
    );
    expect(await conflict.locator('tr[data-field="jabatan"] [data-side="mine"]').textContent()).toBe(
      'Analis Kebijakan Ahli Muda',
    );
    expect(await conflict.locator('tr[data-field="name"]').getAttribute('data-differs')).toBe('true');
    await check(b.page, 'exchange-preview-conflict');
    await conflict.getByText('Ambil milik mereka').click();
    await b.page.getByRole('button', { name: 'Terapkan paket' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Ya, terapkan' }).click();
    await b.page.getByTestId('apply-result').waitFor();
    expect((await pageCall<Participant>(b.page, 'participants.get', { id: andi.id })).name).toBe('Andi Wijaya, S.E.');

    // History: both imports, newest first; undo the last one.
    await openTab(b.page, 'Riwayat');
    await expect.poll(() => b.page.getByTestId('import-row').count(), UI_WAIT).toBe(2);
    expect(await b.page.getByTestId('import-row').first().textContent()).toContain('Rudi Hartono');
    await check(b.page, 'exchange-history');
    await b.page.getByRole('button', { name: 'Batalkan impor terakhir' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Ya, batalkan impor' }).click();
    await expect.poll(() => b.page.getByTestId('import-row').first().textContent(), UI_WAIT).toContain('Dibatalkan');
    expect((await pageCall<Participant>(b.page, 'participants.get', { id: andi.id })).name).toBe('Andi Wijaya');

    // A's own history lists both packages it made.
    await openTab(a.page, 'Riwayat');
    await expect.poll(() => a.page.getByTestId('export-row').count(), UI_WAIT).toBe(2);

    expect(failures).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 180_000);

  it('office A sends one batch with its PDFs; office B sees them in the preview and saves them to a new folder', async () => {
    const a = await startApp();
    apps.push(a);
    const b = await startApp();
    apps.push(b);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-exchange-pdfs-e2e-'));
    await completeSetup(a.page);
    await setupOfficeB(b.page);
    const demo = await pageCall<{ batchId: string; batchName: string; participants: number }>(a.page, 'demo.create', {
      confirm: true,
    });

    // A: batch scope, PDFs ticked, encrypted.
    await a.page.getByRole('link', { name: 'Pertukaran Data' }).click();
    await openTab(a.page, 'Kirim paket');
    await a.page.getByLabel('Satu batch beserta semua yang dibutuhkannya').check();
    await a.page.getByRole('combobox', { name: 'Batch' }).selectOption(demo.batchId);
    await a.page.getByLabel(/Sertakan PDF batch/).check();
    await a.page.getByRole('textbox', { name: 'Frasa sandi', exact: true }).fill(PASSPHRASE);
    await a.page.getByRole('textbox', { name: 'Ulangi frasa sandi' }).fill(PASSPHRASE);
    const download = a.page.waitForEvent('download', { timeout: 60_000 });
    await a.page.getByRole('button', { name: 'Buat paket' }).click();
    const file = path.join(tmp, (await download).suggestedFilename());
    await (await download).saveAs(file);
    await a.page.getByTestId('export-done').waitFor();
    // 24 reports, 24 IDPs and the recap.
    expect(await a.page.getByTestId('export-done-pdfs').textContent()).toContain('49');

    // B: the preview lists the PDFs; saving puts them in a new folder beside B's database.
    await b.page.getByRole('link', { name: 'Pertukaran Data' }).click();
    await openTab(b.page, 'Terima paket');
    await b.page.locator('input[type="file"]').setInputFiles(file);
    await b.page.getByRole('textbox', { name: 'Frasa sandi paket' }).fill(PASSPHRASE);
    await b.page.getByRole('button', { name: 'Buka dan periksa paket' }).click();
    const listed = b.page.getByTestId('preview-pdfs');
    await listed.waitFor();
    expect(await listed.locator('tbody tr').count()).toBe(49);
    expect(await listed.textContent()).toMatch(/rekap-contoh-pemetaan-kompetensi.*\.pdf/);
    await settled(b.page);
    expect(await seriousA11yViolations(b.page)).toEqual([]);
    await screenshot(b.page, 'exchange-preview-pdfs');
    await listed.getByRole('button', { name: /Simpan PDF/ }).click();
    const saved = b.page.getByTestId('pdfs-saved');
    await saved.waitFor();
    const exportsDir = path.join(path.dirname(b.db.name), 'exports');
    const [folder] = fs.readdirSync(exportsDir);
    expect(await saved.textContent()).toContain(folder);
    const files = fs.readdirSync(path.join(exportsDir, folder!));
    expect(files).toHaveLength(49);
    expect(
      files.every(
        (f) =>
          fs
            .readFileSync(path.join(exportsDir, folder!, f))
            .subarray(0, 5)
            .toString('latin1') === '%PDF-',
      ),
    ).toBe(true);

    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 240_000);
});
