import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../electron/db/app-db';
import { buildRegistry } from '../../electron/handlers';
import { applyPendingRestore } from '../../electron/services/pending-restore';
import { contextAs, tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => t?.cleanup());

describe('backups from the app (issue 8)', () => {
  it('takes a manual backup, schedules a restore, and restores it at the next start (undoable)', async () => {
    t = tempDb();
    const admin = contextAs(t.db, 'admin', 'admin');
    const registry = buildRegistry(t.db, () => {});
    const call = async (name: string, input: unknown) => {
      const r = await registry.dispatch(name, input, admin.session);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    const taken = await call('backups.create', {});
    expect(taken.reason).toBe('manual');
    // A change after the backup, which the restore must undo.
    t.db.prepare("UPDATE office SET name = 'Nama Baru' WHERE is_local = 1").run();
    await call('backups.scheduleRestore', { name: taken.name });
    expect((await call('backups.list', {})).pendingRestore).toBe(taken.name);
    const refused = await registry.dispatch('backups.scheduleRestore', { name: '../../etc/passwd' }, admin.session);
    expect(!refused.ok && refused.error.code).toBe('NOT_FOUND');

    t.db.close(); // the app stops
    const result = applyPendingRestore(t.file);
    expect(result?.restored).toBe(taken.name);
    expect(result?.undoBackup && fs.existsSync(result.undoBackup)).toBe(true);
    expect(applyPendingRestore(t.file)).toBeNull(); // done once
    const { db } = openAppDatabase(t.file);
    expect((db.prepare('SELECT name FROM office WHERE is_local = 1').get() as { name: string }).name).toBe('BPSDM Provinsi Kalimantan Timur');
    db.close();
  });

  it('is for administrators only', async () => {
    t = tempDb();
    const coordinator = contextAs(t.db, 'coordinator');
    const r = await buildRegistry(t.db, () => {}).dispatch('backups.create', {}, coordinator.session);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});
