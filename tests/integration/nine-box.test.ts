import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResultsMatrix, ResultView } from '../../shared/schemas/results';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused } from '../helpers/scoring-world';
import { integratedBatch } from './results-world';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const nipOf = (id: string) => (t.db.prepare('SELECT nip FROM participant WHERE id = ?').get(id) as { nip: string }).nip;

/** p1 JPM 100 % (tinggi), p2 JPM 81.48 % (menengah). */
async function world() {
  const w = await integratedBatch(t.db, { p1: {}, p2: { INT: 2, KOM: 2, KS: 1 } });
  await call(w.registry, w.lead, 'results.compute', { batchId: w.batch.id });
  return w;
}

describe('nine-box', () => {
  it('places kinerja × potential the ASN way and lists the talent pool with its follow-up', async () => {
    const w = await world();
    const set = (participantId: string, kinerja: string | null, potensiScore?: number | null) =>
      call<ResultView>(w.registry, w.lead, 'results.setPerformance', { batchId: w.batch.id, participantId, kinerja, potensiScore });
    expect(await set(w.participants.p1, 'di-atas')).toMatchObject({ potentialBand: 'tinggi', nineBox: 9 });
    expect(await set(w.participants.p2, 'di-bawah')).toMatchObject({ potentialBand: 'menengah', nineBox: 3 });
    expect(await set(w.participants.p2, 'sesuai')).toMatchObject({ nineBox: 5 });
    // Potensi 50 with the default 50/50 weight: (81.48 + 50) / 2 = 65.7 → rendah → box 2.
    expect(await set(w.participants.p2, 'sesuai', 50)).toMatchObject({ potensiScore: 50, potentialBand: 'rendah', nineBox: 2 });
    // Clearing kinerja clears the box; potensi is kept when not sent.
    expect(await set(w.participants.p2, null)).toMatchObject({ potensiScore: 50, nineBox: null });

    const pool = await call<(ResultView & { followUp: { id: string; en: string } })[]>(w.registry, w.lead, 'results.talentPool', { batchId: w.batch.id });
    expect(pool.map((p) => [p.participantId, p.nineBox])).toEqual([[w.participants.p1, 9]]);
    expect(pool[0]!.followUp.id).toMatch(/Dipromosikan/);
    expect(pool[0]!.followUp.en).toMatch(/Promote/);
    const audit = t.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'performance'").get() as { n: number };
    expect(audit.n).toBe(5);
  });

  it('follows configurable bands and potensi weight, re-placing stored results', async () => {
    const w = await world();
    await call(w.registry, w.lead, 'results.setPerformance', { batchId: w.batch.id, participantId: w.participants.p2, kinerja: 'di-atas' });
    const before = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(before.rows.find((r) => r.participantId === w.participants.p2)!.nineBox).toBe(7);
    const s = await call<{ bands: { tinggi: number } }>(w.registry, w.lead, 'results.saveSettings', { bands: { tinggi: 80, menengah: 70, potensiWeight: 40 } });
    expect(s.bands.tinggi).toBe(80);
    const after = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(after.rows.find((r) => r.participantId === w.participants.p2)).toMatchObject({ potentialBand: 'tinggi', nineBox: 9 });
    const bad = await refused(w.registry, w.lead, 'results.saveSettings', { bands: { tinggi: 60, menengah: 70, potensiWeight: 40 } });
    expect(bad.code).toBe('VALIDATION');
  });

  it('imports kinerja from CSV by NIP in Indonesian or English, and reports bad rows without writing', async () => {
    const w = await world();
    const n1 = nipOf(w.participants.p1);
    const n2 = nipOf(w.participants.p2);
    const good = `NIP;Kategori Kinerja;Potensi\n${n1};Di atas ekspektasi;90\n'${n2};below;\n`;
    const ok = await call<{ updated: number; problems: unknown[] }>(w.registry, w.lead, 'results.importPerformance', { batchId: w.batch.id, fileName: 'kinerja.csv', contentBase64: b64(good) });
    expect(ok).toEqual({ updated: 2, unchanged: 0, problems: [] });
    const m = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(m.rows.map((r) => [r.kinerja, r.nineBox, r.potensiScore])).toEqual([
      ['di-atas', 9, 90],
      ['di-bawah', 3, null],
    ]);
    // Same file again: nothing changes.
    expect(await call(w.registry, w.lead, 'results.importPerformance', { batchId: w.batch.id, fileName: 'kinerja.csv', contentBase64: b64(good) })).toEqual({ updated: 0, unchanged: 2, problems: [] });

    const bad = `nip,performance,potensi\n${n1},sesuai ekspektasi,abc\n199001012015011001,sesuai,\n${n2},luar biasa?,\n${n1},meets,\n`;
    const r = await call<{ updated: number; problems: { row: number; column: string; message: string }[] }>(w.registry, w.lead, 'results.importPerformance', {
      batchId: w.batch.id,
      fileName: 'kinerja.csv',
      contentBase64: b64(bad),
    });
    expect(r.updated).toBe(0);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'potensi'],
      [3, 'NIP'],
      [4, 'performance'],
      [5, 'NIP'],
    ]);
    expect(r.problems[1]!.message).toMatch(/bukan peserta.*\| NIP 199001012015011001 is not a participant/);
    expect(r.problems[3]!.message).toMatch(/lebih dari sekali \(baris 2\)/);
    // Nothing was written: p1 is still "di atas".
    const still = await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id });
    expect(still.rows[0]!.kinerja).toBe('di-atas');

    const noColumn = await refused(w.registry, w.lead, 'results.importPerformance', { batchId: w.batch.id, fileName: 'x.csv', contentBase64: b64('NIP;Nama\n1;a\n') });
    expect(noColumn.code).toBe('BAD_INPUT');
    expect(noColumn.message).toMatch(/kategori kinerja/);

    // Broken quoting names the file, row and column, in Indonesian and in English.
    const quoting = await refused(w.registry, w.lead, 'results.importPerformance', { batchId: w.batch.id, fileName: 'kinerja-rusak.csv', contentBase64: b64('NIP;Kinerja\n"199001;sesuai\n') });
    expect(quoting.code).toBe('BAD_INPUT');
    expect(quoting.message).toMatch(/kinerja-rusak\.csv: Tanda kutip pada baris 2 tidak pernah ditutup \(kolom 1\)/);
    expect(quoting.details).toEqual([{ path: 'row 2, column 1', message: 'The quote opened in row 2 is never closed (column 1).' }]);
    expect((await call<ResultsMatrix>(w.registry, w.lead, 'results.list', { batchId: w.batch.id })).rows[0]!.kinerja).toBe('di-atas');
  });

  it('refuses kinerja before a result exists and refuses assessors', async () => {
    const w = await integratedBatch(t.db, { p1: {}, p2: {} }, { lock: [] });
    const e = await refused(w.registry, w.lead, 'results.setPerformance', { batchId: w.batch.id, participantId: w.participants.p1, kinerja: 'sesuai' });
    expect(e.code).toBe('BAD_INPUT');
    expect((await refused(w.registry, w.A1, 'results.talentPool', { batchId: w.batch.id })).code).toBe('FORBIDDEN');
    expect((await refused(w.registry, w.lead, 'results.setPerformance', { batchId: w.batch.id, participantId: w.participants.p1, kinerja: 'luar-biasa' })).code).toBe('VALIDATION');
  });
});
