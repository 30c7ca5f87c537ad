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
const QUESTION = 'Ceritakan saat Anda menolak gratifikasi dari rekanan kerja.';

/**
 * A running batch with one BEI measuring the first competency of the batch's guide, one
 * participant and one assessor on it; set up through the channels as its users would.
 */
async function prepare(db: Db) {
  const { registry, coordinator, assessorIds, participantId, batchId } = await seedBatch(db, PASSWORD, {
    coordinator: { username: 'koordinator', displayName: 'Budi Santoso' },
    assessors: [{ username: 'asesor.rina', displayName: 'Rina Kartika' }],
  });
  const [first] = await api<{ competency: string }[]>(registry, coordinator, 'guides.list', { batchId });
  const bei = await api<{ id: string }>(registry, coordinator, 'exercises.add', {
    batchId,
    exercise: { kind: 'bei', name: 'Wawancara Perilaku', durationMinutes: 90 },
  });
  await api(registry, coordinator, 'exercises.setCompetencies', { exerciseId: bei.id, competencies: [first!.competency] });
  await api(registry, coordinator, 'assignments.assign', {
    batchId,
    participantId,
    assessorId: assessorIds[0],
    exerciseId: bei.id,
    slot: { day: '2026-12-01', start: '08:00', end: '09:30', room: 'R1' },
  });
  await api(registry, coordinator, 'batches.setStatus', { id: batchId, status: 'running' });
  return { batchId, competency: first!.competency };
}

describe('the batch’s interview guide and undoing a deleted note', () => {
  it('the coordinator edits the guide, the assessor interviews with it and undoes a deleted note', { timeout: 180_000 }, async () => {
    app = await startApp();
    await completeSetup(app.page);
    const w = await prepare(app.db);
    const axe: string[] = [];

    // Coordinator: Kegiatan Asesmen › the batch › Panduan Wawancara; edit, try to leave, save.
    const coord = await app.openContext();
    await login(coord, 'koordinator', PASSWORD);
    await coord.getByRole('link', { name: 'Kegiatan Asesmen' }).click();
    await coord.getByRole('link', { name: /Asesmen Administrator 2026/ }).first().click();
    await coord.getByRole('tab', { name: 'Panduan Wawancara' }).click();
    const main = coord.getByRole('textbox', { name: 'Pertanyaan utama — Bahasa Indonesia' });
    await main.fill(QUESTION);
    await coord.getByRole('tab', { name: 'Tim' }).click();
    const leave = coord.getByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Batal' }).click();
    await leave.waitFor({ state: 'detached' });
    await coord.getByRole('button', { name: 'Simpan panduan' }).click();
    await coord.getByText(/tersimpan\./).waitFor();
    await screenshot(coord, 'guides-editor');
    axe.push(...(await seriousA11yViolations(coord)).map((v) => `guides: ${v}`));
    const stored = app.db
      .prepare('SELECT guide FROM batch_interview_guide WHERE batch_id = ? AND competency = ?')
      .get(w.batchId, w.competency) as { guide: string };
    expect((JSON.parse(stored.guide) as { mainQuestion: { id: string } }).mainQuestion.id).toBe(QUESTION);

    // Assessor: the interview shows the edited question; a note deleted by mistake comes back.
    const asr = await app.openContext();
    await login(asr, 'asesor.rina', PASSWORD);
    await asr.getByRole('link', { name: 'Ruang Asesor' }).click();
    await asr.getByRole('link', { name: /Buka penugasan Andi Wijaya/ }).click();
    expect(await asr.getByTestId('guide-main-question').textContent()).toBe(QUESTION);
    await asr.keyboard.press('Control+Enter');
    await asr.keyboard.type('Mengembalikan bingkisan rekanan lewat surat resmi.');
    await asr.getByTestId('note-1').locator('[data-state="saved"]').waitFor();
    const noteId = await asr.getByTestId('note-1').getAttribute('data-note-id');
    await asr.getByRole('button', { name: 'Hapus catatan #1' }).click();
    await asr.getByTestId('deleted-note').waitFor();
    expect(await asr.getByTestId('note-1').count()).toBe(0);
    await screenshot(asr, 'notes-undo');
    axe.push(...(await seriousA11yViolations(asr)).map((v) => `undo: ${v}`));
    // Focus is on "Urungkan" (moved there by an effect once the bar shows): Enter restores.
    const undo = asr.getByTestId('deleted-note').getByRole('button', { name: 'Urungkan' });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement), UI_WAIT).toBe(true);
    await asr.keyboard.press('Enter');
    await asr.getByTestId('note-1').waitFor();
    expect(await asr.getByRole('textbox', { name: /Catatan 1/ }).inputValue()).toBe('Mengembalikan bingkisan rekanan lewat surat resmi.');
    const row = app.db.prepare('SELECT deleted_at FROM observation_note WHERE id = ?').get(noteId) as { deleted_at: string | null };
    expect(row.deleted_at).toBeNull();

    expect(axe, `serious/critical axe violations:\n${axe.join('\n')}`).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
