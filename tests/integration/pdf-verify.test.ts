import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import { renderPdf } from '../../electron/pdf/render';
import type { ServiceContext } from '../../electron/services/context';
import { createDemo } from '../../electron/services/demo';
import type { VerifyResult } from '../../shared/schemas/documents';
import type { IdpView, ResultsMatrix } from '../../shared/schemas/results';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call, refused } from '../helpers/scoring-world';
import { exportVia, otherOffice, previewVia } from './exchange-helpers';

/** "Periksa dokumen": a printed PDF checked against this database and another office's (issue 6). */
let a: TempDb;
let registry: HandlerRegistry;
let lead: ServiceContext;
let batchId: string;
let batchName: string;
let who: ResultsMatrix['rows'][number];
const printed: Record<'report' | 'idp' | 'recap', Buffer> = {} as never;

beforeAll(async () => {
  a = tempDb();
  lead = contextAs(a.db, 'coordinator');
  registry = buildRegistry(a.db, () => {});
  ({ batchId, batchName } = await createDemo(lead));
  const matrix = await call<ResultsMatrix>(registry, lead, 'results.list', { batchId });
  // A participant below standard whose IDP is still a draft (so an approval can still change it).
  const withGap = matrix.rows.filter((r) => r.gaps.some((g) => g.gap < 0));
  const plans = await Promise.all(
    withGap.map((r) => call<IdpView>(registry, lead, 'idp.get', { batchId, participantId: r.participantId })),
  );
  who = withGap[plans.findIndex((p) => p.status === 'draft')]!;
  const file = async (name: string, input: object) =>
    Buffer.from((await call<{ contentBase64: string }>(registry, lead, name, input)).contentBase64, 'base64');
  printed.report = await file('pdf.report', { batchId, participantId: who.participantId });
  printed.idp = await file('pdf.idp', { batchId, participantId: who.participantId, language: 'en' });
  printed.recap = await file('pdf.recap', { batchId });
}, 180_000);
afterAll(() => a.cleanup());

const verify = (reg: HandlerRegistry, ctx: ServiceContext, fileName: string, bytes: Uint8Array) =>
  call<VerifyResult>(reg, ctx, 'documents.verify', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });

/** The PDF with its Info description's printed hash replaced (the file stays a valid PDF of the same length). */
function withPrintedHash(pdf: Buffer, hash: string): Buffer {
  const s = pdf.toString('latin1');
  const old = /sha256=([0-9a-f]{64})/.exec(s)![1]!;
  return Buffer.from(s.split(`sha256=${old}`).join(`sha256=${hash}`), 'latin1');
}

