import { DEFAULT_SCORING_RULE } from '../../shared/domain/scoring-rule';
import type { Kinerja } from '../../shared/domain/nine-box';
import type { ExerciseKind } from '../../shared/schemas/batch';
import { batchAssignments, batchExercises } from '../repositories/batch';
import { getLocalOffice, insertLocalOffice } from '../repositories/office';
import { findParticipantByNip } from '../repositories/participant';
import { findUserByUsername, insertUser } from '../repositories/user';
import { newId } from './ids';
import { appendAudit } from './audit';
import { autoAssignBatch, saveAssessorProfile } from './assignments';
import { addParticipants, createBatch, setBatchStatus, setTeam } from './batches';
import type { ServiceContext } from './context';
import { DEMO_ADMIN, DEMO_ASSESSORS, DEMO_COORDINATOR, DEMO_OFFICE, demoParticipants, seeded } from './demo-data';
import { ensureSeeded } from './dictionary-seed';
import { addExercise, setExerciseCompetencies } from './exercises';
import { AppError } from './errors';
import { refusal } from './refusal';
import { approveIdp, generateIdp, getIdp, setIdpStatus, updateIdp } from './idp';
import { decide, integrationMatrix, lockParticipant } from './integration';
import { setPerformance } from './nine-box';
import { saveNote } from './notes';
import { createParticipant } from './participants';
import { hashPassword } from './passwords';
import { saveRating, submitRatings } from './ratings';
import { computeResults } from './results';
import { setSetting } from './settings';

export const DEMO_PREFIX = 'Contoh';

const EXERCISES: { kind: ExerciseKind; name: string; minutes: number }[] = [
  { kind: 'bei', name: 'Wawancara Perilaku (BEI)', minutes: 90 },
  { kind: 'in-tray', name: 'In-Tray: Memo Kepala Dinas', minutes: 90 },
  { kind: 'diskusi-kelompok', name: 'Diskusi Kelompok Tanpa Pemimpin', minutes: 60 },
  { kind: 'role-play', name: 'Role Play: Pembinaan Staf', minutes: 45 },
];

const NOTE_TEXTS = [
  'Menyusun prioritas pekerjaan dengan menimbang tenggat dan dampak pada layanan.',
  'Menjelaskan langkah yang diambil bersama tim ketika anggaran kegiatan dipotong.',
  'Mengajak peserta lain menyepakati kriteria sebelum memilih usulan.',
  'Memberi umpan balik kepada staf dengan contoh perilaku yang spesifik.',
];

interface DemoOutcome {
  batchId: string;
  batchName: string;
  participants: number;
  assessors: number;
  createdAdmin: boolean;
  createdOffice: boolean;
}

const clampLevel = (x: number) => Math.max(1, Math.min(5, Math.round(x)));

/** Office, demo admin (only on a database nobody has set up), coordinator and assessors: reused by username. */
async function ensurePeople(ctx: ServiceContext) {
  const db = ctx.db;
  let createdOffice = false;
  let office = getLocalOffice(db);
  if (!office) {
    office = insertLocalOffice(db, DEMO_OFFICE);
    appendAudit(db, { actorId: ctx.session.user?.id ?? null, action: 'setup', entity: 'office', entityId: office.id, newValue: { ...DEMO_OFFICE, demo: true } });
    createdOffice = true;
    setSetting(db, 'office.head', 'Dr. H. Abdullah Rasyid, M.Si.');
  }
  const hasAdmin = db.prepare("SELECT 1 FROM user WHERE role = 'admin' AND deleted_at IS NULL").get();
  const needed = [...(hasAdmin ? [] : [{ ...DEMO_ADMIN, role: 'admin' as const }]), { ...DEMO_COORDINATOR, role: 'coordinator' as const }, ...DEMO_ASSESSORS.map((a) => ({ ...a, role: 'assessor' as const }))];
  const missing = needed.filter((u) => !findUserByUsername(db, u.username));
  // One hash for the sample accounts: they share the demo password and scrypt is slow on purpose.
  const passwordHash = missing.length ? await hashPassword(DEMO_ADMIN.password) : '';
  db.transaction(() => {
    for (const u of missing) {
      const row = insertUser(db, { officeId: office.id, username: u.username, displayName: u.displayName, role: u.role, passwordHash });
      appendAudit(db, { actorId: ctx.session.user?.id ?? null, action: 'create', entity: 'user', entityId: row.id, newValue: { username: u.username, role: u.role, demo: true } });
    }
  })();
  const coordinator = findUserByUsername(db, DEMO_COORDINATOR.username)!;
  if (coordinator.role !== 'coordinator') throw new AppError('CONFLICT', { what: DEMO_COORDINATOR.username });
  const assessors = DEMO_ASSESSORS.map((a) => {
    const u = findUserByUsername(db, a.username)!;
    if (u.role !== 'assessor') throw new AppError('CONFLICT', { what: a.username });
    return { ...a, id: u.id };
  });
  return { createdOffice, createdAdmin: !hasAdmin, coordinatorId: coordinator.id, coordinatorName: coordinator.display_name, assessors };
}

