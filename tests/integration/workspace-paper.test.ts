import { afterEach, describe, expect, it, vi } from 'vitest';
import { assignmentShortCode } from '../../electron/services/workspace-paper';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { inspectPdf } from '../helpers/pdf';
import { call, refused, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

describe('paper fallback (issue 5)', () => {
  it('prints the blank form of an assignment with its participant, exercise, assessor, anchors and code', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const { fileName, pdfBase64 } = await call<{ fileName: string; pdfBase64: string }>(
      w.registry,
      w.lead,
      'assignments.paperForm',
      { assignmentId: w.asg.p1e1 },
    );
    const code = assignmentShortCode(w.asg.p1e1);
    expect(fileName).toMatch(new RegExp(`^lembar-observasi-\\d{18}-Wawancara-Perilaku-${code}\\.pdf$`));
    const { text, qpdf } = inspectPdf(Buffer.from(pdfBase64, 'base64'));
    expect(qpdf).toMatch(/No syntax or stream encoding errors/);
    const flat = text.replace(/\s+/g, ' ');
    const names = t.db
      .prepare('SELECT id_number, name_id FROM framework_node WHERE version_id = ? AND id_number IN (?, ?)')
      .all(w.batch.frameworkVersionId, w.c0, w.c1) as { id_number: string; name_id: string }[];
    for (const s of [
      'Peserta 1',
      'Wawancara Perilaku (90 menit)',
      'asesor1',
      code,
      w.asg.p1e1,
      ...names.map((n) => `${n.name_id} (${n.id_number})`),
    ])
      expect(flat, s).toContain(s);
    expect(flat).not.toContain(`(${w.c2})`);
  });

  it('prints for the assignment’s own assessor but not for another assessor', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    expect(
      (await call<{ pdfBase64: string }>(w.registry, w.A1, 'assignments.paperForm', { assignmentId: w.asg.p1e1 }))
        .pdfBase64.length,
    ).toBeGreaterThan(1000);
    expect((await refused(w.registry, w.A2, 'assignments.paperForm', { assignmentId: w.asg.p1e1 })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('finds the form again by the printed code, the full id or the id’s first characters', async () => {
    t = tempDb();
    const w = await runningBatch(t.db);
    const code = assignmentShortCode(w.asg.p2e2);
    const byCode = await call<{ assignmentId: string; item: { participant: { name: string } } }>(
      w.registry,
      w.A1,
      'assignments.findForReentry',
      { code: code.toLowerCase() },
    );
    expect(byCode.assignmentId).toBe(w.asg.p2e2);
    expect(byCode.item.participant.name).toBe('Peserta 2');
    expect(
      (
        await call<{ assignmentId: string }>(w.registry, w.A1, 'assignments.findForReentry', {
          code: ` ${w.asg.p2e2.toUpperCase()} `,
        })
      ).assignmentId,
    ).toBe(w.asg.p2e2);
    // The first 8 characters of a UUID v7 are its timestamp: shared by assignments made together, so ambiguous.
    const first8 = w.asg.p2e2.slice(0, 8);
    const all = [w.asg.p1e1, w.asg.p1e2, w.asg.p2e1, w.asg.p2e2].filter((a) => a.startsWith(first8));
    const coordinator = contextAs(t.db, 'coordinator', 'koordinator-2');
    if (all.length > 1)
      expect((await refused(w.registry, coordinator, 'assignments.findForReentry', { code: first8 })).code).toBe(
        'BAD_INPUT',
      );
    else
      expect(
        (await call<{ assignmentId: string }>(w.registry, coordinator, 'assignments.findForReentry', { code: first8 }))
          .assignmentId,
      ).toBe(w.asg.p2e2);
    // An assessor finds only their own forms.
    expect((await refused(w.registry, w.A2, 'assignments.findForReentry', { code })).code).toBe('NOT_FOUND');
    expect((await refused(w.registry, w.A1, 'assignments.findForReentry', { code: 'zz-12' })).details).toEqual([
      {
        path: 'code',
        message:
          'ketik 8 karakter kode atau ID lengkap yang tercetak pada lembar / type the 8-character code or the full ID printed on the form',
      },
    ]);
  });

  it('asks for more characters, in Indonesian and English, when several forms match the typed code', async () => {
    // UUID v7 ids begin with their creation time: with the clock held still, every form shares its first characters.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T08:00:00Z'));
    t = tempDb();
    const w = await runningBatch(t.db).finally(() => vi.useRealTimers());
    const prefix = w.asg.p1e1.slice(0, 8);
    const matching = Object.values(w.asg).filter((id) => id.startsWith(prefix)).length;
    expect(matching).toBeGreaterThan(1);
    const coordinator = contextAs(t.db, 'coordinator', 'koordinator-2');
    const ambiguous = await refused(w.registry, coordinator, 'assignments.findForReentry', { code: ` ${prefix} ` });
    expect(ambiguous).toMatchObject({
      code: 'BAD_INPUT',
      message: `Masukan tidak dapat diproses: ${matching} lembar cocok dengan kode "${prefix}"; ketik lebih banyak karakter / ${matching} forms match the code "${prefix}"; type more characters`,
    });
    // The full id (from the QR code) settles it.
    expect(
      (await call<{ assignmentId: string }>(w.registry, coordinator, 'assignments.findForReentry', { code: w.asg.p1e1 }))
        .assignmentId,
    ).toBe(w.asg.p1e1);
  });
});
