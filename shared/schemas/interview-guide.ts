import { z } from 'zod';
import { idNumber } from './framework';

/**
 * Behavioural-interview (BEI/CBI) guides: one per competency, a main question and STAR probes.
 * Seeded from resources/interview-guides/bei-asn.json and editable per batch (issue 5).
 * Texts are bilingual and must not be blank: an empty probe would show as an empty line to the assessor.
 */
export const guideText = z.object({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type GuideText = z.infer<typeof guideText>;

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

const probeList = z.array(guideText).min(1);

export const starProbes = z.object({
  situation: probeList,
  task: probeList,
  action: probeList,
  result: probeList,
});
export type StarProbes = z.infer<typeof starProbes>;

export const interviewGuide = z.object({
  /** idNumber of the competency node in the framework the guide belongs to. */
  competency: idNumber,
  mainQuestion: guideText,
  probes: starProbes,
  /** Positive evidence the assessor listens for. */
  lookFors: z.array(guideText).min(1),
  /** Answers that count against the competency. */
  redFlags: z.array(guideText).min(1),
});
export type InterviewGuide = z.infer<typeof interviewGuide>;

export const interviewGuideSet = z
  .object({
    note: guideText,
    guides: z.array(interviewGuide),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.guides.forEach((g, i) => {
      if (seen.has(g.competency)) {
        ctx.addIssue({ code: 'custom', path: ['guides', i, 'competency'], message: 'duplicate-competency' });
      }
      seen.add(g.competency);
    });
  });
export type InterviewGuideSet = z.infer<typeof interviewGuideSet>;
