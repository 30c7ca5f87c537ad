import type { Db } from '../electron/db/connection';
import { insertLocalOffice } from '../electron/repositories/office';
import { insertUser } from '../electron/repositories/user';
import { ensureSeeded } from '../electron/services/dictionary-seed';
import { newId } from '../electron/services/ids';
import { DEFAULT_SCORING_RULE } from '../shared/domain/scoring-rule';

export const YEAR = {
  participants: 5_000,
  batches: 100,
  perBatch: 50,
  exercises: 5,
  competencies: 6,
  notesPerAssignment: 2,
  assessors: 60,
} as const;

/** 18-digit NIP: birth date, CPNS month, sex, sequence — all valid and distinct. */
function nip(i: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1 + (i % 7000)));
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  return `${ymd}2005${String(1 + (i % 12)).padStart(2, '0')}1${String(Math.floor(i / 7000) + 1).padStart(3, '0')}`;
}

/**
 * A large office year written straight to the tables (the generator is not what is measured):
 * 5,000 participants, 100 batches of 50, 5 exercises each, every participant assessed in every
 * exercise (25,000 assignments), 6 ratings per assignment (150,000) and 2 notes (50,000).
 */
export function generateOfficeYear(db: Db): { rows: number } {
  const office = insertLocalOffice(db, {
    name: 'BPSDM Bench',
    code: 'BPSDM-BENCH',
    province: 'Kalimantan Timur',
    agency: 'Pemprov',
  });
  ensureSeeded(db);
  const hash = 'scrypt$16$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
  const coordinator = insertUser(db, {
    officeId: office.id,
    username: 'koordinator',
    displayName: 'Koordinator',
    role: 'coordinator',
    passwordHash: hash,
  });
  const assessors = Array.from(
    { length: YEAR.assessors },
    (_, i) =>
      insertUser(db, {
        officeId: office.id,
        username: `asesor${i}`,
        displayName: `Asesor ${i}`,
        role: 'assessor',
        passwordHash: hash,
      }).id,
  );
  const standard = db
    .prepare("SELECT id FROM position_standard WHERE jenjang = 'administrator' LIMIT 1")
    .pluck()
    .get() as string;
  const version = db.prepare('SELECT id FROM framework_version ORDER BY number DESC LIMIT 1').pluck().get() as string;
  const comps = (
    db
      .prepare('SELECT competency_id_number FROM position_standard_requirement WHERE standard_id = ? ORDER BY 1')
      .pluck()
      .all(standard) as string[]
  ).slice(0, YEAR.competencies);
  const snapshot = JSON.stringify({
    standardId: standard,
    name: 'bench',
    jenjang: 'administrator',
    requirements: comps.map((c) => ({ competency: c, level: 3, weight: null })),
  });
  const t = '2026-06-01T08:00:00.000Z';
  const meta = { created_at: t, updated_at: t, updated_by_office: office.id };
  const ins = (table: string, cols: string[]) =>
    db.prepare(
      `INSERT INTO ${table} (${[...cols, 'created_at', 'updated_at', 'updated_by_office'].join(', ')}) VALUES (${[...cols, 'created_at', 'updated_at', 'updated_by_office'].map((c) => `@${c}`).join(', ')})`,
    );
  const pIns = ins('participant', ['id', 'kind', 'nip', 'name', 'sex', 'birth_date', 'unit']);
  const bIns = ins('batch', [
    'id',
    'name',
    'purpose',
    'standard_id',
    'framework_version_id',
    'scoring_rule_version',
    'standard_snapshot',
    'starts_on',
    'ends_on',
    'venue',
    'status',
  ]);
  const bpIns = ins('batch_participant', ['id', 'batch_id', 'participant_id', 'number']);
  const bmIns = ins('batch_member', ['id', 'batch_id', 'user_id', 'role']);
  const eIns = ins('exercise', ['id', 'batch_id', 'kind', 'name', 'duration_minutes', 'sort_order']);
  const ecIns = ins('exercise_competency', ['id', 'exercise_id', 'competency']);
  const aIns = ins('assignment', ['id', 'batch_id', 'participant_id', 'assessor_id', 'exercise_id', 'status']);
  const rIns = ins('rating', ['id', 'assignment_id', 'competency', 'level', 'rationale']);
  const nIns = ins('observation_note', [
    'id',
    'assignment_id',
    'author_id',
    'observed_at',
    'text',
    'competency',
    'polarity',
  ]);
  let rows = 0;
  db.transaction(() => {
    const participants = Array.from({ length: YEAR.participants }, (_, i) => {
      const id = newId();
      pIns.run({
        id,
        kind: 'pns',
        nip: nip(i),
        name: `Peserta Bench ${i}`,
        sex: 'M',
        birth_date: '1980-01-01',
        unit: `Dinas ${i % 40}`,
        ...meta,
      });
      return id;
    });
    rows += participants.length;
    for (let b = 0; b < YEAR.batches; b++) {
      const batch = newId();
      bIns.run({
        id: batch,
        name: `Asesmen ${b}`,
        purpose: 'pemetaan',
        standard_id: standard,
        framework_version_id: version,
        scoring_rule_version: DEFAULT_SCORING_RULE.version,
        standard_snapshot: snapshot,
        starts_on: '2026-06-01',
        ends_on: '2026-06-02',
        venue: 'Aula',
        status: 'closed',
        ...meta,
      });
      bmIns.run({ id: newId(), batch_id: batch, user_id: coordinator.id, role: 'ketua', ...meta });
      const team = Array.from({ length: 6 }, (_, k) => assessors[(b * 6 + k) % assessors.length]!);
      for (const u of team) bmIns.run({ id: newId(), batch_id: batch, user_id: u, role: 'asesor', ...meta });
      const exercises = Array.from({ length: YEAR.exercises }, (_, e) => {
        const id = newId();
        eIns.run({
          id,
          batch_id: batch,
          kind: 'bei',
          name: `Simulasi ${e}`,
          duration_minutes: 60,
          sort_order: e,
          ...meta,
        });
        for (const c of comps) ecIns.run({ id: newId(), exercise_id: id, competency: c, ...meta });
        return id;
      });
      for (let k = 0; k < YEAR.perBatch; k++) {
        const p = participants[(b * YEAR.perBatch + k) % participants.length]!;
        bpIns.run({ id: newId(), batch_id: batch, participant_id: p, number: k + 1, ...meta });
        exercises.forEach((e, ei) => {
          const assessor = team[(k + ei) % team.length]!;
          const a = newId();
          aIns.run({
            id: a,
            batch_id: batch,
            participant_id: p,
            assessor_id: assessor,
            exercise_id: e,
            status: 'submitted',
            ...meta,
          });
          for (const c of comps)
            rIns.run({
              id: newId(),
              assignment_id: a,
              competency: c,
              level: 1 + ((k + ei) % 5),
              rationale: 'sesuai bukti perilaku yang diamati',
              ...meta,
            });
          for (let n = 0; n < YEAR.notesPerAssignment; n++) {
            nIns.run({
              id: newId(),
              assignment_id: a,
              author_id: assessor,
              observed_at: t,
              text: `Peserta menjelaskan langkah kerja ${n} dengan runtut dan memberi contoh.`,
              competency: comps[n % comps.length]!,
              polarity: 'positive',
              ...meta,
            });
          }
          rows += 1 + comps.length + YEAR.notesPerAssignment;
        });
        rows++;
      }
    }
  })();
  return { rows };
}
