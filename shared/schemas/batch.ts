import { z } from 'zod';
import { nonEmpty } from './common';

/** Kegiatan asesmen (issue 4): a batch, its team, exercises and assessor assignments. */
export const BATCH_PURPOSES = ['pengisian', 'pemetaan'] as const;
export const BATCH_STATUSES = ['planning', 'running', 'integration', 'closed'] as const;
export const TEAM_ROLES = ['ketua', 'admin', 'asesor', 'narasumber', 'tester'] as const;

/** The exercise catalogue (domain.md §2.3). */
export const EXERCISE_KINDS = ['bei', 'in-tray', 'analisis-kasus', 'diskusi-kelompok', 'role-play', 'presentasi', 'psikometri'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format' });
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time-format' });

const batchFields = z.object({
  name: nonEmpty(200),
  purpose: z.enum(BATCH_PURPOSES),
  standardId: z.string().min(1),
  startsOn: isoDate,
  endsOn: isoDate,
  venue: z.string().trim().max(200).default(''),
  scoringRuleVersion: z.string().min(1),
});
const endsAfterStart = { path: ['endsOn'], message: 'ends-before-start' };
export const batchInput = batchFields.refine((b) => b.endsOn >= b.startsOn, endsAfterStart);
export type BatchInput = z.infer<typeof batchInput>;
/** The standard of a batch is fixed once it exists (its levels are stored with the batch). */
export const batchUpdateInput = batchFields.omit({ standardId: true }).refine((b) => b.endsOn >= b.startsOn, endsAfterStart);

export const teamMember = z.object({ userId: z.string().min(1), role: z.enum(TEAM_ROLES) });

export const exerciseInput = z.object({
  kind: z.enum(EXERCISE_KINDS),
  name: nonEmpty(120),
  durationMinutes: z.number().int().min(5).max(8 * 60),
  instructions: z.string().max(20_000).default(''),
  materials: z.string().max(20_000).default(''),
});
export type ExerciseInput = z.infer<typeof exerciseInput>;

export const slotInput = z
  .object({ day: isoDate, start: clockTime, end: clockTime, room: z.string().trim().max(60).nullable().default(null) })
  .refine((s) => s.end > s.start, { path: ['end'], message: 'ends-before-start' });

export const assessorProfileInput = z.object({
  userId: z.string().min(1),
  certificateNumber: z.string().trim().max(80).nullable(),
  certificateLevel: z.string().trim().max(80).nullable(),
  certificateExpiry: isoDate.nullable(),
  unit: z.string().trim().max(200).nullable(),
});
export type AssessorProfileInput = z.infer<typeof assessorProfileInput>;

export const batchSummary = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.enum(BATCH_PURPOSES),
  status: z.enum(BATCH_STATUSES),
  standardId: z.string(),
  frameworkVersionId: z.string(),
  scoringRuleVersion: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  venue: z.string(),
  participantCount: z.number().int(),
});
export type BatchSummary = z.infer<typeof batchSummary>;

export const exerciseView = exerciseInput.extend({
  id: z.string(),
  sortOrder: z.number().int(),
  competencies: z.array(z.string()),
});
export type ExerciseView = z.infer<typeof exerciseView>;

export const assignmentView = z.object({
  id: z.string(),
  participantId: z.string(),
  assessorId: z.string(),
  exerciseId: z.string(),
  day: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  room: z.string().nullable(),
  status: z.enum(['not-started', 'in-progress', 'submitted']),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const batchParticipantView = z.object({
  participantId: z.string(),
  number: z.number().int(),
  nip: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
});

export const batchDetail = batchSummary.extend({
  team: z.array(teamMember.extend({ displayName: z.string() })),
  participants: z.array(batchParticipantView),
  exercises: z.array(exerciseView),
  assignments: z.array(assignmentView),
  /** The competencies the batch's standard requires, as stored with the batch (the matrix rows). */
  competencies: z.array(z.object({ code: z.string(), level: z.number().int() })),
});
export type BatchDetail = z.infer<typeof batchDetail>;
