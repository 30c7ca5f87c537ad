import path from 'node:path';
import type { HandlerMap } from './registry';
import { appendAudit } from '../services/audit';
import { listBackups, takeBackup } from '../services/backups';
import { cancelRestore, pendingRestore, scheduleRestore } from '../services/pending-restore';

const info = ({ name, takenAt, reason, bytes }: { name: string; takenAt: string; reason: string; bytes: number }) => ({ name, takenAt, reason, bytes });

export const backupHandlers: HandlerMap<'backups.list' | 'backups.create' | 'backups.scheduleRestore' | 'backups.cancelRestore'> = {
  'backups.list': (_i, ctx) => ({ backups: listBackups(ctx.db.name).map(info), pendingRestore: pendingRestore(ctx.db.name) }),
  'backups.create': (_i, ctx) => {
    const file = takeBackup(ctx.db, ctx.db.name, 'manual');
    ctx.db.transaction(() => appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'backup', entity: 'database', entityId: path.basename(file) }))();
    return info(listBackups(ctx.db.name).find((b) => b.path === file)!);
  },
  'backups.scheduleRestore': ({ name }, ctx) => {
    const result = scheduleRestore(ctx.db.name, name);
    ctx.db.transaction(() => appendAudit(ctx.db, { actorId: ctx.session.user?.id ?? null, action: 'schedule-restore', entity: 'database', entityId: name }))();
    return result;
  },
  'backups.cancelRestore': (_i, ctx) => (cancelRestore(ctx.db.name), { ok: true as const }),
};
