import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { m0003Participants } from '../../electron/db/migrations/0003-participants';
import { rebuildParticipantSearch, searchParticipants } from '../../electron/repositories/participant-search';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-m3-'));
  db = openDatabase(path.join(dir, 'asesa.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const upTo3 = () => MIGRATIONS.slice(0, 3);
const row = (nip: string, name: string, unit: string | null = 'BKD', deleted: string | null = null) => ({
  id: `00000000-0000-7000-8000-${nip.slice(-12)}`,
  nip,
  name,
  unit,
  deleted,
});

function insert(r: ReturnType<typeof row>): void {
  db.prepare(
    `INSERT INTO participant (id, kind, nip, name, sex, birth_date, unit, created_at, updated_at, deleted_at)
     VALUES (@id, 'pns', @nip, @name, 'M', '1966-08-01', @unit, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', @deleted)`,
  ).run(r);
}

describe('migration 0003 participants', () => {
  it('is version 3, right after the dictionary', () => {
    expect(MIGRATIONS[2]).toBe(m0003Participants);
    expect(m0003Participants.version).toBe(3);
  });

  it('takes a version-2 database with data to version 3 and keeps the data', () => {
    migrate(db, { migrations: MIGRATIONS.slice(0, 2) });
    expect(schemaVersion(db)).toBe(2);
    db.prepare(
      "INSERT INTO setting (key, value, updated_at) VALUES ('ui.language', '\"en\"', '2026-01-01T00:00:00Z')",
    ).run();
    migrate(db, { migrations: upTo3() });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'ui.language'").get()).toEqual({ value: '"en"' });
    expect(db.prepare('SELECT count(*) AS n FROM participant').get()).toEqual({ n: 0 });
  });

  it('refuses a NIP that is not 18 digits and a second live row with the same NIP', () => {
    migrate(db, { migrations: upTo3() });
    insert(row('196608011988031001', 'Bambang'));
    expect(() => insert(row('1.96608E+17', 'X'))).toThrow(/CHECK/);
    expect(() => insert({ ...row('196608011988031001', 'Dup'), id: '00000000-0000-7000-8000-000000000099' })).toThrow(
      /UNIQUE/,
    );
    // A tombstoned row does not block the NIP.
    db.prepare("UPDATE participant SET deleted_at = '2026-02-01T00:00:00Z'").run();
    insert({ ...row('196608011988031001', 'Bambang baru'), id: '00000000-0000-7000-8000-000000000098' });
  });

  it('keeps the trigram index in step with inserts, updates and deletes', () => {
    migrate(db, { migrations: upTo3() });
    insert(row('196608011988031001', 'Bambang Suwati', 'Dinas Kesehatan'));
    insert(row('198504122009032014', 'Siti Rahmawati', 'Badan Kepegawaian Daerah'));
    const names = (q: string) => searchParticipants(db, q, 0, 10).rows.map((r) => r.name);
    expect(names('wati')).toEqual(['Bambang Suwati', 'Siti Rahmawati']);
    expect(names('kesehat')).toEqual(['Bambang Suwati']);
    expect(names('19850412 2009')).toEqual(['Siti Rahmawati']);
    db.prepare("UPDATE participant SET name = 'Bambang Hartono' WHERE nip = '196608011988031001'").run();
    expect(names('wati')).toEqual(['Siti Rahmawati']);
    expect(names('hartono')).toEqual(['Bambang Hartono']);
    db.prepare("DELETE FROM participant WHERE nip = '198504122009032014'").run();
    expect(names('wati')).toEqual([]);
    // FTS5's integrity check compares the index with the table and throws on any difference.
    const check = () => db.prepare("INSERT INTO participant_fts (participant_fts) VALUES ('integrity-check')").run();
    expect(check).not.toThrow();
    rebuildParticipantSearch(db);
    expect(names('hartono')).toEqual(['Bambang Hartono']);
    expect(check).not.toThrow();
  });
});
