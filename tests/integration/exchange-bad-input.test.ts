import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBytes } from '../../electron/exchange/signing';
import { writeZip } from '../../electron/codecs/zip';
import { readZip } from '../../electron/exchange/zip';
import { tempDb, type TempDb } from '../helpers/db';
import { call, refused, runningBatch } from '../helpers/scoring-world';
import { dumpAll, exportVia, otherOffice, previewVia } from './exchange-helpers';

/**
 * Every bad package is refused with a message in Indonesian and English, and leaves the
 * receiving database exactly as it was (a canonical dump of all tables before and after).
 */
let a: TempDb;
let w: Awaited<ReturnType<typeof runningBatch>>;
let b: ReturnType<typeof otherOffice>;
let encrypted: Buffer;
let plain: Buffer;
const PASS = 'kata sandi rahasia';

beforeAll(async () => {
  a = tempDb();
  w = await runningBatch(a.db, { status: 'planning' });
  b = otherOffice();
  encrypted = Buffer.from(
    (await exportVia(w.registry, w.lead, { kind: 'batch', batchId: w.batch.id }, PASS)).contentBase64,
    'base64',
  );
  plain = Buffer.from(
    (
      await call<{ contentBase64: string }>(w.registry, w.lead, 'exchange.export', {
        scope: { kind: 'batch', batchId: w.batch.id },
        encrypt: false,
      })
    ).contentBase64,
    'base64',
  );
});
afterAll(() => {
  a.cleanup();
  b.t.cleanup();
});

type Entries = Map<string, Uint8Array>;
type ManifestJson = {
  formatVersion: string;
  office: { id: string; code: string; name: string };
  entries: Record<string, { bytes: number; sha256: string; count?: number }>;
  signer: { publicKey: string; fingerprint: string };
};

