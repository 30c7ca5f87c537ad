import type { HandlerMap } from './registry';
import { appendAudit } from '../services/audit';
import {
  acknowledgeNotice,
  applyRetention,
  erase,
  noticeStatus,
  privacyNotice,
  retentionPreview,
  retentionYears,
  setRetentionYears,
  subjectExport,
} from '../services/privacy';

const done = { ok: true as const };

export const privacyHandlers: HandlerMap<
  | 'privacy.notice'
  | 'privacy.acknowledge'
  | 'privacy.status'
  | 'privacy.subjectExport'
  | 'privacy.retention'
  | 'privacy.retentionPreview'
  | 'privacy.applyRetention'
  | 'privacy.erase'
> = {
  'privacy.notice': (_i, ctx) => privacyNotice(ctx),
  'privacy.acknowledge': ({ participantId, method }, ctx) => (acknowledgeNotice(ctx, participantId, method), done),
  'privacy.status': ({ participantId }, ctx) => noticeStatus(ctx, participantId),
  'privacy.subjectExport': ({ nip }, ctx) => subjectExport(ctx, nip),
  'privacy.retention': ({ years }, ctx) => {
    if (years !== undefined) {
      ctx.db.transaction(() => {
        appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'update', entity: 'setting', entityId: 'privacy.retentionYears', oldValue: retentionYears(ctx), newValue: years });
        setRetentionYears(ctx, years);
      })();
    }
    return { years: retentionYears(ctx) };
  },
  'privacy.retentionPreview': (_i, ctx) => retentionPreview(ctx),
  'privacy.applyRetention': (_i, ctx) => ({ anonymised: applyRetention(ctx) }),
  'privacy.erase': ({ participantId }, ctx) => (erase(ctx, participantId), done),
};
