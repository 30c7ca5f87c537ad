import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  completeSetup,
  login,
  screenshot,
  seriousA11yViolations,
  startApp,
  type E2eApp,
  pageCall,
  UI_WAIT,
} from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PASSWORD = 'kata-sandi-aman-2026';
const ASSESSORS = ['Rina Asesor', 'Joko Asesor', 'Maya Asesor'];

/**
 * A SIASN-style participant file as people really send it: semicolons, a name column whose
 * header the app does not know ("Nama sesuai SK"), 8 good rows, a NIP that Excel turned into
 * 1.97E+17, an unreadable birth date, and one NIP twice.
 */
function participantCsv(): string {
  const nip = (n: number) => `19850101201001${n % 2 ? 1 : 2}${String(n).padStart(3, '0')}`;
  const units = ['Dinas Kesehatan', 'Dinas Pendidikan', 'Bappeda', 'Dinas Perhubungan'];
  const rows = ['NIP;Nama sesuai SK;Gelar Belakang;Golongan;Jabatan;Unit Kerja;Tanggal Lahir'];
  for (let n = 1; n <= 8; n++)
    rows.push(`${nip(n)};Peserta Uji ${n};S.E.;III/c;Kepala Bidang;${units[n % 4]};1985-01-01`);
  rows.push('1.97E+17;Nip Rusak;;III/c;Analis;Bappeda;1985-01-01');
  rows.push(`${nip(20)};Tanggal Salah;;III/c;Analis;Bappeda;1985-13-45`);
  rows.push(`${nip(30)};Kembar Satu;;III/c;Analis;Bappeda;1985-01-01`);
  rows.push(`${nip(30)};Kembar Dua;;III/c;Analis;Bappeda;1985-01-01`);
  return `${rows.join('\r\n')}\r\n`;
}

async function expectNoSeriousA11y(page: Page) {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function waitText(locator: Locator, text: string) {
  await locator.getByText(text, { exact: false }).first().waitFor();
}

async function openTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
}

