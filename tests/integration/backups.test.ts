import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { openDatabase } from '../../electron/db/connection';
import { appendAudit } from '../../electron/services/audit';
import { listBackups, restoreBackup, takeBackup } from '../../electron/services/backups';
import { AppError } from '../../electron/services/errors';
import { tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

const officeNames = (file: string) => {
  const db = openDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM office ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

function seedOffice(name: string) {
  t.db
    .prepare("INSERT INTO office (id, code, name, province, agency, created_at, updated_at) VALUES (?, ?, ?, 'P', 'A', 'x', 'x')")
    .run(`id-${name}`, name.toUpperCase(), name);
}

describe('backups and restore', () => {
  it('restores a backup and keeps the state before the restore, so the restore can be undone', () => {
    t = tempDb();
    seedOffice('before');
    const backup = takeBackup(t.db, t.file, 'manual');
    seedOffice('after');
    t.db.close();

    const { undoBackup } = restoreBackup(t.file, backup);
    expect(officeNames(t.file)).toEqual(['before']);
    expect(undoBackup).not.toBeNull();

    restoreBackup(t.file, undoBackup!);
    expect(officeNames(t.file)).toEqual(['after', 'before']);
    expect(listBackups(t.file).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore', 'pre-restore']);
  });

  it('refuses a damaged file and a file that is not an Asesa database, leaving the database as it was', () => {
    t = tempDb();
    seedOffice('kept');
    t.db.close();
    const junk = path.join(t.dir, 'junk.db');
    fs.writeFileSync(junk, 'this is not sqlite at all'.repeat(100));
    expect(() => restoreBackup(t.file, junk)).toThrow(AppError);
    const empty = path.join(t.dir, 'empty.db');
    openDatabase(empty).close();
    expect(() => restoreBackup(t.file, empty)).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        params: { reason: `berkas ${empty} bukan basis data Asesa / the file ${empty} is not an Asesa database` },
      }),
    );
    expect(officeNames(t.file)).toEqual(['kept']);
  });

  it('asesa db restore works from the command line', async () => {
    t = tempDb();
    seedOffice('one');
    const backup = takeBackup(t.db, t.file, 'manual');
    seedOffice('two');
    t.db.close();
    const c = capture();
    expect(await runCli(['--db', t.file, 'db', 'restore', backup], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/previous state kept/);
    expect(officeNames(t.file)).toEqual(['one']);
  });

  it('asesa db restore names a missing or damaged file in Indonesian and in English', async () => {
    t = tempDb();
    seedOffice('kept');
    t.db.close();
    const missing = path.join(t.dir, 'tidak-ada.db');
    let c = capture();
    expect(await runCli(['--db', t.file, 'db', 'restore', missing], c.io)).toBe(1);
    expect(c.err).toEqual([
      `Masukan tidak dapat diproses: berkas tidak ditemukan: ${missing} / file not found: ${missing}`,
      `The input cannot be processed: berkas tidak ditemukan: ${missing} / file not found: ${missing}`,
    ]);
    const junk = path.join(t.dir, 'rusak.db');
    fs.writeFileSync(junk, 'this is not sqlite at all'.repeat(100));
    c = capture();
    expect(await runCli(['--db', t.file, 'db', 'restore', junk], c.io)).toBe(1);
    expect(c.err[0]).toMatch(
      /^Masukan tidak dapat diproses: berkas rusak\.db tidak dapat dibuka sebagai basis data \(.+\) \/ the file rusak\.db cannot be opened as a database \(.+\)$/,
    );
    expect(officeNames(t.file)).toEqual(['kept']);
  });
});

describe('asesa audit verify', () => {
  it('prints ok for an intact chain and names an edited and a deleted entry', async () => {
    t = tempDb();
    for (let i = 1; i <= 4; i++) appendAudit(t.db, { actorId: null, action: 'test', entity: 'thing', entityId: String(i), newValue: { i } });
    let c = capture();
    expect(await runCli(['--db', t.file, 'audit', 'verify'], c.io)).toBe(0);
    expect(c.out).toEqual(['ok (4 entries)']);

    // An attacker with the file drops the append-only triggers and edits/deletes rows.
    t.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    t.db.prepare('UPDATE audit_log SET new_value = ? WHERE seq = 2').run('{"i":99}');
    t.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    c = capture();
    expect(await runCli(['--db', t.file, 'audit', 'verify'], c.io)).toBe(1);
    expect(c.err).toEqual([
      'entry 2: hash-mismatch / entri 2: isi entri diubah (hash tidak cocok)',
      'entry 3: missing-entry / entri 3: entri hilang',
      'entry 4: broken-link / entri 4: rantai hash terputus',
      'audit log damaged: 3 problem(s) in 3 entries / log audit rusak: 3 masalah dalam 3 entri',
    ]);
  });
});
