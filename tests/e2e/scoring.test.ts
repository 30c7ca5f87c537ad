import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { UI_WAIT, completeSetup, login, screenshot, seriousA11yViolations, startApp, type E2eApp } from '../helpers/e2e';
import { api, seedBatch } from '../helpers/e2e-batch';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PASSWORD = 'asesor-aman-2026';

/**
 * Through the channels, as the app's users would: accounts, one participant, a batch led by the
 * coordinator with a BEI (E1) and a role play (E2); assessor A on E1, assessor B on E2; running.
 */
async function prepare(db: Db) {
  const seeded = await seedBatch(db, PASSWORD, {
    coordinator: { username: 'ketua.tim', displayName: 'Budi Santoso' },
    assessors: [
      { username: 'asesor.rina', displayName: 'Rina Kartika' },
      { username: 'asesor.dedi', displayName: 'Dedi Pratama' },
    ],
    coordinatorIsKetua: true,
  });
  const { registry, coordinator: lead, codes } = seeded;
  const batch = { id: seeded.batchId };
  const participant = { id: seeded.participantId };
  const [a, b] = seeded.assessorIds.map((id) => ({ id })) as [{ id: string }, { id: string }];
  const [c0, c1, c2] = codes as [string, string, string];
  const e1 = await api<{ id: string }>(registry, lead, 'exercises.add', {
    batchId: batch.id,
    exercise: { kind: 'bei', name: 'Wawancara Perilaku', durationMinutes: 90 },
  });
  const e2 = await api<{ id: string }>(registry, lead, 'exercises.add', {
    batchId: batch.id,
    exercise: { kind: 'role-play', name: 'Role Play', durationMinutes: 45 },
  });
  await api(registry, lead, 'exercises.setCompetencies', { exerciseId: e1.id, competencies: [c0, c1] });
  await api(registry, lead, 'exercises.setCompetencies', { exerciseId: e2.id, competencies: [c0, c2] });
  const assign = (assessorId: string, exerciseId: string, start: string, end: string) =>
    api(registry, lead, 'assignments.assign', {
      batchId: batch.id,
      participantId: participant.id,
      assessorId,
      exerciseId,
      slot: { day: '2026-12-01', start, end, room: 'R1' },
    });
  await assign(a.id, e1.id, '08:00', '09:30');
  const forB = (await assign(b.id, e2.id, '10:00', '10:45')) as { id: string };
  await api(registry, lead, 'batches.setStatus', { id: batch.id, status: 'running' });
  // The code printed on B's paper form: the end of the assignment id (services/workspace-paper.ts).
  const paperCodeB = forB.id.replace(/-/g, '').slice(-8).toUpperCase();
  return { registry, lead, batchId: batch.id, participantId: participant.id, codes, c0, c1, c2, paperCodeB };
}

/**
 * A busy laptop: every zero-delay timer in the page runs 40 ms late. Until `restore`, a timer the
 * picker sets on opening fires after a fast typist's search, as it did once on a loaded CI machine.
 */
async function busyTimers(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { setTimeout: typeof setTimeout; __plainTimeout?: typeof setTimeout };
    w.__plainTimeout = w.setTimeout;
    w.setTimeout = ((fn: () => void, ms?: number) => w.__plainTimeout!(fn, ms || 40)) as typeof setTimeout;
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { setTimeout: typeof setTimeout; __plainTimeout?: typeof setTimeout };
      w.setTimeout = w.__plainTimeout!;
    });
}

/**
 * Writes one note and tags it with the keyboard only: competency n, indicator by its number,
 * polarity. `busy`: on a slow machine, with a pause after typing the indicator before Enter.
 */
