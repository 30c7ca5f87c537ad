import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { readZip } from '../../electron/exchange/zip';
import { insertRow } from '../../electron/repositories/rows';
import { tempDb, type TempDb } from '../helpers/db';
import { testNip } from '../helpers/batch-world';
import { asContext, call, runningBatch } from '../helpers/scoring-world';
import { countsOf, exportVia, otherOffice, previewVia } from './exchange-helpers';

let cleanups: TempDb[] = [];
afterEach(() => {
  for (const t of cleanups) t.cleanup();
  cleanups = [];
});

async function offices(status: 'planning' | 'running' = 'running') {
  const a = tempDb();
  cleanups.push(a);
  const w = await runningBatch(a.db, { status });
  const b = otherOffice();
  cleanups.push(b.t);
  return { a, w, b, A: { registry: w.registry, ctx: w.lead }, B: { registry: b.registry, ctx: b.coordinator } };
}

type Side = { registry: Parameters<typeof call>[0]; ctx: Parameters<typeof call>[1] };
async function send(from: Side, to: Side, batchId: string, trust = true) {
  const pkg = await exportVia(from.registry, from.ctx, { kind: 'batch', batchId });
  const preview = await previewVia(to.registry, to.ctx, pkg.contentBase64);
  return {
    preview,
    apply: (input: Record<string, unknown> = {}) =>
      call(to.registry, to.ctx, 'exchange.apply', { previewId: preview.previewId, trustSigner: trust, ...input }),
  };
}