describe('planning an assessment batch (issue 4)', () => {
  it('a coordinator imports participants with bad rows, plans a batch, resolves a warning and prints the schedule', async () => {
    app = await startApp();
    const admin = app.page;
    await completeSetup(admin);
    await pageCall(admin, 'users.create', {
      username: 'koordinator',
      displayName: 'Budi Koordinator',
      role: 'coordinator',
      password: PASSWORD,
    });
    for (const [i, name] of ASSESSORS.entries()) {
      await pageCall(admin, 'users.create', {
        username: `asesor${i + 1}`,
        displayName: name,
        role: 'assessor',
        password: PASSWORD,
      });
    }

    const page = await app.openContext();
    await login(page, 'koordinator', PASSWORD);
    await page.getByTestId('area-home').waitFor();

    // --- Import: fix the mapping by hand, see every bad row, import the valid ones.
    await page.getByRole('link', { name: 'Peserta' }).click();
    await waitText(page.getByTestId('participant-count'), '0 peserta');
    await page.getByRole('button', { name: 'Impor dari berkas' }).click();
    await page
      .getByLabel(/^Berkas peserta/)
      .setInputFiles({ name: 'peserta-siasn.csv', mimeType: 'text/csv', buffer: Buffer.from(participantCsv()) });
    const nameColumn = page.getByRole('combobox', { name: 'Kolom 2: "Nama sesuai SK"' });
    await nameColumn.waitFor();
    await page.getByText(/Kolom wajib belum dipetakan: Nama/).waitFor();
    await nameColumn.selectOption('name');
    await screenshot(page, 'planning-01-import-mapping');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const problemText = (await problems.innerText()).replace(/\s+/g, ' ');
    expect(problemText).toContain('10 NIP NIP "1.97E+17" telah diubah menjadi angka');
    expect(problemText).toMatch(/11 Tanggal Lahir Tanggal lahir "1985-13-45" tidak terbaca/);
    expect(problemText).toMatch(/muncul lebih dari sekali dalam berkas \(baris 12, 13\)/);
    expect(await page.getByTestId('count-new').innerText()).toBe('BARU: 8');
    expect(await page.getByTestId('count-rejected').innerText()).toBe('DITOLAK: 4');
    await screenshot(page, 'planning-02-import-preview');
    await expectNoSeriousA11y(page);
    await page.getByRole('radio', { name: 'Impor baris yang valid saja' }).check();
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await waitText(page.getByTestId('import-result'), '8 peserta baru, 0 diperbarui, 0 tidak berubah, 4 baris ditolak');
    await page.keyboard.press('Escape');
    await waitText(page.getByTestId('participant-count'), '8 peserta');
    await page.getByRole('table', { name: 'Daftar peserta' }).getByText('19850101 201001 1 001').waitFor();
    await page.getByRole('searchbox', { name: /Cari peserta/ }).fill('Bappeda');
    await waitText(page.getByTestId('participant-count'), '2 peserta');
    await screenshot(page, 'planning-03-participants');
    await expectNoSeriousA11y(page);
    await page.getByRole('searchbox', { name: /Cari peserta/ }).fill('');

    // The form checks a typed NIP at once and shows what it says (birth date, sex).
    await page.getByRole('button', { name: 'Ubah Peserta Uji 1', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Ubah data peserta' });
    await edit.getByTestId('nip-derived').waitFor();
    expect(await edit.getByTestId('nip-derived').innerText()).toBe('Menurut NIP: lahir 1 Januari 1985, laki-laki');
    expect(await edit.getByLabel('Golongan').inputValue()).toBe('III/c');
    await screenshot(page, 'planning-03b-participant-form');
    await expectNoSeriousA11y(page);
    await edit.getByRole('button', { name: 'Batal' }).click();

    // --- A batch with its team, participants and four exercises.
    await page.getByRole('link', { name: 'Kegiatan Asesmen' }).click();
    await page.getByRole('button', { name: 'Kegiatan baru' }).click();
    const form = page.getByRole('form', { name: 'Kegiatan asesmen baru' });
    await form.getByLabel('Nama kegiatan').fill('Asesmen Administrator 2026');
    await form.getByLabel('Tujuan').selectOption('pengisian');
    const standard = form.getByLabel('Standar kompetensi jabatan sasaran');
    await standard.locator('option', { hasText: 'Administrator' }).first().waitFor({ state: 'attached' });
    await standard.selectOption({ label: 'Standar bawaan — Administrator' });
    await form.getByLabel('Tanggal mulai').fill('2026-12-01');
    await form.getByLabel('Tanggal selesai').fill('2026-12-02');
    await form.getByLabel('Tempat').fill('Gedung BPSDM Samarinda');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('batch-name').waitFor();
    expect(await page.getByTestId('batch-status').innerText()).toMatch(/perencanaan/i);

    const addMember = page.getByRole('form', { name: 'Tambah anggota' });
    await addMember.getByLabel('Orang').selectOption({ label: 'Budi Koordinator (Anda)' });
    await addMember.getByLabel('Peran dalam tim').selectOption('ketua');
    await addMember.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByTestId('team-table').getByText('Budi Koordinator (Anda)').waitFor();
    for (const name of ASSESSORS) {
      await addMember.getByLabel('Orang').selectOption({ label: name });
      await addMember.getByLabel('Peran dalam tim').selectOption('asesor');
      await addMember.getByRole('button', { name: 'Tambah anggota' }).click();
      await page.getByTestId('team-table').getByRole('cell', { name, exact: true }).waitFor();
    }

    await openTab(page, 'Peserta');
    await page.getByRole('searchbox', { name: /Cari peserta di daftar peserta/ }).fill('Peserta Uji');
    await page.getByRole('button', { name: 'Tambahkan (8)' }).click();
    await page.getByTestId('batch-participants').getByText('Peserta Uji 8').waitFor();

    await openTab(page, 'Simulasi');
    const exerciseForm = page.getByRole('form', { name: 'Tambah simulasi' });
    for (const kind of ['bei', 'in-tray', 'diskusi-kelompok', 'role-play']) {
      await exerciseForm.getByLabel('Jenis simulasi').selectOption(kind);
      await exerciseForm.getByLabel('Instruksi').fill(`Instruksi untuk ${kind}.`);
      await exerciseForm.getByRole('button', { name: 'Tambah simulasi' }).click();
      await page.getByTestId('exercise-table').getByText(`Instruksi untuk ${kind}.`).waitFor();
    }
    await screenshot(page, 'planning-04-exercises');

    await openTab(page, 'Asesor');
    for (const name of ASSESSORS) {
      await page.getByLabel(`Nomor sertifikat: ${name}`).fill(`SERT-${name.slice(0, 4).toUpperCase()}`);
      await page.getByLabel(`Tingkat: ${name}`).fill('Asesor Madya');
      await page.getByLabel(`Berlaku sampai: ${name}`).fill('2028-12-31');
      await page.getByLabel(`Unit kerja asal: ${name}`).fill('BPSDM Kaltim');
      await page.getByRole('button', { name: `Simpan profil ${name}` }).click();
      await page.getByText(`Profil ${name} tersimpan.`).waitFor();
    }

    // --- The matrix: interview and in-tray measure everything except Integritas in the in-tray.
    await openTab(page, 'Matriks');
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    const column = (exercise: string) => matrix.getByRole('checkbox', { name: new RegExp(`diukur oleh ${exercise}$`) });
    const interview = column('Wawancara perilaku \\(BEI\\)');
    const count = await interview.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) await interview.nth(i).check();
    const firstCompetency = ((await interview.first().getAttribute('aria-label')) ?? '').replace(
      / diukur oleh .*$/,
      '',
    );
    const inTray = column('In-tray');
    for (let i = 1; i < count; i++) await inTray.nth(i).check();
    await screenshot(page, 'planning-05-matrix');
    await expectNoSeriousA11y(page);

    await openTab(page, /Peringatan/);
    const warnings = page.getByTestId('warnings');
    const sentence = `Kompetensi ${firstCompetency} hanya diukur oleh 1 simulasi (minimal 2).`;
    await warnings.getByText(sentence).waitFor();
    await screenshot(page, 'planning-06-warning');

    // Resolve it: the in-tray measures that competency too.
    await openTab(page, 'Matriks');
    await column('In-tray').first().check();
    await openTab(page, /Peringatan/);
    await page
      .getByText(/Peringatan tidak menghalangi|Tidak ada peringatan/)
      .first()
      .waitFor();
    // The intro text also shows with the warnings from before the change: wait for the refresh.
    await expect.poll(() => page.getByText(sentence).count(), UI_WAIT).toBe(0);

    // --- Automatic assignment of the three assessors, the timetable, then the warnings again.
    await openTab(page, 'Penugasan & Jadwal');
    await page.getByRole('button', { name: 'Bagi penugasan otomatis' }).click();
    await page.getByTestId('timetable').first().waitFor();
    const timetable = await page.getByTestId('timetable').allInnerTexts();
    for (const name of ASSESSORS) expect(timetable.join('\n')).toContain(name);
    await screenshot(page, 'planning-07-schedule');
    await expectNoSeriousA11y(page);
    await openTab(page, /Peringatan/);
    await page.getByTestId('no-warnings').waitFor();

    // --- Print the schedule: a real PDF download.
    await openTab(page, 'Cetak');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh jadwal (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'planning-08-print');
    await expectNoSeriousA11y(page);

    // The batch list shows it with its participant count.
    await page.getByRole('link', { name: 'Kembali ke daftar kegiatan' }).click();
    const row = page.getByTestId('batch-table').getByRole('row', { name: /Asesmen Administrator 2026/ });
    await expect
      .poll(async () => (await row.innerText()).replace(/\s+/g, ' '), UI_WAIT)
      .toMatch(/Pengisian jabatan Perencanaan .*8$/i);
    await screenshot(page, 'planning-09-batches');
    await expectNoSeriousA11y(page);
    expect(app.problems).toEqual([]);
  });
});
