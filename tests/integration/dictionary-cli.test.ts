import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { openDatabase } from '../../electron/db/connection';
import { MOODLE_EXAMPLE } from '../helpers/dictionary';
import { dictionaryDump } from '../helpers/dictionary-db';

let dir: string;
let db: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-fw-cli-'));
  db = path.join(dir, 'asesa.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('asesa framework …', () => {
  it('list shows the seeded ASN dictionary (seeded on first use)', async () => {
    const r = await run('framework', 'list');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ASN-38-2017\s+v1\s+189 nodes/);
  });

  it('export moodle|case, then import into a fresh database gives the same dictionary', async () => {
    for (const format of ['moodle', 'case']) {
      const out = path.join(dir, `asn.${format === 'moodle' ? 'csv' : 'json'}`);
      const r = await run('framework', 'export', '--format', format, '--out', out);
      expect(r.code, r.err).toBe(0);
      const other = path.join(dir, `other-${format}.db`);
      // The other database is seeded with the same dictionary on first use, so the import finds nothing to change.
      const imported = await runCli(['--db', other, 'framework', 'import', out], { out: () => {}, err: () => {} });
      expect(imported).toBe(0);
      const check: string[] = [];
      await runCli(['--db', other, 'framework', 'import', out, '--dry-run'], {
        out: (s) => check.push(s),
        err: () => {},
      });
      expect(check.join('\n')).toContain('new 0, changed 0, unchanged 189, removed 0');
      // CASE also carries the 14 seeded default standards, which the other database already has.
      if (format === 'case') expect(check.join('\n')).toContain('position standards: new 0, changed 0, unchanged 14');
      else expect(check.join('\n')).not.toContain('position standards');
    }
  });

  it('import --dry-run prints counts and writes nothing; import applies', async () => {
    await run('framework', 'list');
    const handle = openDatabase(db);
    const before = dictionaryDump(handle);
    handle.close();
    const dry = await run('framework', 'import', MOODLE_EXAMPLE, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('OECD-CORE (moodle): create-framework');
    expect(dry.out).toContain('nodes 64: new 64, changed 0, unchanged 0, removed 0');
    const after = openDatabase(db);
    expect(dictionaryDump(after)).toEqual(before);
    after.close();
    expect((await run('framework', 'import', MOODLE_EXAMPLE)).code).toBe(0);
    expect((await run('framework', 'list')).out).toMatch(/OECD-CORE\s+v1\s+64 nodes/);
  });

  it('a bad file: errors list row and field, exit 1', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      fs
        .readFileSync(MOODLE_EXAMPLE, 'utf8')
        .replace('levels,level-3,', 'nowhere,level-3,')
        .replace('levels,level-4,', 'levels,level-2,'),
    );
    const r = await run('framework', 'import', bad);
    expect(r.code).toBe(1);
    // The summary names the file in both languages, inside each language's sentence.
    expect(r.err.split('\n').slice(0, 2)).toEqual([
      'Masukan tidak dapat diproses: bad.csv: 2 masalah; tidak ada yang diimpor / bad.csv: 2 problem(s); nothing was imported',
      'The input cannot be processed: bad.csv: 2 masalah; tidak ada yang diimpor / bad.csv: 2 problem(s); nothing was imported',
    ]);
    // Details are in the device language (Indonesian by default).
    expect(r.err).toContain('row 6, column Parent id number: induk "nowhere" tidak ada');
    expect(r.err).toContain('row 7, column Id number: id number "level-2" ganda (pertama di row 5)');
    expect((await run('framework', 'list')).out).not.toContain('OECD');
  });

  it('wrong usage exits 2', async () => {
    expect((await run('framework', 'export', '--format', 'xml', '--out', 'x')).code).toBe(2);
    expect((await run('framework', 'import')).code).toBe(2);
  });
});
