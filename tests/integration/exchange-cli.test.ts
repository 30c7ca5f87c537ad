import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { officeKey } from '../../electron/exchange/signing';
import { tempDb, type TempDb } from '../helpers/db';
import { runningBatch } from '../helpers/scoring-world';
import { dumpAll, otherOffice } from './exchange-helpers';

let cleanups: TempDb[] = [];
afterEach(() => {
  for (const t of cleanups) t.cleanup();
  cleanups = [];
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function setup() {
  const a = tempDb();
  cleanups.push(a);
  const w = await runningBatch(a.db, { status: 'planning' });
  const b = otherOffice();
  cleanups.push(b.t);
  const pass = path.join(a.dir, 'pass.txt');
  fs.writeFileSync(pass, 'kata sandi rahasia\n');
  return { a, w, b, pass, file: path.join(a.dir, 'batch.asesa') };
}

describe('asesa export / import / verify / office key (issue 7)', () => {
  it('exports a batch encrypted, verifies it, dry-runs and imports it', async () => {
    const { a, w, b, pass, file } = await setup();
    expect(await run('--db', a.file, 'export', '--out', file, '--batch', w.batch.id)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--passphrase-file/),
    });

    const exported = await run(
      '--db',
      a.file,
      'export',
      '--out',
      file,
      '--batch',
      w.batch.id,
      '--passphrase-file',
      pass,
    );
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/encrypted/);
    expect(fs.readFileSync(file).subarray(0, 9).toString('latin1')).toBe('ASESA-ENC');
    expect(
      (await run('--db', a.file, 'export', '--out', file, '--batch', w.batch.id, '--passphrase-file', pass)).code,
    ).toBe(1);

    const fingerprint = officeKey(a.db).fingerprint;
    expect(await run('--db', a.file, 'office', 'key')).toMatchObject({ code: 0, out: `BPSDM-KALTIM  ${fingerprint}` });
    const verified = await run('verify', file, '--passphrase-file', pass);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('signer BPSDM-KALTIM');
    expect(verified.out).toContain(`fingerprint ${fingerprint}`);

    const wrong = path.join(a.dir, 'wrong.txt');
    fs.writeFileSync(wrong, 'salah');
    const bad = await run('verify', file, '--passphrase-file', wrong);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/kata sandi paket salah[\s\S]*wrong package passphrase/);
    expect(bad.err).not.toMatch(/\n\s+at /);
    const flipped = Buffer.from(fs.readFileSync(file));
    flipped[flipped.length >> 1] = flipped[flipped.length >> 1]! ^ 0x10;
    fs.writeFileSync(`${file}.bad`, flipped);
    expect((await run('verify', `${file}.bad`, '--passphrase-file', pass)).code).toBe(1);

    const before = dumpAll(b.t.db);
    const dry = await run('--db', b.t.file, 'import', file, '--dry-run', '--passphrase-file', pass);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^assignment\s+4 0 0 0 0$/m);
    expect(dry.out).toMatch(/\(unknown\)/);
    expect(dry.out).toMatch(/nothing was written/);
    expect(dumpAll(b.t.db)).toEqual(before);

    const untrusted = await run('--db', b.t.file, 'import', file, '--passphrase-file', pass);
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/not trusted yet/);
    expect(dumpAll(b.t.db)).toEqual(before);

    const imported = await run('--db', b.t.file, 'import', file, '--passphrase-file', pass, '--trust-signer');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/assignment\s+inserted 4/);
    expect(b.t.db.prepare('SELECT count(*) FROM assignment').pluck().get()).toBe(4);

    const twice = await run('--db', b.t.file, 'import', file, '--passphrase-file', pass);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/sudah diimpor[\s\S]*already imported/);
  });

  it('"since" sends only what the other office has not seen; right after, nothing', async () => {
    const { a, w, b, pass, file } = await setup();
    await run('--db', a.file, 'export', '--out', file, '--batch', w.batch.id, '--no-encrypt');
    expect((await run('--db', b.t.file, 'import', file, '--trust-signer')).code).toBe(0);
    b.t.db.prepare("UPDATE batch SET venue = 'Aula Kota', revision = revision + 1 WHERE id = ?").run(w.batch.id);

    const since = path.join(b.t.dir, 'since.asesa');
    const first = await run(
      '--db',
      b.t.file,
      'export',
      '--out',
      since,
      '--since-office',
      'BPSDM-KALTIM',
      '--passphrase-file',
      pass,
    );
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^\s+batch\s+1$/m);
    expect(first.out).not.toMatch(/^\s+assignment\s/m);
    const second = await run(
      '--db',
      b.t.file,
      'export',
      '--out',
      `${since}.2`,
      '--since-office',
      'BPSDM-KALTIM',
      '--passphrase-file',
      pass,
    );
    expect(second.out.split('\n').filter((l) => /^\s+\w+\s+\d+$/.test(l))).toEqual([]);

    const back = await run('--db', a.file, 'import', since, '--passphrase-file', pass, '--trust-signer');
    expect(back.code).toBe(0);
    expect(a.db.prepare('SELECT venue FROM batch WHERE id = ?').pluck().get(w.batch.id)).toBe('Aula Kota');
    expect(
      (await run('--db', b.t.file, 'export', '--out', `${since}.3`, '--since-office', 'NOPE', '--no-encrypt')).err,
    ).toMatch(/NOPE/);
  });
});
