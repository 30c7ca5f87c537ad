import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { openDatabase, type Db } from '../../electron/db/connection';
import { buildRegistry } from '../../electron/handlers';
import { validateNip } from '../../shared/domain/nip';
import { contextAs, tempDb } from '../helpers/db';
import { call, refused } from '../helpers/scoring-world';

let dir: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-demo-'));
  file = path.join(dir, 'asesa.db');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', file, ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('asesa demo', () => {
  it('fills a freshly migrated database with one complete batch, and a second run makes a second batch cleanly', async () => {
    expect((await run('db', 'migrate')).code).toBe(0);
    const first = await run('demo');
    expect(first.code, first.err.join('\n')).toBe(0);
    const id1 = first.out.at(-1)!;
    expect(id1).toMatch(UUID);
    expect(first.out.join('\n')).toMatch(/Kantor contoh dibuat/);
    expect(first.out.join('\n')).toMatch(/admin\.demo/);

    const second = await run('demo');
    expect(second.code).toBe(0);
    const id2 = second.out.at(-1)!;
    expect(id2).toMatch(UUID);
    expect(id2).not.toBe(id1);
    expect(second.out.join('\n')).not.toMatch(/admin\.demo|Kantor contoh/);

    const db = openDatabase(file);
    try {
      expect(count(db, 'SELECT COUNT(*) AS n FROM batch')).toBe(2);
      // People are reused, never duplicated.
      expect(count(db, 'SELECT COUNT(*) AS n FROM participant')).toBe(24);
      expect(count(db, 'SELECT COUNT(*) AS n FROM (SELECT username FROM user GROUP BY username HAVING COUNT(*) > 1)')).toBe(0);
      expect(count(db, "SELECT COUNT(*) AS n FROM user WHERE role = 'assessor'")).toBe(6);
      expect(count(db, "SELECT COUNT(*) AS n FROM user WHERE role = 'admin'")).toBe(1);
      for (const nip of (db.prepare('SELECT nip FROM participant').all() as { nip: string }[]).map((r) => r.nip)) {
        expect(validateNip(nip, { assessmentDate: new Date() }).ok, nip).toBe(true);
      }
      for (const id of [id1, id2]) {
        expect(db.prepare('SELECT status, purpose FROM batch WHERE id = ?').get(id)).toEqual({ status: 'closed', purpose: 'pemetaan' });
        expect(count(db, "SELECT COUNT(*) AS n FROM batch_member WHERE batch_id = ? AND role = 'asesor' AND deleted_at IS NULL", id)).toBe(6);
        expect(count(db, 'SELECT COUNT(*) AS n FROM batch_participant WHERE batch_id = ?', id)).toBe(24);
        expect(count(db, 'SELECT COUNT(*) AS n FROM exercise WHERE batch_id = ?', id)).toBe(4);
        expect(count(db, 'SELECT COUNT(DISTINCT exercise_id) AS n FROM exercise_competency ec JOIN exercise e ON e.id = ec.exercise_id WHERE e.batch_id = ?', id)).toBe(4);
        const assignments = count(db, 'SELECT COUNT(*) AS n FROM assignment WHERE batch_id = ? AND deleted_at IS NULL', id);
        expect(assignments).toBeGreaterThanOrEqual(96);
        expect(count(db, "SELECT COUNT(*) AS n FROM assignment WHERE batch_id = ? AND status = 'submitted'", id)).toBe(assignments);
        expect(count(db, 'SELECT COUNT(DISTINCT assessor_id) AS n FROM assignment WHERE batch_id = ?', id)).toBe(6);
        expect(count(db, 'SELECT COUNT(*) AS n FROM rating r JOIN assignment a ON a.id = r.assignment_id WHERE a.batch_id = ?', id)).toBeGreaterThan(200);
        expect(count(db, 'SELECT COUNT(*) AS n FROM integration_decision WHERE batch_id = ?', id)).toBe(24 * 9);
        expect(count(db, 'SELECT COUNT(*) AS n FROM integration_lock WHERE batch_id = ? AND deleted_at IS NULL', id)).toBe(24);
        expect(count(db, 'SELECT COUNT(*) AS n FROM result WHERE batch_id = ? AND nine_box IS NOT NULL', id)).toBe(24);
        expect(count(db, 'SELECT COUNT(DISTINCT category) AS n FROM result WHERE batch_id = ?', id)).toBeGreaterThanOrEqual(2);
        expect(count(db, 'SELECT COUNT(*) AS n FROM idp i JOIN result r ON r.id = i.result_id WHERE r.batch_id = ?', id)).toBe(24);
        expect(count(db, "SELECT COUNT(DISTINCT i.status) AS n FROM idp i JOIN result r ON r.id = i.result_id WHERE r.batch_id = ?", id)).toBe(3);
      }
    } finally {
      db.close();
    }
  }, 180_000);

  it('is also the first-run button: demo.create for an administrator, refused to assessors and without confirmation', async () => {
    const t = tempDb();
    try {
      const admin = contextAs(t.db, 'admin');
      const registry = buildRegistry(t.db, () => {});
      expect((await refused(registry, admin, 'demo.create', {})).code).toBe('VALIDATION');
      expect((await refused(registry, contextAs(t.db, 'assessor'), 'demo.create', { confirm: true })).code).toBe('FORBIDDEN');
      const r = await call<{ batchId: string; participants: number; createdAdmin: boolean; createdOffice: boolean }>(registry, admin, 'demo.create', { confirm: true });
      expect(r).toMatchObject({ participants: 24, createdAdmin: false, createdOffice: false });
      const list = await call<{ rows: unknown[]; pending: unknown[] }>(registry, admin, 'results.list', { batchId: r.batchId });
      expect(list.rows).toHaveLength(24);
      expect(list.pending).toEqual([]);
      expect((await call<unknown[]>(registry, admin, 'results.talentPool', { batchId: r.batchId })).length).toBeGreaterThan(0);
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