const as = (ctx: ServiceContext, id: string, role: 'coordinator' | 'assessor'): ServiceContext => ({ db: ctx.db, session: { user: { id, role }, lastActivity: Date.now() } });

function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * One complete sample batch through the real services, so the data is as consistent as a
 * real one: participants, team, exercises and matrix, automatic assignments, notes and
 * submitted ratings, integration decided and locked, results, kinerja and nine-box, IDP drafts.
 * Running it again makes another batch; people are reused by NIP and username.
 */
export async function createDemo(ctx: ServiceContext): Promise<DemoOutcome> {
  const people = await ensurePeople(ctx);
  // One transaction (nested service transactions become savepoints): all or nothing, and one
  // disk sync instead of a thousand.
  return ctx.db.transaction(() => buildDemoBatch(ctx, people))();
}

function buildDemoBatch(ctx: ServiceContext, people: Awaited<ReturnType<typeof ensurePeople>>): DemoOutcome {
  ensureSeeded(ctx.db);
  const lead = as(ctx, people.coordinatorId, 'coordinator');
  const run = (ctx.db.prepare('SELECT COUNT(*) AS n FROM batch WHERE name LIKE ?').get(`${DEMO_PREFIX}%`) as { n: number }).n + 1;
  const rng = seeded(20261 + run);
  const standard = ctx.db
    .prepare("SELECT id FROM position_standard WHERE jenjang = 'administrator' AND deleted_at IS NULL ORDER BY is_default DESC, name LIMIT 1")
    .get() as { id: string } | undefined;
  if (!standard) throw refusal('results.demoNoStandard');

  for (const a of people.assessors) {
    const existing = ctx.db.prepare('SELECT 1 FROM assessor_profile WHERE user_id = ? AND deleted_at IS NULL').get(a.id);
    if (!existing) saveAssessorProfile(lead, { userId: a.id, certificateNumber: `SERT-AC/${a.username.slice(-1)}/2025`, certificateLevel: a.certificateLevel, certificateExpiry: isoDaysFromToday(700), unit: a.unit });
  }
  const participantIds = demoParticipants().map((p) => {
    const found = findParticipantByNip(ctx.db, p.nip);
    if (found) return found.id;
    return createParticipant(lead, {
      kind: 'pns',
      nip: p.nip,
      name: p.name,
      titleBefore: p.titleBefore,
      titleAfter: p.titleAfter,
      golongan: p.golongan,
      jabatan: p.jabatan,
      jenjang: 'pengawas',
      unit: p.unit,
      agency: DEMO_OFFICE.agency,
      email: null,
      phone: null,
    }).id;
  });

  const batchName = `${DEMO_PREFIX}: Pemetaan Kompetensi Jabatan Administrator ${run > 1 ? `(${run})` : ''}`.trim();
  const batch = createBatch(lead, {
    name: batchName,
    purpose: 'pemetaan',
    standardId: standard.id,
    startsOn: isoDaysFromToday(-21),
    endsOn: isoDaysFromToday(-20),
    venue: 'Gedung Assessment Center BPSDM, Samarinda',
    scoringRuleVersion: DEFAULT_SCORING_RULE.version,
  });
  setTeam(lead, batch.id, [{ userId: people.coordinatorId, role: 'ketua' }, ...people.assessors.map((a) => ({ userId: a.id, role: 'asesor' as const }))]);
  addParticipants(lead, batch.id, participantIds);
  const codes = (ctx.db.prepare('SELECT competency_id_number AS c FROM position_standard_requirement WHERE standard_id = ? AND deleted_at IS NULL ORDER BY c').all(standard.id) as { c: string }[]).map((r) => r.c);
  const exercises = EXERCISES.map((e) => addExercise(lead, batch.id, { kind: e.kind, name: e.name, durationMinutes: e.minutes, instructions: '', materials: '' }));
  // BEI covers every competency; each competency is also seen in one simulation.
  exercises.forEach((e, i) => setExerciseCompetencies(lead, e.id, i === 0 ? codes : codes.filter((_, k) => k % 3 === i - 1)));
  autoAssignBatch(lead, batch.id);
  setBatchStatus(lead, batch.id, 'running');

  // Each participant's "true" level per competency; assessors see it with a little noise.
  const required = new Map((ctx.db.prepare('SELECT competency_id_number AS c, required_level AS l FROM position_standard_requirement WHERE standard_id = ? AND deleted_at IS NULL').all(standard.id) as { c: string; l: number }[]).map((r) => [r.c, r.l]));
  const ability = new Map(participantIds.map((id) => [id, -1.1 + rng() * 1.7]));
  const truth = new Map(participantIds.map((id) => [id, new Map(codes.map((c) => [c, (required.get(c) ?? 3) + ability.get(id)! + (rng() - 0.5) * 1.2]))]));
  const exerciseOf = new Map(batchExercises(ctx.db, batch.id).map((e) => [e.id, e]));
  for (const a of batchAssignments(ctx.db, batch.id)) {
    const actx = as(ctx, a.assessorId, 'assessor');
    const ex = exerciseOf.get(a.exerciseId)!;
    ex.competencies.forEach((c, k) => {
      saveNote(actx, { id: newId(), assignmentId: a.id, text: NOTE_TEXTS[(k + ex.sortOrder) % NOTE_TEXTS.length]!, competency: c, indicator: null, polarity: rng() < 0.7 ? 'positive' : 'negative' });
      const level = clampLevel(truth.get(a.participantId)!.get(c)! + (rng() - 0.5) * 0.9);
      saveRating(actx, { assignmentId: a.id, competency: c, level, rationale: `Perilaku kunci teramati pada ${ex.name.toLowerCase()}.` });
    });
    submitRatings(actx, a.id);
  }

  setBatchStatus(lead, batch.id, 'integration');
  const matrix = integrationMatrix(lead, batch.id);
  for (const p of matrix.participants) {
    for (const cell of p.cells) {
      const suggested = cell.suggestedLevel ?? cell.requiredLevel;
      decide(lead, { batchId: batch.id, participantId: p.participantId, competency: cell.competency, finalLevel: clampLevel(suggested), rationale: cell.suggestedLevel === clampLevel(suggested) ? '' : 'Disepakati tim asesor berdasarkan bukti perilaku dari semua simulasi.' });
    }
    lockParticipant(lead, batch.id, p.participantId, people.coordinatorName);
  }
  computeResults(lead, batch.id);

  const kinerjaOf = (): Kinerja => {
    const x = rng();
    return x < 0.3 ? 'di-atas' : x < 0.8 ? 'sesuai' : 'di-bawah';
  };
  participantIds.forEach((pid, i) => {
    setPerformance(lead, { batchId: batch.id, participantId: pid, kinerja: kinerjaOf(), potensiScore: i % 2 === 0 ? Math.round(60 + rng() * 35) : null });
    generateIdp(lead, batch.id, pid);
  });
  // A few plans further along, so every status shows up.
  for (const [i, pid] of participantIds.slice(0, 6).entries()) {
    const v = getIdp(lead, batch.id, pid);
    updateIdp(lead, {
      batchId: batch.id,
      participantId: pid,
      revision: v.revision,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      mentor: people.assessors[i % people.assessors.length]!.displayName,
      supervisor: 'Kepala Bidang pada unit kerja',
      items: v.items.map((it) => ({ competency: it.competency, target: it.target, indicators: it.indicators, evidence: it.evidence, activities: it.activities.map((a) => ({ formCode: a.formCode, provider: a.provider, start: a.start, end: a.end, jp: a.jp })) })),
    });
    approveIdp(lead, { batchId: batch.id, participantId: pid, by: 'assessee', date: isoDaysFromToday(-5) });
    approveIdp(lead, { batchId: batch.id, participantId: pid, by: 'supervisor', date: isoDaysFromToday(-4) });
    setIdpStatus(lead, { batchId: batch.id, participantId: pid, status: 'agreed' });
    if (i < 2) setIdpStatus(lead, { batchId: batch.id, participantId: pid, status: 'in-progress' });
  }
  setBatchStatus(lead, batch.id, 'closed');
  return { batchId: batch.id, batchName, participants: participantIds.length, assessors: people.assessors.length, createdAdmin: people.createdAdmin, createdOffice: people.createdOffice };
}