/** Rebuilds a package after `edit`, with declared hashes updated and the manifest signed by `signer`. */
function repack(
  edit: (entries: Entries, manifest: ManifestJson) => void,
  signer: (m: Uint8Array) => Uint8Array = (m) => signBytes(a.db, m),
): Buffer {
  const entries = readZip(plain, () => true);
  const manifest = JSON.parse(Buffer.from(entries.get('manifest.json')!).toString('utf-8')) as ManifestJson;
  edit(entries, manifest);
  for (const [name, data] of entries) {
    if (!manifest.entries[name]) continue;
    manifest.entries[name].bytes = data.length;
    manifest.entries[name].sha256 = createHash('sha256').update(data).digest('hex');
    if (name.startsWith('data/'))
      manifest.entries[name].count = (
        JSON.parse(Buffer.from(data).toString('utf-8')) as { rows: unknown[] }
      ).rows.length;
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  entries.set('manifest.json', manifestBytes);
  entries.set('signature', signer(manifestBytes));
  return Buffer.from(writeZip([...entries].map(([name, data]) => ({ name, data }))));
}

function editTable(
  entries: Entries,
  table: string,
  change: (file: { columns: string[]; rows: unknown[][] }) => void,
): void {
  const name = `data/${table}.json`;
  const file = JSON.parse(Buffer.from(entries.get(name)!).toString('utf-8')) as {
    columns: string[];
    rows: unknown[][];
  };
  change(file);
  entries.set(name, Buffer.from(JSON.stringify({ table, ...file })));
}

/** Preview (and, if it opens, apply) must fail; returns the message. The database must not change. */
async function refusedPackage(
  bytes: Buffer,
  passphrase?: string,
  applyInput: Record<string, unknown> = {},
): Promise<{ message: string; details: string }> {
  const before = dumpAll(b.t.db);
  const env = await b.registry.dispatch(
    'exchange.preview',
    { contentBase64: bytes.toString('base64'), passphrase },
    b.coordinator.session,
  );
  let error = env.ok ? null : env.error;
  if (env.ok)
    error = await refused(b.registry, b.coordinator, 'exchange.apply', {
      previewId: (env.value as { previewId: string }).previewId,
      ...applyInput,
    });
  expect(dumpAll(b.t.db)).toEqual(before);
  expect(error!.message).not.toMatch(/\n\s+at |Error:/);
  return { message: error!.message, details: JSON.stringify(error!.details ?? []) };
}

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('bad packages are refused and change nothing (issue 7)', () => {
  it('a truncated file', async () => {
    expect((await refusedPackage(encrypted.subarray(0, encrypted.length >> 1), PASS)).message).toMatch(
      /salah.*wrong|terpotong.*truncated/,
    );
    expect((await refusedPackage(plain.subarray(0, plain.length - 10))).message).toMatch(
      /terpotong atau rusak.*truncated or damaged/,
    );
    expect((await refusedPackage(encrypted.subarray(0, 12), PASS)).message).toMatch(/terpotong.*truncated/);
  });

  it('one flipped byte in the header, the middle, or the tag of an encrypted package', async () => {
    for (const at of [4, 16, encrypted.length >> 1, encrypted.length - 1]) {
      expect((await refusedPackage(flip(encrypted, at), PASS)).message, `byte ${at}`).toMatch(
        /salah.*wrong|rusak.*damaged|bukan paket.*not an Asesa/,
      );
    }
  });

  it('one flipped byte anywhere in an unencrypted package', async () => {
    const zipEnd = plain.length - 22;
    for (const at of [0, 40, plain.length >> 2, plain.length >> 1, zipEnd - 30, zipEnd + 12]) {
      expect((await refusedPackage(flip(plain, at))).message, `byte ${at}`).toMatch(/\/ /);
    }
  });

  it('a wrong passphrase: a clear message, no stack trace', async () => {
    const { message } = await refusedPackage(encrypted, 'bukan ini');
    expect(message).toMatch(/kata sandi paket salah.*wrong package passphrase/);
    expect((await refusedPackage(encrypted, undefined)).message).toMatch(/terenkripsi.*encrypted/);
  });

  it('a package from a newer major format names both versions', async () => {
    const { message } = await refusedPackage(repack((_e, m) => (m.formatVersion = '2.0')));
    expect(message).toMatch(/format 2\.0.*format 1\.0.*format 2\.0.*format 1\.0/);
  });

  it('a newer minor format with unknown fields is read', async () => {
    const bytes = repack((e, m) => {
      m.formatVersion = '1.7';
      (m as unknown as Record<string, unknown>).futureField = { x: 1 };
      editTable(e, 'batch', (f) => {
        f.columns.push('future_column');
        for (const r of f.rows) r.push('ignored');
      });
    });
    const preview = await previewVia(b.registry, b.coordinator, bytes.toString('base64'));
    expect(preview.tables.find((t) => t.table === 'batch')).toMatchObject({ new: 1 });
  });

  it('an archive entry named ../../x, an absolute path or a backslash', async () => {
    for (const name of ['../../x', '/etc/passwd', 'data\\batch.json', 'data/../manifest.json', 'other.txt']) {
      const entries = readZip(plain, () => true);
      const zip = Buffer.from(
        writeZip([...[...entries].map(([n, data]) => ({ name: n, data })), { name, data: Buffer.from('x') }]),
      );
      expect((await refusedPackage(zip)).message, name).toMatch(
        /nama entri arsip tidak diizinkan.*archive entry name not allowed/,
      );
    }
  });

  it('duplicate archive entries', async () => {
    const entries = [...readZip(plain, () => true)].map(([name, data]) => ({ name, data }));
    const zip = Buffer.from(writeZip([...entries, entries.find((e) => e.name === 'data/batch.json')!]));
    expect((await refusedPackage(zip)).message).toMatch(/entri arsip ganda.*duplicate archive entry/);
  });

  it('declared sizes far beyond the real ones (hand-edited central directory), and a real bomb', async () => {
    // Patch the uncompressed size of every central directory entry to ~2 GiB: refused before inflating.
    const huge = Buffer.from(plain);
    for (
      let p = huge.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      p >= 0;
      p = huge.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
    )
      huge.writeUInt32LE(0x7fff_ffff, p + 24);
    expect((await refusedPackage(huge)).message).toMatch(/melebihi batas.*exceeds the size limit/);

    // 20 MiB of zeros deflated to a few KiB, honestly declared: an absurd ratio.
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const bomb = Buffer.from(writeZip([{ name: 'data/batch.json', data: zeros }]));
    expect((await refusedPackage(bomb)).message).toMatch(/rasio kompresi.*compression ratio/);

    // The same stream declared as 100 bytes: inflation stops at the declared size.
    const lying = Buffer.from(writeZip([{ name: 'data/batch.json', data: Buffer.alloc(100) }]));
    const deflated = zlib.deflateRawSync(zeros);
    const local = lying.subarray(0, 30 + 'data/batch.json'.length);
    const central = lying.subarray(lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const cd = Buffer.from(central.subarray(0, central.length - 22));
    cd.writeUInt32LE(deflated.length, 20);
    cd.writeUInt16LE(8, 10);
    const hdr = Buffer.from(local);
    hdr.writeUInt16LE(8, 8);
    hdr.writeUInt32LE(deflated.length, 18);
    const end = Buffer.from(central.subarray(central.length - 22));
    end.writeUInt32LE(hdr.length + deflated.length, 16);
    expect((await refusedPackage(Buffer.concat([hdr, deflated, cd, end]))).message).toMatch(
      /tidak sesuai dengan yang dinyatakan.*does not have its declared size/,
    );
  });

  it('duplicate ids inside the package', async () => {
    const bytes = repack((e) => editTable(e, 'participant', (f) => f.rows.push([...f.rows[0]!])));
    const { message, details } = await refusedPackage(bytes);
    expect(message).toMatch(/id ganda dalam paket.*duplicate id inside the package/);
    expect(details).toMatch(/participant, row 3/);
  });

  it('a row that references a missing row', async () => {
    const bytes = repack((e) =>
      editTable(e, 'assignment', (f) => {
        f.rows[0]![f.columns.indexOf('participant_id')] = '01900000-0000-7000-8000-00000000dead';
      }),
    );
    const { message, details } = await refusedPackage(bytes);
    expect(message).toMatch(/rujukan ke baris yang tidak ada.*reference to a row that does not exist/);
    expect(details).toMatch(/assignment, row 1, column participant_id/);
  });

  it('a changed entry under an unchanged manifest, and a changed manifest under the old signature', async () => {
    const entries = readZip(plain, () => true);
    const batchJson = Buffer.from(entries.get('data/batch.json')!)
      .toString('utf-8')
      .replace('BPSDM Samarinda', 'BPSDM Samarindx');
    entries.set('data/batch.json', Buffer.from(batchJson));
    const tampered = Buffer.from(writeZip([...entries].map(([name, data]) => ({ name, data }))));
    expect((await refusedPackage(tampered)).message).toMatch(
      /tidak sesuai dengan manifest.*does not match the manifest/,
    );

    const forged = readZip(plain, () => true);
    forged.set(
      'manifest.json',
      Buffer.from(Buffer.from(forged.get('manifest.json')!).toString('utf-8').replace('"name": "', '"name": "X')),
    );
    const zip = Buffer.from(writeZip([...forged].map(([name, data]) => ({ name, data }))));
    expect((await refusedPackage(zip)).message).toMatch(/tanda tangan paket tidak sah.*signature is invalid/);
  });

  it('an unknown signer needs explicit trust; a known office code with another key is refused loudly', async () => {
    const stranger = generateKeyPairSync('ed25519');
    const spki = stranger.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const fp = createHash('sha256').update(Buffer.from(spki, 'base64')).digest('hex').match(/.{4}/g)!.join(' ');
    const strangerSign = (m: Uint8Array) => new Uint8Array(sign(null, m, stranger.privateKey));
    const otherOffice = repack((_e, m) => {
      m.office = { id: '01900000-0000-7000-8000-0000000000aa', code: 'BKD-LAIN', name: 'Kantor Lain' };
      m.signer = { publicKey: spki, fingerprint: fp };
    }, strangerSign);
    const preview = await previewVia(b.registry, b.coordinator, otherOffice.toString('base64'));
    expect(preview.signer).toMatchObject({ code: 'BKD-LAIN', trust: 'unknown', fingerprint: fp });
    expect((await refusedPackage(otherOffice)).message).toMatch(/belum dipercaya.*not trusted yet/);

    // B trusts A by importing A's real package with explicit trust …
    const real = await previewVia(b.registry, b.coordinator, plain.toString('base64'));
    await call(b.registry, b.coordinator, 'exchange.apply', { previewId: real.previewId, trustSigner: true });
    // … then a package claiming to be A, signed with another key, is refused even with trust.
    const impostor = repack((_e, m) => (m.signer = { publicKey: spki, fingerprint: fp }), strangerSign);
    const { message } = await refusedPackage(impostor, undefined, { trustSigner: true });
    expect(message).toMatch(/BPSDM-KALTIM sudah dipercaya dengan kunci lain.*BPSDM-KALTIM is trusted with another key/);
  });

  it('the same package imported twice changes nothing the second time', async () => {
    // Applied in the previous test; the same bytes again.
    const again = await previewVia(b.registry, b.coordinator, plain.toString('base64'));
    expect(again.alreadyAppliedAt).not.toBeNull();
    expect(again.tables.every((t) => t.new === 0 && t.changed === 0 && t.conflict === 0)).toBe(true);
    const { message } = await refusedPackage(plain);
    expect(message).toMatch(/sudah diimpor.*already imported/);
  });
});
