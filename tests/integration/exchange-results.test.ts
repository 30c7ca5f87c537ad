import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/codecs/csv';
import { insertRow } from '../../electron/repositories/rows';
import { batchStandard } from '../../electron/services/batch-standard';
import { computeJpm } from '../../shared/domain/jpm';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { tempDb, type TempDb } from '../helpers/db';
import { call, runningBatch } from '../helpers/scoring-world';

let t: TempDb;
afterEach(() => t?.cleanup());

type File = { fileName: string; contentBase64: string; missing: string[] };

async function decided() {
  t = tempDb();
  const w = await runningBatch(t.db);
  await call(w.registry, w.lead, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
  const standard = batchStandard(t.db, w.batch.id);
  for (const r of standard.requirements) {
    await call(w.registry, w.lead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: w.participants.p2,
      competency: r.competency,
      finalLevel: 3,
      rationale: 'hasil rapat integrasi',
    });
  }
  return { w, standard };
}

describe('batch results as CSV and XLSX (issue 7)', () => {
  it('one row per participant: NIP, name, level per competency, JPM, category, nine-box', async () => {
    const { w, standard } = await decided();
    const file = await call<File>(w.registry, w.lead, 'exchange.resultsTable', { batchId: w.batch.id, format: 'csv' });
    expect(file.fileName).toMatch(/\.csv$/);
    expect(file.missing).toEqual([]);
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf-8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, p1, p2] = parseCsv(text).rows.map((r) => r.fields);
    const codes = standard.requirements.map((r) => r.competency);
    expect(header).toEqual(['NIP', 'Nama', ...codes, 'JPM', 'Kategori', 'Nine-box']);
    // P1 has no decisions yet: empty, never zero.
    expect(p1!.slice(2)).toEqual(codes.map(() => '').concat(['', '', '']));
    const expected = computeJpm(
      standard.requirements.map((r) => ({
        competency: r.competency,
        required: r.level,
        achieved: 3,
        weight: r.weight ?? undefined,
      })),
      'pengisian',
      DEFAULT_SCORING_RULE,
    );
    expect(p2).toEqual([
      expect.stringMatching(/^\d{18}$/),
      'Peserta 2',
      ...codes.map(() => '3'),
      String(expected.jpm),
      expected.category,
      '',
    ]);
  });

  it('takes JPM, category and nine-box from a stored result, and writes XLSX with the NIP as text', async () => {
    const { w } = await decided();
    insertRow(t.db, 'result', {
      batch_id: w.batch.id,
      participant_id: w.participants.p2,
      rule_version: DEFAULT_SCORING_RULE.version,
      purpose: 'pengisian',
      jenjang: 'administrator',
      total_achieved: 27,
      total_required: 30,
      jpm: 90,
      ikk: 10,
      category: 'MMS',
      gaps: '[]',
      potential_band: 'tinggi',
      kinerja: 'di-atas',
      nine_box: 9,
      assessed_on: '2026-12-01',
      valid_until: '2028-12-01',
      computed_at: '2026-12-01T10:00:00.000Z',
    });
    const file = await call<File>(w.registry, w.lead, 'exchange.resultsTable', { batchId: w.batch.id, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Hasil');
    const row = sheet.getRow(3).values as unknown[];
    expect(typeof row[1]).toBe('string');
    expect(row.slice(-3)).toEqual([90, 'MMS', '9']);
    expect(sheet.getRow(2).getCell(3).value).toBeNull();
  });

  it('refuses an unknown batch and an assessor', async () => {
    const { w } = await decided();
    const env = await w.registry.dispatch('exchange.resultsTable', { batchId: 'nope', format: 'csv' }, w.lead.session);
    expect(env.ok).toBe(false);
    const forbidden = await w.registry.dispatch(
      'exchange.resultsTable',
      { batchId: w.batch.id, format: 'csv' },
      w.A1.session,
    );
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
