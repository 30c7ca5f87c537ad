import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { m0006Exchange } from '../../electron/db/migrations/0006-exchange';
import { runningBatch } from '../helpers/scoring-world';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-m0006-'));
  db = openDatabase(path.join(dir, 'asesa.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NEW_TABLES = [
  'exchange_baseline',
  'exchange_import',
  'exchange_trusted_office',
  'exchange_undo',
  'exchange_watermark',
];

describe('migration 0006 (exchange)', () => {
  it('is step 6 of the real list', () => {
    expect(MIGRATIONS[5]).toBe(m0006Exchange);
    expect(m0006Exchange.version).toBe(6);
  });

  it('keeps version-5 data and adds the exchange bookkeeping tables, empty', async () => {
    migrate(db, { migrations: MIGRATIONS.slice(0, 5) });
    await runningBatch(db);
    const dump = () => db.prepare('SELECT * FROM assignment ORDER BY id').all();
    const before = dump();
    expect(before).toHaveLength(4);
    migrate(db, { migrations: MIGRATIONS.slice(0, 6) });
    expect(schemaVersion(db)).toBe(6);
    expect(dump()).toEqual(before);
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'exchange_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(NEW_TABLES);
    for (const t of NEW_TABLES) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    // One live import per package id: the same package cannot be logged as applied twice.
    const row =
      "INSERT INTO exchange_import (id, package_id, signer_office_id, signer_office_code, signer_office_name, fingerprint, scope, counts, imported_at) VALUES (?, 'p1', 'o', 'C', 'N', 'f', '{}', '[]', 'now')";
    db.prepare(row).run('i1');
    expect(() => db.prepare(row).run('i2')).toThrow(/UNIQUE/);
  });
});
