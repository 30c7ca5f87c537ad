import { z } from 'zod';
import { channel } from '../define';
import { empty } from '../../schemas/common';

const id = z.string().min(1);
const done = z.object({ ok: z.literal(true) });
const file = z.object({ fileName: z.string(), contentBase64: z.string() });
const planners = ['admin', 'coordinator'] as const;

/** Personal data protection (UU 27/2022): notice, acknowledgement, retention, subject access, erasure. */
export const privacyChannels = {
  'privacy.notice': channel(empty, z.object({ version: z.string(), title: z.string(), text: z.string() }), 'user'),
  'privacy.acknowledge': channel(z.object({ participantId: id, method: z.enum(['on-screen', 'signed-paper']) }), done, planners),
  'privacy.status': channel(
    z.object({ participantId: id }),
    z.object({
      current: z.string(),
      upToDate: z.boolean(),
      latest: z.object({ version: z.string(), method: z.enum(['on-screen', 'signed-paper']), at: z.string() }).nullable(),
    }),
    planners,
  ),
  'privacy.subjectExport': channel(z.object({ nip: z.string().regex(/^\d{18}$/) }), file, planners),
  'privacy.retention': channel(z.object({ years: z.number().int().min(3).max(30).optional() }), z.object({ years: z.number() }), ['admin']),
  'privacy.retentionPreview': channel(empty, z.array(z.object({ id: z.string(), nip: z.string(), name: z.string(), lastAssessment: z.string() })), ['admin']),
  'privacy.applyRetention': channel(z.object({ confirm: z.literal(true) }), z.object({ anonymised: z.number() }), ['admin']),
  'privacy.erase': channel(z.object({ participantId: id, confirm: z.literal(true) }), done, ['admin']),
} as const;
