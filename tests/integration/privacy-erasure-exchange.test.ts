import { afterEach, describe, expect, it } from 'vitest';
import { insertRow } from '../../electron/repositories/rows';
import { contextAs, type TempDb } from '../helpers/db';
import { testNip } from '../helpers/batch-world';
import { call } from '../helpers/scoring-world';
import { exportVia, otherOffice, previewVia } from './exchange-helpers';

const cleanups: TempDb[] = [];
afterEach(() => cleanups.splice(0).forEach((t) => t.cleanup()));

/**
 * Issue 8: an erasure in one office reaches the other office through the exchange package as
 * a tombstone that carries no identity, and the other office's copy loses the identity too.
 */
describe('erasure propagates through the exchange', () => {
  it('office B ends with a tombstoned, anonymised copy after importing A’s package', async () => {
    const A = otherOffice('BPSDM-KALTIM');
    const B = otherOffice('BKD-BPP');
    cleanups.push(A.t, B.t);
    const adminA = contextAs(A.t.db, 'admin', 'admin-a');
    const participantId = insertRow(A.t.db, 'participant', {
      kind: 'pns',
      nip: testNip(7),
      name: 'Rahmat Hidayat',
      sex: 'M',
      birth_date: '1985-01-01',
      unit: 'Dinas Kesehatan',
      email: 'rahmat@example.go.id',
    });

    const first = await exportVia(A.registry, A.coordinator, { kind: 'full' });
    const p1 = await previewVia(B.registry, B.coordinator, first.contentBase64);
    await call(B.registry, B.coordinator, 'exchange.apply', { previewId: p1.previewId, resolutions: {}, trustSigner: true });
    expect(B.t.db.prepare('SELECT name FROM participant WHERE nip = ?').pluck().get(testNip(7))).toBe('Rahmat Hidayat');

    await call(A.registry, adminA, 'privacy.erase', { participantId, confirm: true });
    const second = await exportVia(A.registry, A.coordinator, { kind: 'full' });
    const p2 = await previewVia(B.registry, B.coordinator, second.contentBase64);
    expect(p2.conflictCount).toBe(0);
    await call(B.registry, B.coordinator, 'exchange.apply', { previewId: p2.previewId, resolutions: {}, trustSigner: true });

    const row = B.t.db.prepare('SELECT name, nip, email, deleted_at FROM participant WHERE id = ?').get(participantId) as Record<string, string | null>;
    expect(row.deleted_at).not.toBeNull();
    expect(row.name).toMatch(/^Anonim-/);
    expect(row.nip).not.toBe(testNip(7));
    expect(row.email).toBeNull();
    expect(B.t.db.prepare('SELECT COUNT(*) FROM participant WHERE nip = ?').pluck().get(testNip(7))).toBe(0);
  });
});
