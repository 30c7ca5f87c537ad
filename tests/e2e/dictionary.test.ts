import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersionRow, listFrameworkRows } from '../../electron/repositories/framework';
import { listStandards } from '../../electron/repositories/position-standard';
import { markVersionInUse } from '../../electron/services/framework';
import {
  UI_WAIT,
  completeSetup,
  login,
  screenshot,
  seriousA11yViolations,
  startApp,
  type E2eApp,
} from '../helpers/e2e';

let apps: E2eApp[] = [];
let tmp: string | null = null;
afterEach(async () => {
  for (const a of apps) await a.close();
  apps = [];
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = null;
});

const COORDINATOR = { username: 'budi.koordinator', displayName: 'Budi Santoso', password: 'koordinator-aman-123' };
const EDITED =
  'Menetapkan aturan perilaku tim secara tertulis, membahasnya dalam rapat bulanan, dan memeriksa kepatuhannya.';

/** users.create through the bridge with the administrator's session (the UI path is covered in users.test). */
async function addCoordinator(page: Page): Promise<void> {
  const reply = await page.evaluate(
    async (body) => {
      const r = await fetch('api/users.create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
      return (await r.json()) as { ok: boolean };
    },
    { ...COORDINATOR, role: 'coordinator' },
  );
  expect(reply.ok).toBe(true);
}

async function a11y(page: Page, where: string, failures: string[]): Promise<void> {
  for (const v of await seriousA11yViolations(page)) failures.push(`${where}: ${v}`);
}

/** Full-page screenshots from the top, so the fixed header sits where it belongs. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function openArea(page: Page, name: string, id: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click();
  await page.getByTestId(`area-${id}`).waitFor();
}

describe('Kamus Kompetensi and Standar Kompetensi Jabatan', () => {
  it('a coordinator edits Integritas 3.1, creates "Kepala Bidang", exports CASE; a fresh database imports it', async () => {
    const failures: string[] = [];
    const first = await startApp();
    apps.push(first);
    await completeSetup(first.page);
    await addCoordinator(first.page);
    // A batch already used the seeded version 1: the edit must go to a new version 2.
    const framework = listFrameworkRows(first.db)[0]!;
    markVersionInUse(first.db, latestVersionRow(first.db, framework.id)!.id, 'batch-e2e');

    const page = await first.openContext();
    await login(page, COORDINATOR.username, COORDINATOR.password);
    await page.getByTestId('area-home').waitFor();

    // --- Kamus Kompetensi: the tree, the verify notice, an indicator edit ---
    await openArea(page, 'Kamus Kompetensi', 'dictionary');
    await page.getByTestId('competency-tree').waitFor();
    expect(await page.getByTestId(/^tree-competency-/).count()).toBe(9);
    expect(await page.getByTestId('verify-note').textContent()).toContain(
      'Teks perlu diverifikasi terhadap Lampiran Permenpan RB 38/2017',
    );
    await page.getByRole('searchbox', { name: /Cari kompetensi/ }).fill('gratifikasi');
    await expect.poll(() => page.getByTestId(/^tree-competency-/).count(), UI_WAIT).toBe(1);
    await page.getByRole('searchbox', { name: /Cari kompetensi/ }).fill('');
    // The tree filters on a deferred value: the whole tree is back before the keyboard walk.
    await expect.poll(() => page.getByTestId(/^tree-competency-/).count(), UI_WAIT).toBe(9);
    // Keyboard only: from the search field, Tab reaches Integritas' disclosure, Enter opens it,
    // Tab reaches its name, Enter selects it.
    await page.getByRole('searchbox', { name: /Cari kompetensi/ }).focus();
    await page.keyboard.press('Tab');
    const opener = page.getByRole('button', { name: 'Buka Integritas' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Tutup Integritas' }).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('tree-competency-INT').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('level-INT.L5').waitFor();
    await shoot(page, 'dictionary-browse');
    await a11y(page, 'dictionary', failures);

    await page.getByRole('button', { name: 'Ubah indikator 3.1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Indikator 3.1 (Bahasa Indonesia)' }).fill(EDITED);
    await a11y(page, 'dictionary edit dialog', failures);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    expect(await page.getByTestId('edit-new-version').textContent()).toContain('VERSI BARU 2');
    await expect.poll(() => page.getByTestId('indicator-INT.3.1').textContent(), UI_WAIT).toContain(EDITED);
    await expect
      .poll(() => page.getByTestId('version-picker').locator('option:checked').textContent(), UI_WAIT)
      .toMatch(/^Versi 2/);

    // --- The version diff: v1 → v2 shows the old and the new text ---
    await page.getByRole('tab', { name: 'Perbandingan versi' }).click();
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    const changed = page.getByTestId('diff-changed');
    await changed.waitFor();
    expect(await changed.textContent()).toContain('INT.3.1');
    expect(await changed.textContent()).toContain(EDITED);
    await shoot(page, 'dictionary-diff');
    await a11y(page, 'dictionary diff', failures);

    // --- Standar Kompetensi Jabatan: "Kepala Bidang" from the Administrator default ---
    await openArea(page, 'Standar Kompetensi Jabatan', 'standards');
    await page.getByTestId('standards-table').waitFor();
    await shoot(page, 'standards-list');
    await a11y(page, 'standards list', failures);
    const create = page.getByRole('form', { name: 'Buat standar dari level bawaan jenjang' });
    await create.getByRole('textbox', { name: 'Nama jabatan' }).fill('Kepala Bidang');
    await create.getByRole('combobox', { name: 'Jenjang' }).selectOption('administrator');
    await create.getByRole('textbox', { name: 'Unit kerja' }).fill('Bidang Pengembangan Kompetensi');
    await create.getByRole('button', { name: 'Buat standar' }).click();
    const grid = page.getByTestId('level-grid');
    await grid.waitFor();
    const intRow = grid.getByRole('radiogroup', { name: 'Integritas' });
    expect(await intRow.getByRole('radio', { name: 'Level 3' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => grid.getByTestId('grid-default-INT').textContent(), UI_WAIT).toBe('3');
    // Keyboard: Pengambilan Keputusan up one level.
    await grid
      .getByRole('radiogroup', { name: 'Pengambilan Keputusan' })
      .getByRole('radio', { name: 'Level 3' })
      .focus();
    await page.keyboard.press('ArrowRight');
    expect(
      await grid
        .getByRole('radiogroup', { name: 'Pengambilan Keputusan' })
        .getByRole('radio', { name: 'Level 4' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Simpan standar' }).click();
    await page.getByTestId('standard-saved').waitFor();
    await shoot(page, 'standards-editor');
    await a11y(page, 'standards editor', failures);
    await page.getByRole('button', { name: 'Kembali ke daftar' }).click();
    await page.getByRole('cell', { name: 'Kepala Bidang', exact: true }).waitFor();

    // --- Export CASE ---
    await openArea(page, 'Kamus Kompetensi', 'dictionary');
    await page.getByRole('tab', { name: 'Impor dan ekspor' }).click();
    await page.getByRole('combobox', { name: 'Format ekspor' }).selectOption('case');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor' }).click(),
    ]);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-e2e-case-'));
    const caseFile = path.join(tmp, download.suggestedFilename());
    await download.saveAs(caseFile);
    expect(caseFile).toMatch(/\.case\.json$/);
    expect(fs.readFileSync(caseFile, 'utf8')).toContain(EDITED);
    await shoot(page, 'dictionary-exchange');
    await a11y(page, 'dictionary exchange', failures);
    expect(first.problems).toEqual([]);

    // --- A fresh database imports the CASE file ---
    const second = await startApp();
    apps.push(second);
    const fresh = second.page;
    await completeSetup(fresh);
    await openArea(fresh, 'Kamus Kompetensi', 'dictionary');
    await fresh.getByTestId('tree-competency-INT').click();
    expect(await fresh.getByTestId('indicator-INT.3.1').textContent()).not.toContain(EDITED);
    await fresh.getByRole('tab', { name: 'Impor dan ekspor' }).click();
    await fresh.getByTestId('import-file').waitFor();
    await fresh.locator('input[type="file"]').setInputFiles(caseFile);
    await fresh.getByRole('button', { name: 'Pratinjau' }).click();
    const preview = fresh.getByTestId('import-preview');
    await preview.waitFor();
    expect(Number(await fresh.getByTestId('import-count-changed').textContent())).toBeGreaterThanOrEqual(1);
    await shoot(fresh, 'dictionary-import-preview');
    await a11y(fresh, 'dictionary import preview', failures);
    await fresh.getByRole('button', { name: 'Terapkan impor' }).click();
    await fresh.getByTestId('import-applied').waitFor();

    await fresh.getByRole('tab', { name: 'Kamus' }).click();
    await fresh.getByTestId('tree-competency-INT').click();
    await expect.poll(() => fresh.getByTestId('indicator-INT.3.1').textContent(), UI_WAIT).toContain(EDITED);
    expect(await fresh.getByTestId(/^tree-competency-/).count()).toBe(9);

    // The CASE file carried the position standard too: nothing is re-created here.
    await openArea(fresh, 'Standar Kompetensi Jabatan', 'standards');
    await fresh.getByRole('cell', { name: 'Kepala Bidang', exact: true }).waitFor();
    await fresh.getByRole('cell', { name: 'Bidang Pengembangan Kompetensi', exact: true }).waitFor();
    await fresh.getByRole('button', { name: 'Ubah Kepala Bidang' }).click();
    const arrived = fresh.getByTestId('level-grid');
    await arrived.waitFor();
    const levelOf = async (competency: string) => {
      const row = arrived.getByRole('radiogroup', { name: competency });
      for (const level of [1, 2, 3, 4, 5]) {
        if ((await row.getByRole('radio', { name: `Level ${level}` }).getAttribute('aria-checked')) === 'true')
          return level;
      }
      return null;
    };
    expect(await levelOf('Integritas')).toBe(3);
    expect(await levelOf('Pengambilan Keputusan')).toBe(4);
    // Every required level and weight, as the first database holds them.
    const standardIn = (app: E2eApp) => {
      const s = listStandards(app.db).find((x) => x.name === 'Kepala Bidang')!;
      return {
        jenjang: s.jenjang,
        unit: s.unit,
        requirements: [...s.requirements].sort((x, y) => x.competency.localeCompare(y.competency)),
      };
    };
    expect(standardIn(second)).toEqual(standardIn(first));
    expect(standardIn(second).requirements).toHaveLength(9);
    expect(listStandards(second.db).filter((x) => x.name === 'Kepala Bidang')).toHaveLength(1);
    await fresh.getByRole('button', { name: 'Kembali ke daftar' }).click();
    await fresh.getByRole('cell', { name: 'Kepala Bidang', exact: true }).waitFor();
    // The same screens in English: no catalogue key shows through.
    await fresh.getByTestId('language-switch-header').selectOption('en');
    await fresh.getByRole('heading', { level: 1, name: 'Position Competency Standards' }).waitFor();
    await shoot(fresh, 'standards-en');
    await fresh.getByTestId('nav-dictionary').click();
    await fresh.getByRole('heading', { level: 1, name: 'Competency Dictionary' }).waitFor();
    await fresh.getByTestId('tree-competency-PB').click();
    await fresh.getByTestId('level-PB.L5').waitFor();
    await shoot(fresh, 'dictionary-en');
    const english = (await fresh.getByRole('main').textContent()) ?? '';
    expect(english).toContain('Texts must be verified against the Lampiran of Permenpan RB 38/2017');
    expect(english).not.toMatch(/dictionaryUi\./);
    await a11y(fresh, 'dictionary (English)', failures);
    expect(second.problems).toEqual([]);

    expect(failures, `serious/critical axe violations:\n${failures.join('\n')}`).toEqual([]);
  });
});