async function keyboardNote(
  page: Page,
  n: number,
  text: string,
  competency: number,
  indicator: string,
  polarity: 'P' | 'N',
  busy = false,
) {
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type(text);
  await page.keyboard.press(`Alt+Shift+Digit${competency}`);
  const restore = busy ? await busyTimers(page) : null;
  await page.keyboard.press('Alt+KeyI');
  await page.keyboard.type(indicator);
  if (restore) {
    await page.waitForTimeout(100);
    await restore();
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press(`Alt+Key${polarity}`);
  const card = page.getByTestId(`note-${n}`);
  await card.locator('[data-state="saved"]').waitFor();
  expect(await card.getByRole('textbox').first().inputValue()).toBe(text);
}

async function openOnlyAssignment(page: Page, username: string) {
  await login(page, username, PASSWORD);
  await page.getByRole('link', { name: 'Ruang Asesor' }).click();
  await page.getByRole('link', { name: /Buka penugasan Andi Wijaya/ }).click();
  await page.getByTestId('workspace').waitFor();
}

/** Picks a level in a rubric card and saves it (with a rationale when given). */
async function rate(page: Page, code: string, level: number, rationale?: string) {
  const card = page.getByTestId(`rubric-${code}`);
  await card.getByRole('radio', { name: String(level), exact: true }).check();
  if (rationale) await card.getByRole('textbox', { name: /Alasan/ }).fill(rationale);
  await card.getByRole('button', { name: 'Simpan penilaian' }).click();
  await card.getByText(`Dinilai: level ${level}`).waitFor();
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, kirim' }).click();
  await page.getByTestId('submitted-banner').waitFor();
}

describe('scoring: two assessors, then the integration meeting', () => {
  it('assessors score by keyboard in two contexts; the lead resolves a flag and locks', { timeout: 240_000 }, async () => {
    app = await startApp();
    await completeSetup(app.page);
    const w = await prepare(app.db);
    const axe: string[] = [];

    // Assessor A: the behavioural interview (E1 measures c0 and c1, in code order).
    const pageA = await app.openContext();
    await openOnlyAssignment(pageA, 'asesor.rina');
    await pageA.getByTestId('interview-guide').waitFor();
    expect(await pageA.getByTestId('guide-main-question').textContent()).not.toBe('');
    await pageA.getByRole('button', { name: /Mulai/ }).click();
    await keyboardNote(pageA, 1, 'Menolak bingkisan rekanan dan mengembalikannya lewat surat resmi.', 1, '3.1', 'P', true);
    await keyboardNote(pageA, 2, 'Membagi tugas tim lintas bidang dan memantau kemajuan tiap minggu.', 2, '3.1', 'P');
    await expect
      .poll(() => pageA.getByTestId('note-1').getByLabel('Indikator #1', { exact: true }).inputValue(), UI_WAIT)
      .toMatch(/^3\.1 /);
    await expect
      .poll(() => pageA.getByTestId(`rubric-${w.c0}`).getByTestId('evidence-suggestion').textContent(), UI_WAIT)
      .toContain('3');
    await screenshot(pageA, 'scoring-workspace');
    axe.push(...(await seriousA11yViolations(pageA)).map((v) => `workspace: ${v}`));
    await rate(pageA, w.c0, 3);
    await rate(pageA, w.c1, 3);
    await submit(pageA);
    const download = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Unduh lembar kertas (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await pageA.evaluate(() => window.scrollTo(0, 0));
    await screenshot(pageA, 'scoring-rubric-submitted');
    axe.push(...(await seriousA11yViolations(pageA)).map((v) => `rubric: ${v}`));
    expect(await pageA.getByRole('button', { name: 'Buka kembali penilaian' }).count()).toBe(0);

    // Assessor B, in a second context: the role play (E2: c0 and c2), re-entered from the paper
    // form by its printed code; the cursor lands in a fresh note, so B types straight away.
    const pageB = await app.openContext();
    await login(pageB, 'asesor.dedi', PASSWORD);
    await pageB.getByRole('link', { name: 'Ruang Asesor' }).click();
    await pageB.getByRole('link', { name: 'Input ulang lembar kertas' }).click();
    await pageB.getByLabel('Kode lembar').fill(w.paperCodeB);
    await pageB.keyboard.press('Enter');
    await pageB.getByTestId('workspace').waitFor();
    expect(await pageB.getByTestId('interview-guide').count()).toBe(0);
    await pageB.getByRole('textbox', { name: /Catatan 1/ }).waitFor();
    // The cursor is put there by an effect after the note has rendered.
    await expect
      .poll(() => pageB.getByRole('textbox', { name: /Catatan 1/ }).evaluate((el) => el === document.activeElement), UI_WAIT)
      .toBe(true);
    await keyboardNote(pageB, 1, 'Menegur bawahan yang memalsukan daftar hadir dan membuat aturan baru.', 1, '5.1', 'P');
    await rate(pageB, w.c0, 5);
    const c2 = pageB.getByTestId(`rubric-${w.c2}`);
    await c2.getByRole('radio', { name: '3', exact: true }).check();
    expect(await c2.getByTestId('rationale-reason').textContent()).toContain('belum ada bukti');
    await rate(pageB, w.c2, 3, 'Perilaku terlihat saat menenangkan warga, tetapi tidak dicatat per indikator.');
    await submit(pageB);

    // The coordinator moves the batch to integration; the lead opens the meeting in a third context.
    await api(w.registry, w.lead, 'batches.setStatus', { id: w.batchId, status: 'integration' });
    const lead = await app.openContext();
    await login(lead, 'ketua.tim', PASSWORD);
    await lead.getByRole('link', { name: 'Rapat Integrasi' }).click();
    const cell = lead.getByTestId(`cell-${w.participantId}-${w.c0}`);
    await cell.waitFor();
    expect(await cell.textContent()).toContain('Wawancara Perilaku · Rina Kartika: 3');
    expect(await cell.textContent()).toContain('Role Play · Dedi Pratama: 5');
    expect(await cell.getByTestId('flags').textContent()).toContain('Selisih lebih dari 1 level (3–5)');
    expect(await cell.textContent()).toContain('Saran: 4');
    await screenshot(lead, 'scoring-integration-before');

    // Resolve the spread: the meeting settles on 3, which differs from the suggestion, so a rationale.
    await cell.getByRole('button').click();
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('radio', { name: '3', exact: true }).check();
    expect(await dialog.getByTestId('decide-reason').textContent()).toContain('berbeda dari level saran (4)');
    await screenshot(lead, 'scoring-integration-decide');
    axe.push(...(await seriousA11yViolations(lead)).map((v) => `decide: ${v}`));
    await dialog.getByRole('textbox', { name: /Alasan keputusan/ }).fill('Level 5 di role play tidak didukung contoh lain; disepakati 3.');
    await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await cell.getByTestId('cell-final').filter({ hasText: 'Final: 3' }).waitFor();

    // Every other competency of the standard: the suggestion where there is one, else 3 with a reason.
    for (const code of w.codes.filter((c) => c !== w.c0)) {
      const other = lead.getByTestId(`cell-${w.participantId}-${code}`);
      await other.getByRole('button').click();
      const d = lead.getByRole('dialog');
      // The dialog mounts after the click (portal, transition): read its radios only once it shows.
      await d.getByTestId('decide-suggested').waitFor();
      if ((await d.getByRole('radio', { checked: true }).count()) === 0) await d.getByRole('radio', { name: '3', exact: true }).check();
      if (await d.getByTestId('decide-reason').count())
        await d.getByRole('textbox', { name: /Alasan keputusan/ }).fill('Tidak diukur dalam kegiatan ini; ditetapkan dari standar.');
      await d.getByRole('button', { name: 'Simpan keputusan' }).click();
      await d.waitFor({ state: 'detached' });
      await other.getByTestId('cell-final').filter({ hasText: 'Final:' }).waitFor();
    }

    await lead.getByRole('button', { name: /Kunci & tanda tangan/ }).click();
    const lockDialog = lead.getByRole('dialog');
    await lockDialog.getByRole('textbox', { name: /Nama penanda tangan/ }).fill('Budi Santoso');
    await lockDialog.getByRole('button', { name: 'Kunci' }).click();
    await lead.getByTestId('locked-badge').waitFor();
    await lockDialog.waitFor({ state: 'detached' });
    expect(await lead.getByTestId(`row-${w.participantId}`).getAttribute('data-locked')).toBe('true');
    expect(await lead.getByTestId(`row-${w.participantId}`).textContent()).toContain('ditandatangani Budi Santoso');
    await screenshot(lead, 'scoring-integration-locked');
    axe.push(...(await seriousA11yViolations(lead)).map((v) => `integration: ${v}`));

    // What the main side kept: the final levels and the lock.
    const decided = app.db
      .prepare('SELECT final_level, rationale FROM integration_decision WHERE participant_id = ? AND competency = ? AND deleted_at IS NULL')
      .get(w.participantId, w.c0) as { final_level: number; rationale: string };
    expect(decided).toEqual({ final_level: 3, rationale: 'Level 5 di role play tidak didukung contoh lain; disepakati 3.' });
    expect(axe, `serious/critical axe violations:\n${axe.join('\n')}`).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
