import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { APP_VERSION } from '../../../electron/version';

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-cli-'));
  file = path.join(dir, 'asesa.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A migrated database with enough rows to span many pages, closed cleanly (WAL folded in). */
async function migratedWithData(rows = 400): Promise<void> {
  expect((await run('--db', file, 'db', 'migrate')).code).toBe(0);
  const db = openDatabase(file);
  const insert = db.prepare('INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(`k${i}`, JSON.stringify('x'.repeat(200 + (i % 50))), '2026-01-01T00:00:00Z');
  })();
  db.close();
}

function setUserVersion(version: number): void {
  const db = openDatabase(file);
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('asesa CLI', () => {
  it('prints the version and the schema it writes', async () => {
    const r = await run('version');
    expect(r).toEqual({ code: 0, out: `asesa ${APP_VERSION} (schema ${MIGRATIONS.length})`, err: '' });
  });

  it('--help lists the commands and exits 0; no command or an unknown one exits 2', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const c of ['version', 'db migrate', 'db backup', 'db check']) expect(help.out).toContain(c);
    expect((await run()).code).toBe(2);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command: frobnicate \/ Perintah tidak dikenal: frobnicate/);
    expect((await run('db', 'explode')).code).toBe(2);
  });

  it('--db without a file name is a usage error, not a silent switch to the real database', async () => {
    for (const argv of [
      ['db', 'migrate', '--db'],
      ['--db=', 'db', 'check'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--db needs a file name/);
    }
  });

  it('db migrate creates a new database at the latest schema, then says it is current', async () => {
    const first = await run('--db', file, 'db', 'migrate');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`migrated from schema 0 to ${MIGRATIONS.length}`);
    expect(fs.existsSync(file)).toBe(true);
    const again = await run('db', 'migrate', '--db', file);
    expect(again.out).toContain(`already at schema ${MIGRATIONS.length}`);
  });

  it('db migrate refuses a newer database with a message in both languages, and exit 1', async () => {
    await migratedWithData(1);
    setUserVersion(MIGRATIONS.length + 1);
    const r = await run('--db', file, 'db', 'migrate');
    expect(r.code).toBe(1);
    expect(r.err).toContain('versi Asesa yang lebih baru');
    expect(r.err).toContain('newer Asesa');
  });

  it('db check prints ok and exits 0 on a good database', async () => {
    await migratedWithData();
    expect(await run('--db', file, 'db', 'check')).toEqual({ code: 0, out: 'ok', err: '' });
  });

  it('db check names corruption and exits non-zero', async () => {
    await migratedWithData();
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(16 * 4096);
    const fd = fs.openSync(file, 'r+');
    // Scribble over a few pages in the middle of the file.
    fs.writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const r = await run('--db', file, 'db', 'check');
    expect(r.code).not.toBe(0);
    expect(r.out).not.toBe('ok');
    expect(r.err).toMatch(/integrity|malformed|corrupt/i);
  });

  it('db check names pending migrations and exits non-zero', async () => {
    await migratedWithData(1);
    setUserVersion(0);
    const r = await run('--db', file, 'db', 'check');
    expect(r.code).toBe(1);
    expect(r.err).toContain('pending migrations 1-base');
    expect(r.err).toMatch(/migrasi tertunda 1-base, .* \(jalankan: asesa db migrate\)/);
  });

  it('db check names a schema newer than the app and exits non-zero, without changing the file', async () => {
    await migratedWithData(1);
    setUserVersion(MIGRATIONS.length + 3);
    const before = fs.readFileSync(file);
    const r = await run('--db', file, 'db', 'check');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/newer than this app supports/);
    expect(r.err).toMatch(/lebih baru daripada yang didukung aplikasi ini/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('db check explains a missing file and a file that is not a database', async () => {
    const missing = await run('--db', path.join(dir, 'nope.db'), 'db', 'check');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not found/);
    expect(fs.existsSync(path.join(dir, 'nope.db'))).toBe(false);

    fs.writeFileSync(file, 'NIP,Nama\n198001012005011001,Budi\n'.repeat(200));
    const notDb = await run('--db', file, 'db', 'check');
    expect(notDb.code).toBe(1);
    expect(notDb.err).toMatch(/not a database/);
  });

  it('db backup --out writes a copy that opens with the data, and refuses to overwrite', async () => {
    await migratedWithData(10);
    const out = path.join(dir, 'copies', 'backup.db');
    const r = await run('--db', file, 'db', 'backup', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`backup: ${out}`);
    const copy = openDatabase(out, { readonly: true, fileMustExist: true });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM setting').get()).toEqual({ n: 10 });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    copy.close();

    const before = fs.readFileSync(out);
    const again = await run('--db', file, 'db', 'backup', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Refusing to overwrite/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
  });

  it('db backup without --out writes into the backups folder next to the database', async () => {
    await migratedWithData(1);
    const r = await run('--db', file, 'db', 'backup');
    expect(r.code).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'backups'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^asesa-.*-manual\.db$/);
  });

  it('db backup of a missing database fails and creates nothing', async () => {
    const r = await run('--db', path.join(dir, 'nope.db'), 'db', 'backup', '--out', path.join(dir, 'b.db'));
    expect(r.code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('works as the real bin/asesa.js under plain node, without a build step', () => {
    const bin = path.resolve(__dirname, '../../../bin/asesa.js');
    const out = execFileSync(process.execPath, [bin, 'version'], { encoding: 'utf8', timeout: 60_000 });
    expect(out.trim()).toBe(`asesa ${APP_VERSION} (schema ${MIGRATIONS.length})`);
  });
});
