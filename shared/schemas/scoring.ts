import { z } from 'zod';
import { BATCH_STATUSES, EXERCISE_KINDS } from './batch';
import { interviewGuide } from './interview-guide';

/** The assessor's workspace, notes, ratings and the integration meeting (issue 5). */
export const ASSIGNMENT_STATUSES = ['not-started', 'in-progress', 'submitted'] as const;
export const POLARITIES = ['positive', 'negative'] as const;

const id = z.string().min(1);
/** A level as the batch's rule allows it is checked on the main side; here only its range. */
export const levelValue = z.number().min(1).max(5);

// ---- Ruang Asesor ----
export const workspaceItem = z.object({
  assignmentId: z.string(),
  batchId: z.string(),
  batchName: z.string(),
  batchStatus: z.enum(BATCH_STATUSES),
  participant: z.object({ id: z.string(), nip: z.string(), name: z.string() }),
  exercise: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(EXERCISE_KINDS),
    durationMinutes: z.number().int(),
  }),
  day: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  room: z.string().nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
});
export type WorkspaceItem = z.infer<typeof workspaceItem>;

export const workspaceDay = z.object({
  /** null: assignments not yet scheduled. */
  day: z.string().nullable(),
  slots: z.array(z.object({ start: z.string().nullable(), end: z.string().nullable(), items: z.array(workspaceItem) })),
});
export type WorkspaceDay = z.infer<typeof workspaceDay>;

// ---- notes ----
export const noteSaveInput = z.object({
  /** Made by the renderer when the note is started, so every autosave of it is the same upsert. */
  id: z.string().uuid(),
  assignmentId: id,
  text: z.string().min(1).max(20_000),
  competency: z.string().min(1).max(100).nullable().default(null),
  indicator: z.string().min(1).max(100).nullable().default(null),
  polarity: z.enum(POLARITIES).nullable().default(null),
});
export type NoteSaveInput = z.infer<typeof noteSaveInput>;

export const noteView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  observedAt: z.string(),
  updatedAt: z.string(),
  text: z.string(),
  competency: z.string().nullable(),
  indicator: z.string().nullable(),
  /** The level of the tagged indicator in the batch's framework version. */
  indicatorLevel: z.number().nullable(),
  polarity: z.enum(POLARITIES).nullable(),
  revision: z.number().int(),
});
export type NoteView = z.infer<typeof noteView>;

// ---- ratings ----
export const ratingSaveInput = z.object({
  assignmentId: id,
  competency: z.string().min(1).max(100),
  level: levelValue,
  rationale: z.string().trim().max(5_000).default(''),
});
export type RatingSaveInput = z.infer<typeof ratingSaveInput>;

export const ratingView = z.object({
  competency: z.string(),
  level: z.number(),
  rationale: z.string(),
  ratedWithoutEvidence: z.boolean(),
  evidenceLevel: z.number().nullable(),
  updatedAt: z.string(),
});
export type RatingView = z.infer<typeof ratingView>;

/** One competency of the rubric beside the evidence tagged so far. */
export const rubricRow = z.object({
  competency: z.string(),
  name: z.object({ id: z.string(), en: z.string() }),
  levels: z.array(
    z.object({
      level: z.number().int(),
      description: z.object({ id: z.string(), en: z.string() }),
      indicators: z.array(
        z.object({ idNumber: z.string(), name: z.string(), description: z.object({ id: z.string(), en: z.string() }) }),
      ),
    }),
  ),
  taggedNotes: z.number().int(),
  positive: z.number().int(),
  negative: z.number().int(),
  evidenceLevel: z.number().nullable(),
  rating: ratingView.nullable(),
});
export type RubricRow = z.infer<typeof rubricRow>;

export const assignmentWork = z.object({
  assignment: workspaceItem,
  halfLevels: z.boolean(),
  submittedAt: z.string().nullable(),
  rubric: z.array(rubricRow),
  notes: z.array(noteView),
});
export type AssignmentWork = z.infer<typeof assignmentWork>;

// ---- integration ----
export const integrationRating = z.object({
  assignmentId: z.string(),
  exerciseId: z.string(),
  exerciseName: z.string(),
  assessorId: z.string(),
  assessorName: z.string(),
  level: z.number(),
  evidenceCount: z.number().int(),
  ratedWithoutEvidence: z.boolean(),
  rationale: z.string(),
});

export const integrationFlag = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('spread'), min: z.number(), max: z.number() }),
  z.object({ kind: z.literal('single-exercise'), exercise: z.string() }),
  z.object({ kind: z.literal('missing'), exercise: z.string() }),
]);

export const integrationDecision = z.object({
  finalLevel: z.number(),
  suggestedLevel: z.number().nullable(),
  rule: z.string(),
  rationale: z.string(),
  decidedBy: z.string(),
  decidedByName: z.string(),
  decidedAt: z.string(),
});

export const integrationCell = z.object({
  competency: z.string(),
  requiredLevel: z.number(),
  ratings: z.array(integrationRating),
  flags: z.array(integrationFlag),
  suggestedLevel: z.number().nullable(),
  decision: integrationDecision.nullable(),
});

export const integrationLock = z.object({ lockedAt: z.string(), lockedBy: z.string(), signOffName: z.string() });

export const integrationMatrix = z.object({
  batchId: z.string(),
  batchStatus: z.enum(BATCH_STATUSES),
  rule: z.object({
    version: z.string(),
    aggregation: z.enum(['median', 'mean']),
    rounding: z.enum(['half-up', 'half-down']),
    halfLevels: z.boolean(),
    /** The suggestion and rounding rule in words, both languages. */
    statement: z.object({ id: z.string(), en: z.string() }),
  }),
  exercises: z.array(z.object({ id: z.string(), name: z.string(), competencies: z.array(z.string()) })),
  competencies: z.array(
    z.object({ competency: z.string(), name: z.object({ id: z.string(), en: z.string() }), requiredLevel: z.number() }),
  ),
  participants: z.array(
    z.object({
      participantId: z.string(),
      nip: z.string(),
      name: z.string(),
      lock: integrationLock.nullable(),
      cells: z.array(integrationCell),
    }),
  ),
});
export type IntegrationMatrix = z.infer<typeof integrationMatrix>;

export const decideInput = z.object({
  batchId: id,
  participantId: id,
  competency: z.string().min(1).max(100),
  finalLevel: levelValue,
  rationale: z.string().trim().max(5_000).default(''),
});
export type DecideInput = z.infer<typeof decideInput>;

// ---- guides and paper ----
export const batchGuide = interviewGuide.extend({ updatedAt: z.string(), revision: z.number().int() });

export const reentryResult = z.object({ assignmentId: z.string(), shortCode: z.string(), item: workspaceItem });