describe('checking a PDF printed here', () => {
  it('matches the report, the IDP (in English) and the recap, and says what each document is', async () => {
    const report = await verify(registry, lead, 'laporan.pdf', printed.report);
    expect(report).toMatchObject({
      verdict: 'match',
      fileName: 'laporan.pdf',
      batchName,
      participant: { nip: who.nip },
      document: { kind: 'report', language: 'id', batchId, participantId: who.participantId },
    });
    expect(report.participant!.name).toContain(who.name.split(' ')[0]);
    expect(report.document!.documentNumber).toMatch(/^\d{3}\/LAP\/BPSDM-KALTIM\//);
    expect(report.localHash).toBe(report.document!.printedHash);
    // What the description says is what the page prints.
    const text = printed.report.toString('latin1');
    expect(text).toContain(`(asesa-doc/1 kind=report lang=id batch=${batchId}`);
    const idp = await verify(registry, lead, 'idp.pdf', printed.idp);
    expect(idp).toMatchObject({
      verdict: 'match',
      document: { kind: 'idp', language: 'en', participantId: who.participantId },
    });
    expect(idp.document!.documentNumber).toMatch(/\/IDP\//);
    const recap = await verify(registry, lead, 'rekap.pdf', printed.recap);
    expect(recap).toMatchObject({
      verdict: 'match',
      participant: null,
      document: { kind: 'recap', participantId: null },
    });
  });

  it('logs each check in the audit trail', async () => {
    const before = a.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'documents.verify'")
      .pluck()
      .get() as number;
    const r = await verify(registry, lead, 'laporan.pdf', printed.report);
    const row = a.db
      .prepare(
        "SELECT entity_id, new_value, actor_id FROM audit_log WHERE action = 'documents.verify' ORDER BY seq DESC LIMIT 1",
      )
      .get() as {
      entity_id: string;
      new_value: string;
      actor_id: string;
    };
    expect(a.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'documents.verify'").pluck().get()).toBe(
      before + 1,
    );
    expect(row.entity_id).toBe(r.document!.documentId);
    expect(row.actor_id).toBe(lead.session.user!.id);
    expect(JSON.parse(row.new_value)).toMatchObject({ file: 'laporan.pdf', verdict: 'match', kind: 'report' });
  });

  it('says mismatch when the printed hash was altered, notAsesa for a foreign PDF, notCheckable for an Asesa schedule', async () => {
    const altered = await verify(registry, lead, 'diubah.pdf', withPrintedHash(printed.report, 'c'.repeat(64)));
    expect(altered.verdict).toBe('mismatch');
    expect(altered.document!.printedHash).toBe('c'.repeat(64));
    const foreign = await renderPdf({ content: ['Surat biasa'], info: { title: 'Surat', subject: 'bukan Asesa' } });
    expect(await verify(registry, lead, 'surat.pdf', foreign)).toMatchObject({
      verdict: 'notAsesa',
      document: null,
      localHash: null,
    });
    // Asesa made it, but a schedule carries no data to check.
    const schedule = Buffer.from(
      (await call<{ contentBase64: string }>(registry, lead, 'batches.printSchedule', { batchId })).contentBase64,
      'base64',
    );
    expect(await verify(registry, lead, 'jadwal.pdf', schedule)).toMatchObject({
      verdict: 'notCheckable',
      document: null,
    });
  });

  it('refuses random bytes, a cut file, a garbled description, an empty file and one over 20 MB, naming the file in both languages', async () => {
    const reason = async (fileName: string, bytes: Uint8Array) => {
      const e = await refused(registry, lead, 'documents.verify', {
        fileName,
        contentBase64: Buffer.from(bytes).toString('base64'),
      });
      expect(e.code).toBe('BAD_INPUT');
      expect(e.message).toContain(fileName);
      return e.message;
    };
    expect(
      await reason(
        'acak.pdf',
        new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      ),
    ).toMatch(/bukan PDF.*not a PDF/);
    expect(await reason('potong.pdf', printed.report.subarray(0, printed.report.length / 2))).toMatch(
      /terpotong.*cut short/,
    );
    const garbled = Buffer.from(printed.report.toString('latin1').replace('kind=report', 'kind=rep0rt'), 'latin1');
    expect(await reason('rusak.pdf', garbled)).toMatch(/rusak atau telah diubah.*damaged or was altered/);
    expect(await reason('kosong.pdf', new Uint8Array(0).fill(0))).toBeTruthy();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.3\n', 'latin1');
    expect(await reason('besar.pdf', big)).toMatch(/terlalu besar.*too large/);
  });

  it('is for staff: an assessor is refused', async () => {
    const assessor = contextAs(a.db, 'assessor', 'asesor-periksa');
    const e = await refused(registry, assessor, 'documents.verify', {
      fileName: 'x.pdf',
      contentBase64: printed.report.toString('base64'),
    });
    expect(e.code).toBe('FORBIDDEN');
  });
});

describe('across offices', () => {
  it("office B: unknown before importing A's batch, match after (report, IDP and recap printed at A)", async () => {
    const b = otherOffice();
    try {
      const before = await verify(b.registry, b.coordinator, 'laporan.pdf', printed.report);
      expect(before).toMatchObject({ verdict: 'unknown', batchName: null, participant: null, localHash: null });
      expect(before.document!.batchId).toBe(batchId);
      const pkg = await exportVia(registry, lead, { kind: 'batch', batchId });
      const preview = await previewVia(b.registry, b.coordinator, pkg.contentBase64);
      await call(b.registry, b.coordinator, 'exchange.apply', { previewId: preview.previewId, trustSigner: true });
      for (const kind of ['report', 'idp', 'recap'] as const) {
        const r = await verify(b.registry, b.coordinator, `${kind}.pdf`, printed[kind]);
        expect(r.verdict, kind).toBe('match');
        expect(r.batchName).toBe(batchName);
      }
      // B's own office name is not A's: the printing office is not part of what is compared.
      expect(b.t.db.prepare('SELECT name FROM office WHERE is_local = 1').pluck().get()).not.toBe(
        a.db.prepare('SELECT name FROM office WHERE is_local = 1').pluck().get(),
      );
    } finally {
      b.t.cleanup();
    }
  }, 120_000);
});

describe('the command line', () => {
  it('asesa pdf verify FILE: exit 0 only for a match, the verdict in Indonesian and English', async () => {
    const dir = fs.mkdtempSync(path.join(a.dir, 'cli-'));
    const run = async (...argv: string[]) => {
      const o: string[] = [];
      const e: string[] = [];
      const code = await runCli(['--db', a.file, 'pdf', 'verify', ...argv], {
        out: (s) => o.push(s),
        err: (s) => e.push(s),
      });
      return { code, out: o.join('\n'), err: e.join('\n') };
    };
    fs.writeFileSync(path.join(dir, 'ok.pdf'), printed.recap);
    const ok = await run(path.join(dir, 'ok.pdf'));
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Cocok:.*\nMatch:/);
    expect(ok.out).toContain(batchName);
    fs.writeFileSync(path.join(dir, 'bad.pdf'), withPrintedHash(printed.recap, 'd'.repeat(64)));
    const bad = await run(path.join(dir, 'bad.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^Tidak cocok:.*\nMismatch:/);
    fs.writeFileSync(path.join(dir, 'foreign.pdf'), await renderPdf({ content: ['x'] }));
    expect((await run(path.join(dir, 'foreign.pdf'))).code).toBe(1);
    fs.writeFileSync(path.join(dir, 'cut.pdf'), printed.recap.subarray(0, 1000));
    const cut = await run(path.join(dir, 'cut.pdf'));
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/cut\.pdf.*terpotong/);
    expect((await run(path.join(dir, 'missing.pdf'))).code).toBe(1);
    expect((await run()).code).toBe(2);
  });
});

describe('after the data changed here', () => {
  it('the IDP and the report no longer match (approval added, potensi score changed)', async () => {
    await call(registry, lead, 'idp.approve', {
      batchId,
      participantId: who.participantId,
      by: 'assessee',
      date: '2027-01-15',
    });
    expect((await verify(registry, lead, 'idp.pdf', printed.idp)).verdict).toBe('mismatch');
    expect((await verify(registry, lead, 'laporan.pdf', printed.report)).verdict).toBe('match');
    await call(registry, lead, 'results.setPerformance', {
      batchId,
      participantId: who.participantId,
      kinerja: 'di-bawah',
      potensiScore: 12,
    });
    const r = await verify(registry, lead, 'laporan.pdf', printed.report);
    expect(r.verdict).toBe('mismatch');
    expect(r.localHash).not.toBe(r.document!.printedHash);
  });
});
