import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { m0008Results } from '../../electron/db/migrations/0008-results';
import { insertRow, tombstoneRow } from '../../electron/repositories/rows';
import { integratedBatch } from './results-world';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-m0008-'));
  db = openDatabase(path.join(dir, 'asesa.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NEW_TABLES = ['idp', 'idp_activity', 'idp_item', 'result'];

const resultValues = (batchId: string, participantId: string, over: Record<string, string | number | null> = {}) => ({
  batch_id: batchId,
  participant_id: participantId,
  rule_version: 'asesa-2026.1',
  purpose: 'pengisian',
  jenjang: 'administrator',
  total_achieved: 25,
  total_required: 27,
  jpm: 92.59,
  ikk: 7.41,
  category: 'MS',
  gaps: '[]',
  potensi_score: null,
  potential_band: 'tinggi',
  kinerja: null,
  nine_box: null,
  assessed_on: '2026-12-01',
  valid_until: '2029-11-30',
  computed_at: '2026-12-02T00:00:00.000Z',
  ...over,
});

describe('migration 0008 (results)', () => {
  it('is step 8 of the real list', () => {
    expect(MIGRATIONS[7]).toBe(m0008Results);
    expect(m0008Results.version).toBe(8);
  });

  it('keeps version-7 integration data and adds the results and IDP tables with their checks', async () => {
    migrate(db, { migrations: MIGRATIONS.slice(0, 7) });
    expect(schemaVersion(db)).toBe(7);
    const w = await integratedBatch(db, { p1: { INT: 2 }, p2: {} });
    const before = db.prepare('SELECT id, final_level FROM integration_decision ORDER BY id').all();
    expect(before).toHaveLength(18);

    migrate(db, { migrations: MIGRATIONS.slice(0, 8) });
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT id, final_level FROM integration_decision ORDER BY id').all()).toEqual(before);
    const tables = (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[]).filter((t) => NEW_TABLES.includes(t.name));
    expect(tables.map((t) => t.name).sort()).toEqual(NEW_TABLES);
    for (const t of tables) {
      expect(t.sql).toMatch(/\) STRICT$/);
      for (const col of ['id TEXT PRIMARY KEY', 'created_at', 'updated_at', 'updated_by_office', 'revision', 'deleted_at']) expect(t.sql, t.name).toContain(col);
    }

    const { p1, p2 } = w.participants;
    const r1 = insertRow(db, 'result', resultValues(w.batch.id, p1));
    // One live result per batch × participant; a tombstone does not block a new one.
    expect(() => insertRow(db, 'result', resultValues(w.batch.id, p1))).toThrow(/UNIQUE/);
    expect(() => insertRow(db, 'result', resultValues(w.batch.id, p2, { category: 'XX' }))).toThrow(/CHECK/);
    // Kinerja and box come together or not at all.
    expect(() => insertRow(db, 'result', resultValues(w.batch.id, p2, { kinerja: 'sesuai' }))).toThrow(/CHECK/);
    expect(() => insertRow(db, 'result', resultValues(w.batch.id, p2, { kinerja: 'sesuai', nine_box: 10 }))).toThrow(/CHECK/);
    insertRow(db, 'result', resultValues(w.batch.id, p2, { kinerja: 'sesuai', nine_box: 8 }));

    const idp = insertRow(db, 'idp', { result_id: r1, period_from: '2027-01-01', period_to: '2027-12-31', status: 'draft' });
    expect(() => insertRow(db, 'idp', { result_id: r1, period_from: '2027-01-01', period_to: '2027-12-31', status: 'draft' })).toThrow(/UNIQUE/);
    expect(() => insertRow(db, 'idp', { result_id: r1, period_from: '2027-01-01', period_to: '2026-12-31', status: 'draft' })).toThrow(/CHECK/);
    const item = insertRow(db, 'idp_item', { idp_id: idp, competency: 'INT', required: 3, achieved: 2, target: 3, indicators: '[]', sort_order: 0 });
    expect(() => insertRow(db, 'idp_activity', { item_id: item, form_code: 'coaching', pillar: 30, jp: 2, sort_order: 0 })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'idp_activity', { item_id: item, form_code: 'coaching', pillar: 20, jp: 2, start_on: '2027-05-01', end_on: '2027-04-01', sort_order: 0 })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'idp_activity', { item_id: 'nope', form_code: 'coaching', pillar: 20, jp: 2, sort_order: 0 })).toThrow(/FOREIGN KEY/);
    insertRow(db, 'idp_activity', { item_id: item, form_code: 'coaching', pillar: 20, jp: 2, sort_order: 0 });
    tombstoneRow(db, 'idp', idp);
    insertRow(db, 'idp', { result_id: r1, period_from: '2028-01-01', period_to: '2028-12-31', status: 'draft' });
    tombstoneRow(db, 'result', r1);
    insertRow(db, 'result', resultValues(w.batch.id, p1));
  });
});
