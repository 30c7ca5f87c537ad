import type { Db } from '../../electron/db/connection';
import { insertRow } from '../../electron/repositories/rows';
import type { ServiceContext } from '../../electron/services/context';
import { ensureSeeded } from '../../electron/services/dictionary-seed';
import { contextAs } from './db';

/** NIP for test participant n: a valid PNS NIP (born 1985, CPNS 2010, male, sequence n). */
export const testNip = (n: number) => `19850101201001${1}${String(n).padStart(3, '0')}`;

/**
 * A seeded dictionary, a coordinator, `assessors` assessor accounts and `participants`
 * participants in distinct units: what batch planning needs, inserted directly.
 */
export function batchWorld(db: Db, opts: { participants?: number; assessors?: number } = {}) {
  ensureSeeded(db);
  const coordinator: ServiceContext = contextAs(db, 'coordinator', 'koordinator');
  const assessors = Array.from({ length: opts.assessors ?? 3 }, (_, i) => contextAs(db, 'assessor', `asesor${i + 1}`).session.user!.id);
  const participants = Array.from({ length: opts.participants ?? 4 }, (_, i) =>
    insertRow(db, 'participant', {
      kind: 'pns',
      nip: testNip(i + 1),
      name: `Peserta ${i + 1}`,
      sex: 'M',
      birth_date: '1985-01-01',
      unit: `Dinas ${i + 1}`,
    }),
  );
  const standard = db
    .prepare("SELECT id FROM position_standard WHERE jenjang = 'administrator' AND deleted_at IS NULL ORDER BY is_default DESC LIMIT 1")
    .get() as { id: string };
  return { coordinator, assessors, participants, standardId: standard.id };
}
