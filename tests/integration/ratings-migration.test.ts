import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { m0005Scoring } from '../../electron/db/migrations/0005-scoring';
import { insertRow, tombstoneRow } from '../../electron/repositories/rows';
import { runningBatch } from '../helpers/scoring-world';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-m0005-'));
  db = openDatabase(path.join(dir, 'asesa.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NEW_TABLES = ['batch_interview_guide', 'integration_decision', 'integration_lock', 'observation_note', 'rating'];

describe('migration 0005 (scoring)', () => {
  it('is step 5 of the real list', () => {
    expect(MIGRATIONS[4]).toBe(m0005Scoring);
    expect(m0005Scoring.version).toBe(5);
  });

  it('keeps version-4 batches and assignments and adds the scoring tables', async () => {
    migrate(db, { migrations: MIGRATIONS.slice(0, 4) });
    expect(schemaVersion(db)).toBe(4);
    const w = await runningBatch(db);
    const before = db.prepare('SELECT id, status, day, start_time FROM assignment ORDER BY id').all();
    expect(before).toHaveLength(4);

    migrate(db, { migrations: MIGRATIONS.slice(0, 5) });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT id, status, day, start_time FROM assignment ORDER BY id').all()).toEqual(before);
    expect((db.prepare('SELECT status FROM batch WHERE id = ?').get(w.batch.id) as { status: string }).status).toBe(
      'running',
    );

    const tables = (
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[]
    ).filter((t) => NEW_TABLES.includes(t.name));
    expect(tables.map((t) => t.name).sort()).toEqual(NEW_TABLES);
    for (const t of tables) {
      expect(t.sql).toMatch(/\) STRICT$/);
      for (const col of [
        'id TEXT PRIMARY KEY',
        'created_at',
        'updated_at',
        'updated_by_office',
        'revision',
        'deleted_at',
      ])
        expect(t.sql, t.name).toContain(col);
    }

    // Half levels fit (REAL); out-of-range levels and a second live rating do not.
    const rating = insertRow(db, 'rating', {
      assignment_id: w.asg.p1e1,
      competency: w.c0,
      level: 2.5,
      rationale: '',
      rated_without_evidence: 0,
    });
    expect((db.prepare('SELECT level FROM rating WHERE id = ?').get(rating) as { level: number }).level).toBe(2.5);
    expect(() =>
      insertRow(db, 'rating', {
        assignment_id: w.asg.p1e1,
        competency: w.c0,
        level: 3,
        rationale: '',
        rated_without_evidence: 0,
      }),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insertRow(db, 'rating', {
        assignment_id: w.asg.p1e1,
        competency: w.c1,
        level: 6,
        rationale: '',
        rated_without_evidence: 0,
      }),
    ).toThrow(/CHECK/);
    // A tombstoned rating does not block a new one.
    tombstoneRow(db, 'rating', rating);
    insertRow(db, 'rating', {
      assignment_id: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: '',
      rated_without_evidence: 0,
    });

    const author = w.A1.session.user!.id;
    const note = { assignment_id: w.asg.p1e1, author_id: author, observed_at: '2026-12-01T08:05:00.000Z', text: 'x' };
    expect(() => insertRow(db, 'observation_note', { ...note, polarity: 'maybe' })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'observation_note', { ...note, indicator: `${w.c0}.1.1`, competency: null })).toThrow(
      /CHECK/,
    );
    expect(() => insertRow(db, 'observation_note', { ...note, assignment_id: 'nope' })).toThrow(/FOREIGN KEY/);
    insertRow(db, 'observation_note', { ...note, competency: w.c0, polarity: null });
    expect(() =>
      insertRow(db, 'batch_interview_guide', { batch_id: w.batch.id, competency: w.c0, guide: 'not json' }),
    ).toThrow(/CHECK/);
  });
});
