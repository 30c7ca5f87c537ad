import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import { batchWorld } from '../helpers/batch-world';
import { tempDb, type TempDb } from '../helpers/db';
import { inspectPdf } from '../helpers/pdf';

let t: TempDb;
afterEach(() => t?.cleanup());

describe('batch printouts (issue 4)', () => {
  it('prints the schedule per day and the participant list in Indonesian, numbered in series', async () => {
    t = tempDb();
    const w = batchWorld(t.db, { participants: 4, assessors: 2 });
    const registry = buildRegistry(t.db, () => {});
    const call = async <T>(ctx: ServiceContext, name: string, input: unknown): Promise<T> => {
      const env = await registry.dispatch(name, input, ctx.session);
      if (!env.ok) throw new Error(`${name}: ${env.error.message}`);
      return env.value as T;
    };
    const c = w.coordinator;
    const batch = await call<{ id: string }>(c, 'batches.create', {
      name: 'Pemetaan Pengawas Dinas Kesehatan',
      purpose: 'pemetaan',
      standardId: w.standardId,
      startsOn: '2026-12-07',
      endsOn: '2026-12-08',
      venue: 'Aula BPSDM Kaltim',
      scoringRuleVersion: DEFAULT_SCORING_RULE.version,
    });
    await call(c, 'batches.setTeam', { batchId: batch.id, members: w.assessors.map((userId) => ({ userId, role: 'asesor' })) });
    await call(c, 'batches.addParticipants', { batchId: batch.id, participantIds: w.participants });
    await call(c, 'exercises.add', { batchId: batch.id, exercise: { kind: 'bei', name: 'Wawancara Perilaku', durationMinutes: 90 } });
    await call(c, 'exercises.add', { batchId: batch.id, exercise: { kind: 'diskusi-kelompok', name: 'Diskusi Kelompok', durationMinutes: 60 } });
    await call(c, 'assignments.auto', { batchId: batch.id });

    const schedule = await call<{ fileName: string; contentBase64: string }>(c, 'batches.printSchedule', { batchId: batch.id });
    expect(schedule.fileName).toBe('jadwal-pemetaan-pengawas-dinas-kesehatan.pdf');
    const bytes = Buffer.from(schedule.contentBase64, 'base64');
    if (process.env.ASESA_KEEP_PDF) fs.writeFileSync(process.env.ASESA_KEEP_PDF, bytes);
    const s = inspectPdf(bytes);
    expect(s.qpdf).toMatch(/No syntax or stream encoding errors/);
    expect(s.text).toContain('Jadwal Kegiatan Asesmen');
    expect(s.text).toContain('7 Desember 2026');
    expect(s.text).toContain('Aula BPSDM Kaltim');
    expect(s.text).toMatch(/08:00–09:00 +Ruang Diskusi/);
    expect(s.text).toMatch(/09:00–10:30 +Ruang 1 +Wawancara Perilaku/);
    expect(s.text).toContain('Ruang Diskusi');
    expect(s.text).toContain('001/JDW/BPSDM-KALTIM/');
    expect(s.text).not.toContain('Belum dijadwalkan');

    const list = await call<{ contentBase64: string }>(c, 'batches.printParticipants', { batchId: batch.id, language: 'en' });
    const l = inspectPdf(Buffer.from(list.contentBase64, 'base64'));
    expect(l.text).toContain('Assessment Participant List');
    expect(l.text).toContain('19850101 201001 1 001');
    expect(l.text).toContain('Peserta 4');
    expect(l.text).toContain('001/DPS/BPSDM-KALTIM/');

    // Numbers run in series per kind and year.
    const again = await call<{ contentBase64: string }>(c, 'batches.printSchedule', { batchId: batch.id });
    expect(inspectPdf(Buffer.from(again.contentBase64, 'base64')).text).toContain('002/JDW/BPSDM-KALTIM/');
  });
});