describe('merge rules (issue 7)', () => {
  it("a rating changed on both sides is its assessor's conflict ('owner'), never overwritten", async () => {
    const { a, w, b, A, B } = await offices();
    await call(A.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: 'bukti wawancara',
    });
    await (await send(A, B, w.batch.id)).apply();
    await call(A.registry, w.A1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 2,
      rationale: 'dikoreksi di provinsi',
    });
    await call(B.registry, asContext(b.t.db, w.A1.session.user!.id), 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 4,
      rationale: 'dikoreksi di kota',
    });

    const back = await send(B, A, w.batch.id);
    expect(countsOf(back.preview, 'rating')).toMatchObject({ conflict: 1, changed: 0 });
    expect(back.preview.conflicts.find((c) => c.table === 'rating')).toMatchObject({
      reason: 'owner',
      mine: { level: 2 },
      theirs: { level: 4 },
    });
    // "Take theirs" for everything else must not be read as a decision on it: the table rule is explicit.
    await back.apply({ resolutions: { tables: { rating: 'mine' }, default: 'theirs' } });
    expect(
      a.db.prepare('SELECT level FROM rating WHERE assignment_id = ? AND competency = ?').pluck().get(w.asg.p1e1, w.c0),
    ).toBe(2);
  });

  it('an old version sent again after this office moved on is not applied (local newer)', async () => {
    const { a, w, A, B } = await offices('planning');
    await (await send(A, B, w.batch.id)).apply();
    await (await send(B, A, w.batch.id)).apply();
    a.db.prepare("UPDATE batch SET venue = 'Aula Baru', revision = revision + 1 WHERE id = ?").run(w.batch.id);
    // A sends its new state somewhere (no named recipient) …
    await exportVia(A.registry, A.ctx, { kind: 'batch', batchId: w.batch.id });
    // … and B, which never got it, sends its old state again.
    const stale = await send(B, A, w.batch.id);
    expect(countsOf(stale.preview, 'batch')).toMatchObject({ localNewer: 1, changed: 0, conflict: 0 });
    await stale.apply();
    expect(a.db.prepare('SELECT venue FROM batch WHERE id = ?').pluck().get(w.batch.id)).toBe('Aula Baru');
  });

  it('trusting a signer from a preview, listing and untrusting it; assessors may not exchange', async () => {
    const { w, b, A, B } = await offices('planning');
    const pkg = await exportVia(A.registry, A.ctx, { kind: 'batch', batchId: w.batch.id });
    const first = await previewVia(B.registry, B.ctx, pkg.contentBase64);
    const key = await call<{ fingerprint: string }>(A.registry, A.ctx, 'exchange.officeKey', {});
    expect(first.signer).toMatchObject({ trust: 'unknown', fingerprint: key.fingerprint });
    const trusted = await call<{ officeCode: string; fingerprint: string }>(
      B.registry,
      B.ctx,
      'exchange.trusted.trust',
      { previewId: first.previewId },
    );
    expect(trusted).toMatchObject({ officeCode: 'BPSDM-KALTIM', fingerprint: key.fingerprint });
    expect((await previewVia(B.registry, B.ctx, pkg.contentBase64)).signer.trust).toBe('trusted');
    await call(B.registry, B.ctx, 'exchange.trusted.untrust', { officeCode: 'BPSDM-KALTIM' });
    expect(await call(B.registry, B.ctx, 'exchange.trusted.list', {})).toEqual([]);
    const assessor = asContext(b.t.db, w.A1.session.user!.id);
    const env = await B.registry.dispatch('exchange.preview', { contentBase64: pkg.contentBase64 }, assessor.session);
    expect(env).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a deletion travels as a tombstone', async () => {
    const { a, w, b, A, B } = await offices();
    const noteId = '0190a0b0-0000-7000-8000-0000000000a1';
    await call(A.registry, w.A1, 'notes.save', { id: noteId, assignmentId: w.asg.p1e1, text: 'Catatan awal' });
    await (await send(A, B, w.batch.id)).apply();
    await call(B.registry, asContext(b.t.db, w.A1.session.user!.id), 'notes.delete', { id: noteId });
    const back = await send(B, A, w.batch.id);
    expect(countsOf(back.preview, 'observation_note')).toMatchObject({ changed: 1, conflict: 0 });
    await back.apply();
    expect(a.db.prepare('SELECT deleted_at FROM observation_note WHERE id = ?').pluck().get(noteId)).not.toBeNull();
  });

  it('without a baseline: a copy last written here conflicts; one written by another office is updated', async () => {
    const { a, w, b, A, B } = await offices('planning');
    await (await send(A, B, w.batch.id)).apply();
    // Forget every baseline at A, as if A had never exchanged with B.
    a.db.prepare('DELETE FROM exchange_baseline').run();
    b.t.db
      .prepare(
        "UPDATE batch SET venue = 'Aula Kota', revision = revision + 1, updated_by_office = (SELECT id FROM office WHERE is_local = 1) WHERE id = ?",
      )
      .run(w.batch.id);
    b.t.db.prepare("UPDATE exercise SET name = 'Wawancara', revision = revision + 1 WHERE id = ?").run(w.exercises.e1);
    a.db.prepare("UPDATE exercise SET updated_by_office = 'someone-else' WHERE id = ?").run(w.exercises.e1);
    const back = await send(B, A, w.batch.id);
    expect(back.preview.conflicts.map((c) => [c.table, c.reason])).toEqual([['batch', 'no-baseline']]);
    expect(countsOf(back.preview, 'exercise')).toMatchObject({ changed: 1 });
  });

  it('a participant B already has (same NIP) is recognised, not duplicated', async () => {
    const { a, w, b, A, B } = await offices('planning');
    const nip = a.db.prepare('SELECT nip FROM participant WHERE id = ?').pluck().get(w.participants.p1) as string;
    expect(nip).toBe(testNip(1));
    const local = insertRow(b.t.db, 'participant', {
      kind: 'pns',
      nip,
      name: 'Nama Versi Kota',
      sex: 'M',
      birth_date: '1985-01-01',
    });
    const sent = await send(A, B, w.batch.id);
    expect(countsOf(sent.preview, 'participant')).toMatchObject({ new: 1, unchanged: 1 });
    await sent.apply();
    expect(b.t.db.prepare('SELECT count(*) FROM participant WHERE nip = ?').pluck().get(nip)).toBe(1);
    expect(b.t.db.prepare('SELECT count(*) FROM batch_participant WHERE participant_id = ?').pluck().get(local)).toBe(
      1,
    );
    expect(b.t.db.prepare('SELECT count(*) FROM assignment WHERE participant_id = ?').pluck().get(local)).toBe(2);
  });

  it('a person whose username is taken here keeps both accounts apart, and cannot log in', async () => {
    const { w, b, A, B } = await offices('planning');
    // B already has its own "koordinator".
    b.t.db.prepare("UPDATE user SET username = 'koordinator' WHERE id = ?").run(b.coordinator.session.user!.id);
    await (await send(A, B, w.batch.id)).apply();
    const row = b.t.db
      .prepare('SELECT username, password_hash FROM user WHERE id = ?')
      .get(w.lead.session.user!.id) as { username: string; password_hash: string };
    expect(row).toEqual({ username: 'koordinator@BPSDM-KALTIM', password_hash: '!' });
  });

  it('the manifest and row files match the published JSON Schema; no secret travels', async () => {
    const { w, A } = await offices('planning');
    const env = await call<{ contentBase64: string }>(A.registry, A.ctx, 'exchange.export', {
      scope: { kind: 'full' },
      encrypt: false,
    });
    const entries = readZip(Buffer.from(env.contentBase64, 'base64'), () => true);
    const schema = JSON.parse(fs.readFileSync('docs/exchange-format.schema.json', 'utf-8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const [name, data] of entries) {
      if (name === 'signature') continue;
      const json = JSON.parse(Buffer.from(data).toString('utf-8')) as unknown;
      expect(validate(json), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const text = [...entries.values()].map((d) => Buffer.from(d).toString('latin1')).join('\n');
    expect(text).not.toMatch(/password_hash|scrypt\$|privateKey|failed_attempts|is_local/);
    expect(entries.has('data/setting.json')).toBe(false);
    expect(w.batch.id).toBeTruthy();
  });
});
