import { afterEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { ServiceContext } from '../../electron/services/context';
import { retentionPreview } from '../../electron/services/privacy';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { batchWorld, testNip } from '../helpers/batch-world';
import { contextAs, tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

async function world() {
  t = tempDb();
  const w = batchWorld(t.db, { participants: 4, assessors: 2 });
  const admin = contextAs(t.db, 'admin', 'admin');
  const registry = buildRegistry(t.db, () => {});
  const call = async <T = Record<string, unknown>>(ctx: ServiceContext, name: string, input: unknown): Promise<T> => {
    const env = await registry.dispatch(name, input, ctx.session);
    if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message}`);
    return env.value as T;
  };
  const batch = await call<{ id: string }>(w.coordinator, 'batches.create', {
    name: 'Pemetaan 2020',
    purpose: 'pemetaan',
    standardId: w.standardId,
    startsOn: '2020-03-02',
    endsOn: '2020-03-03',
    scoringRuleVersion: DEFAULT_SCORING_RULE.version,
  });
  await call(w.coordinator, 'batches.setTeam', { batchId: batch.id, members: w.assessors.map((userId) => ({ userId, role: 'asesor' })) });
  await call(w.coordinator, 'batches.addParticipants', { batchId: batch.id, participantIds: w.participants });
  await call(w.coordinator, 'exercises.add', { batchId: batch.id, exercise: { kind: 'bei', name: 'BEI', durationMinutes: 60 } });
  await call(w.coordinator, 'assignments.auto', { batchId: batch.id });
  return { w, admin, registry, call, batch };
}

describe('data protection (issue 8)', () => {
  it('records each acknowledgement of the notice with its version', async () => {
    const { w, call } = await world();
    const notice = await call<{ version: string; text: string }>(w.coordinator, 'privacy.notice', {});
    expect(notice.text).toContain('BPSDM Provinsi Kalimantan Timur');
    expect(notice.text).toContain('UU 27/2022');
    let status = await call<{ upToDate: boolean }>(w.coordinator, 'privacy.status', { participantId: w.participants[0] });
    expect(status.upToDate).toBe(false);
    await call(w.coordinator, 'privacy.acknowledge', { participantId: w.participants[0], method: 'signed-paper' });
    status = await call(w.coordinator, 'privacy.status', { participantId: w.participants[0] });
    expect(status).toMatchObject({ upToDate: true, latest: { version: notice.version, method: 'signed-paper' } });
  });

  it('exports everything about one NIP, following references, and nothing about others', async () => {
    const { w, call } = await world();
    await call(w.coordinator, 'privacy.acknowledge', { participantId: w.participants[0], method: 'on-screen' });
    const file = await call<{ fileName: string; contentBase64: string }>(w.coordinator, 'privacy.subjectExport', { nip: testNip(1) });
    expect(file.fileName).toBe(`data-subjek-${testNip(1)}.json`);
    const doc = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    expect(doc.data.participant).toHaveLength(1);
    expect(doc.data.participant[0].nip).toBe(testNip(1));
    expect(doc.data.batch_participant).toHaveLength(1);
    expect(doc.data.assignment.length).toBeGreaterThan(0);
    expect(doc.data.assignment.every((a: { participant_id: string }) => a.participant_id === w.participants[0])).toBe(true);
    expect(doc.data.privacy_ack).toHaveLength(1);
    expect(JSON.stringify(doc)).not.toContain(testNip(2));
    expect(JSON.stringify(doc)).not.toContain('password_hash');
  });

  it('previews and anonymises participants past the retention period, leaving open batches alone', async () => {
    const { admin, call, w, batch } = await world();
    await call(admin, 'privacy.retention', { years: 5 });
    expect(retentionPreview(admin, '2025-03-03')).toHaveLength(0); // batch still planning (open)
    t.db.prepare("UPDATE batch SET status = 'closed' WHERE id = ?").run(batch.id);
    expect(retentionPreview(admin, '2025-03-03')).toHaveLength(0); // exactly 5 years: not yet
    expect(retentionPreview(admin, '2025-03-04')).toHaveLength(4);
    const preview = await call<unknown[]>(admin, 'privacy.retentionPreview', {});
    expect(preview).toHaveLength(4); // today is long after 2025
    const result = await call<{ anonymised: number }>(admin, 'privacy.applyRetention', { confirm: true });
    expect(result.anonymised).toBe(4);
    const row = t.db.prepare('SELECT name, nip, email, birth_date FROM participant WHERE id = ?').get(w.participants[0]) as Record<string, string | null>;
    expect(row.name).toMatch(/^Anonim-/);
    expect(row.nip).not.toBe(testNip(1));
    expect(row.birth_date).toBe('1985-01-01');
    expect(await call<unknown[]>(admin, 'privacy.retentionPreview', {})).toHaveLength(0);
  });

  it('erases on request as a tombstone carrying no identity', async () => {
    const { admin, call, w, registry } = await world();
    const refused = await registry.dispatch('privacy.erase', { participantId: w.participants[1], confirm: true }, w.coordinator.session);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    await call(admin, 'privacy.erase', { participantId: w.participants[1], confirm: true });
    const row = t.db.prepare('SELECT name, nip, deleted_at FROM participant WHERE id = ?').get(w.participants[1]) as Record<string, string | null>;
    expect(row.deleted_at).not.toBeNull();
    expect(row.name).toMatch(/^Anonim-/);
    expect(row.nip).not.toBe(testNip(2));
  });
});
