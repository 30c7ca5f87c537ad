import { afterEach, describe, expect, it } from 'vitest';
import { tempDb, type TempDb } from '../helpers/db';
import { asContext, call, refused, runningBatch } from '../helpers/scoring-world';
import { countsOf, dumpAll, dumpBatch, exportVia, otherOffice, previewVia, sum } from './exchange-helpers';

let cleanups: TempDb[] = [];
afterEach(() => {
  for (const t of cleanups) t.cleanup();
  cleanups = [];
});

/** Office A (province) with a planned batch; office B (city) with its own seeded dictionary. */
async function twoOffices() {
  const a = tempDb();
  cleanups.push(a);
  const w = await runningBatch(a.db, { status: 'planning' });
  const b = otherOffice();
  cleanups.push(b.t);
  return { a, w, b };
}

async function sendBatch(
  from: { registry: Parameters<typeof call>[0]; ctx: Parameters<typeof call>[1] },
  to: { registry: Parameters<typeof call>[0]; ctx: Parameters<typeof call>[1] },
  batchId: string,
) {
  const pkg = await exportVia(from.registry, from.ctx, { kind: 'batch', batchId });
  const preview = await previewVia(to.registry, to.ctx, pkg.contentBase64);
  return { pkg, preview };
}

describe('two offices exchange a batch (issue 7)', () => {
  it('A plans → B scores and integrates → A: the batch is identical in both databases', async () => {
    const { a, w, b } = await twoOffices();
    const A = { registry: w.registry, ctx: w.lead };
    const B = { registry: b.registry, ctx: b.coordinator };

    const first = await sendBatch(A, B, w.batch.id);
    expect(first.preview.signer).toMatchObject({ code: 'BPSDM-KALTIM', trust: 'unknown' });
    expect(countsOf(first.preview, 'batch')).toMatchObject({ new: 1 });
    expect(countsOf(first.preview, 'assignment')).toMatchObject({ new: 4 });
    // B seeded the same dictionary itself: recognised by id number, not duplicated.
    expect(countsOf(first.preview, 'framework')).toMatchObject({ new: 0, unchanged: 1 });
    const untrusted = await refused(B.registry, B.ctx, 'exchange.apply', { previewId: first.preview.previewId });
    expect(untrusted.message).toMatch(/belum dipercaya.*not trusted/);
    const applied = await call<{ backupFile: string | null }>(B.registry, B.ctx, 'exchange.apply', {
      previewId: first.preview.previewId,
      trustSigner: true,
    });
    expect(applied.backupFile).toMatch(/pre-import/);
    const trusted = await call<{ officeCode: string }[]>(B.registry, B.ctx, 'exchange.trusted.list', {});
    expect(trusted.map((o) => o.officeCode)).toEqual(['BPSDM-KALTIM']);

    // At B: the batch runs; A's assessors (identity only, they cannot log in at B) rate on B's laptops.
    await call(B.registry, B.ctx, 'batches.setStatus', { id: w.batch.id, status: 'running' });
    const a1 = asContext(b.t.db, w.A1.session.user!.id);
    await call(B.registry, a1, 'notes.save', {
      id: '0190a0b0-0000-7000-8000-000000000001',
      assignmentId: w.asg.p1e1,
      text: 'Menyusun rencana kerja dengan jelas',
    });
    await call(B.registry, a1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c0,
      level: 3,
      rationale: 'sesuai bukti wawancara',
    });
    await call(B.registry, a1, 'ratings.save', {
      assignmentId: w.asg.p1e1,
      competency: w.c1,
      level: 4,
      rationale: 'sesuai bukti wawancara',
    });
    await call(B.registry, a1, 'ratings.submit', { assignmentId: w.asg.p1e1 });
    await call(B.registry, B.ctx, 'batches.setStatus', { id: w.batch.id, status: 'integration' });
    const bLead = asContext(b.t.db, w.lead.session.user!.id, 'coordinator');
    await call(B.registry, bLead, 'integration.decide', {
      batchId: w.batch.id,
      participantId: w.participants.p2,
      competency: w.c0,
      finalLevel: 3,
      rationale: 'hasil rapat integrasi',
    });

    const back = await sendBatch(B, A, w.batch.id);
    expect(back.preview.signer).toMatchObject({ code: 'BKPSDM-SMD', trust: 'unknown' });
    expect(countsOf(back.preview, 'rating')).toMatchObject({ new: 2, conflict: 0 });
    expect(countsOf(back.preview, 'observation_note')).toMatchObject({ new: 1 });
    expect(countsOf(back.preview, 'integration_decision')).toMatchObject({ new: 1 });
    expect(countsOf(back.preview, 'batch')).toMatchObject({ changed: 1, conflict: 0 });
    expect(sum(back.preview, 'conflict')).toBe(0);
    await call(A.registry, A.ctx, 'exchange.apply', { previewId: back.preview.previewId, trustSigner: true });

    expect(dumpBatch(a.db, w.batch.id)).toEqual(dumpBatch(b.t.db, w.batch.id));
    expect(dumpBatch(a.db, w.batch.id).rating).toHaveLength(2);

    // Sending the same state again changes nothing and conflicts with nothing.
    const again = await sendBatch(A, B, w.batch.id);
    expect(sum(again.preview, 'new') + sum(again.preview, 'changed') + sum(again.preview, 'conflict')).toBe(0);
  });

  it('edits on both sides are conflicts with both versions; keep mine and take theirs do what they say', async () => {
    const { a, w, b } = await twoOffices();
    const A = { registry: w.registry, ctx: w.lead };
    const B = { registry: b.registry, ctx: b.coordinator };
    const first = await sendBatch(A, B, w.batch.id);
    await call(B.registry, B.ctx, 'exchange.apply', { previewId: first.preview.previewId, trustSigner: true });

    const batchFields = {
      name: 'Asesmen Administrator 2026',
      purpose: 'pengisian',
      startsOn: '2026-12-01',
      endsOn: '2026-12-01',
      scoringRuleVersion: 'bkn-2026.1',
    };
    const current = a.db
      .prepare('SELECT scoring_rule_version FROM batch WHERE id = ?')
      .pluck()
      .get(w.batch.id) as string;
    await call(A.registry, A.ctx, 'batches.update', {
      id: w.batch.id,
      batch: { ...batchFields, scoringRuleVersion: current, venue: 'Aula A' },
    });
    await call(B.registry, B.ctx, 'batches.update', {
      id: w.batch.id,
      batch: { ...batchFields, scoringRuleVersion: current, venue: 'Aula B' },
    });
    // An edit only B made (a room) is no conflict: A takes it.
    b.t.db.prepare("UPDATE assignment SET room = 'R9', revision = revision + 1 WHERE id = ?").run(w.asg.p2e2);

    const back = await sendBatch(B, A, w.batch.id);
    expect(back.preview.conflictCount).toBe(1);
    expect(back.preview.conflicts[0]).toMatchObject({
      table: 'batch',
      id: w.batch.id,
      reason: 'both-changed',
      mine: { venue: 'Aula A' },
      theirs: { venue: 'Aula B' },
    });
    expect(countsOf(back.preview, 'assignment')).toMatchObject({ changed: 1, conflict: 0 });

    const unresolved = await refused(A.registry, A.ctx, 'exchange.apply', {
      previewId: back.preview.previewId,
      trustSigner: true,
    });
    expect(unresolved.message).toMatch(/1 konflik.*1 conflict/);

    const before = dumpAll(a.db);
    await call(A.registry, A.ctx, 'exchange.apply', {
      previewId: back.preview.previewId,
      trustSigner: true,
      resolutions: { rows: { [`batch:${w.batch.id}`]: 'mine' } },
    });
    expect(a.db.prepare('SELECT venue FROM batch WHERE id = ?').pluck().get(w.batch.id)).toBe('Aula A');
    expect(a.db.prepare('SELECT room FROM assignment WHERE id = ?').pluck().get(w.asg.p2e2)).toBe('R9');

    // Undo puts A back exactly as it was before the import (apart from the logs of it).
    await call(A.registry, A.ctx, 'exchange.undoLast', {});
    const after = dumpAll(a.db);
    for (const t of ['exchange_import', 'exchange_undo', 'exchange_trusted_office', 'audit_log']) {
      delete before[t];
      delete after[t];
    }
    expect(after).toEqual(before);

    // The same package again, now taking theirs for the whole table.
    const retry = await previewVia(A.registry, A.ctx, back.pkg.contentBase64);
    expect(retry.conflictCount).toBe(1);
    await call(A.registry, A.ctx, 'exchange.apply', {
      previewId: retry.previewId,
      resolutions: { tables: { batch: 'theirs' } },
    });
    expect(a.db.prepare('SELECT venue FROM batch WHERE id = ?').pluck().get(w.batch.id)).toBe('Aula B');
    expect(dumpBatch(a.db, w.batch.id).batch).toEqual(dumpBatch(b.t.db, w.batch.id).batch);
  });

  it('refuses to undo when a row the import wrote changed since, naming it', async () => {
    const { w, b } = await twoOffices();
    const first = await sendBatch(
      { registry: w.registry, ctx: w.lead },
      { registry: b.registry, ctx: b.coordinator },
      w.batch.id,
    );
    await call(b.registry, b.coordinator, 'exchange.apply', { previewId: first.preview.previewId, trustSigner: true });
    b.t.db.prepare("UPDATE batch SET venue = 'Ruang Rapat' WHERE id = ?").run(w.batch.id);
    const before = dumpAll(b.t.db);
    const err = await refused(b.registry, b.coordinator, 'exchange.undoLast', {});
    expect(err.message).toMatch(/tidak dapat dibatalkan.*cannot be undone/);
    expect(err.details?.map((d) => d.path)).toEqual([`batch ${w.batch.id}`]);
    expect(dumpAll(b.t.db)).toEqual(before);
    const history = await call<{ undoneAt: string | null; signerCode: string }[]>(
      b.registry,
      b.coordinator,
      'exchange.history',
      {},
    );
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ signerCode: 'BPSDM-KALTIM', undoneAt: null });
  });
});
