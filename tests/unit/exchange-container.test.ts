import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptPackage, encryptPackage, isEncrypted } from '../../electron/exchange/crypto';
import { AppError } from '../../electron/services/errors';
import { fingerprintOf, verifyBytes } from '../../electron/exchange/signing';
import { isZip, writeZip } from '../../electron/codecs/zip';
import { checkEntryName, readZip } from '../../electron/exchange/zip';

const FAST = { N: 2 ** 10, r: 8, p: 1 } as const;
const reason = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return String(e.params.reason);
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('package zip container', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"a":1}') },
    {
      name: 'data/batch.json',
      data: Buffer.from(JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ['row', i]) })),
    },
    { name: 'data/empty.json', data: Buffer.alloc(0) },
  ];

  it('round-trips stored and deflated entries byte for byte, deterministically', () => {
    const zip = writeZip(entries);
    expect(isZip(zip)).toBe(true);
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(zip))).toBe(true);
    const back = readZip(zip, () => true);
    expect([...back.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(Buffer.from(back.get(e.name)!).equals(e.data)).toBe(true);
  });

  it('refuses names outside the allowed set before reading anything', () => {
    for (const name of ['../x', 'a/../../x', '/abs', 'C:/x', 'a\\b', 'a//b', './a', 'a/.']) {
      expect(
        reason(() => checkEntryName(name, () => true)),
        name,
      ).toMatch(/tidak diizinkan.*not allowed/);
    }
    expect(reason(() => checkEntryName('data/x.json', (n) => n === 'manifest.json'))).toMatch(/not allowed/);
    expect(() => checkEntryName('data/batch.json', () => true)).not.toThrow();
  });

  it('refuses a zip with trailing or leading garbage, or a cut central directory', () => {
    const zip = Buffer.from(writeZip(entries));
    expect(reason(() => readZip(Buffer.concat([zip, Buffer.from('xx')]), () => true))).toMatch(/truncated/);
    expect(reason(() => readZip(Buffer.concat([Buffer.from('xx'), zip]), () => true))).toMatch(/truncated/);
    expect(reason(() => readZip(zip.subarray(0, zip.length - 30), () => true))).toMatch(/truncated/);
  });

  it('refuses entries that share bytes (overlapping local data)', () => {
    const data = Buffer.from('{"x":1}');
    const zip = Buffer.from(
      writeZip([
        { name: 'data/a.json', data },
        { name: 'data/b.json', data },
      ]),
    );
    const second = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0, second + 42);
    expect(reason(() => readZip(zip, () => true))).toMatch(/duplicate archive entry: data\/b.json/);
  });

  it('detects a changed byte of a stored entry by its CRC', () => {
    const zip = Buffer.from(writeZip([{ name: 'manifest.json', data: Buffer.from('{"a":1}') }]));
    zip[30 + 'manifest.json'.length + 2] = zip[30 + 'manifest.json'.length + 2]! ^ 0x20;
    expect(reason(() => readZip(zip, () => true))).toMatch(/checksum/);
  });
});

describe('package encryption', () => {
  const zip = writeZip([{ name: 'manifest.json', data: Buffer.from('{"hello":"dunia"}') }]);

  it('round-trips, with the passphrase NFKC-normalised', () => {
    const enc = encryptPackage(zip, 'ﬁle kata', FAST);
    expect(isEncrypted(enc)).toBe(true);
    expect(isZip(enc)).toBe(false);
    expect(Buffer.from(decryptPackage(enc, 'file kata')).equals(Buffer.from(zip))).toBe(true);
  });

  it('a wrong passphrase and any changed byte give one clear message', () => {
    const enc = Buffer.from(encryptPackage(zip, 'benar', FAST));
    expect(reason(() => decryptPackage(enc, 'salah'))).toBe(
      'kata sandi paket salah, atau berkas terenkripsi telah diubah / wrong package passphrase, or the encrypted file was altered',
    );
    const headerEnd = 14 + enc.readUInt32BE(10);
    for (const at of [headerEnd + 1, enc.length - 1]) {
      const bad = Buffer.from(enc);
      bad[at] = bad[at]! ^ 1;
      expect(reason(() => decryptPackage(bad, 'benar'))).toMatch(/wrong package passphrase/);
    }
    expect(reason(() => decryptPackage(enc, undefined))).toMatch(/enter its passphrase/);
  });

  it('refuses a header asking for absurd key-derivation work', () => {
    const enc = Buffer.from(encryptPackage(zip, 'benar', FAST));
    const len = enc.readUInt32BE(10);
    const header = enc
      .subarray(14, 14 + len)
      .toString('utf-8')
      .replace(`"N":${2 ** 10}`, `"N":${2 ** 24}`);
    const hb = Buffer.from(header);
    const lb = Buffer.alloc(4);
    lb.writeUInt32BE(hb.length);
    const forged = Buffer.concat([enc.subarray(0, 10), lb, hb, enc.subarray(14 + len)]);
    expect(reason(() => decryptPackage(forged, 'benar'))).toMatch(/encryption header is damaged/);
  });
});

describe('signing keys', () => {
  it('fingerprints are SHA-256 of the SPKI in 16 groups of 4 hex digits', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const fp = fingerprintOf(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
    expect(fp).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });

  it('a malformed key or signature is simply "not valid"', () => {
    expect(verifyBytes('bm90IGEga2V5', Buffer.from('x'), Buffer.alloc(64))).toBe(false);
    const { publicKey } = generateKeyPairSync('ed25519');
    expect(
      verifyBytes(
        publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
        Buffer.from('x'),
        Buffer.alloc(3),
      ),
    ).toBe(false);
  });
});
