import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackupSchedule } from '../../electron/services/backup-schedule';
import { listBackups } from '../../electron/services/backups';
import { tempDb, type TempDb } from '../helpers/db';

let t: TempDb;
afterEach(() => {
  vi.useRealTimers();
  t?.cleanup();
});

describe('automatic backups', () => {
  it('takes one at start and one per interval, and stops when told', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-23T01:00:00Z'));
    t = tempDb();
    const stop = startBackupSchedule(t.db, t.file, () => {}, 1000);
    expect(listBackups(t.file).filter((b) => b.reason === 'auto')).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
    vi.advanceTimersByTime(1000);
    expect(listBackups(t.file).filter((b) => b.reason === 'auto')).toHaveLength(2);
    stop();
    vi.advanceTimersByTime(5000);
    expect(listBackups(t.file).filter((b) => b.reason === 'auto')).toHaveLength(2);
  });

  it('reports a failure instead of throwing', () => {
    t = tempDb();
    t.db.close();
    const reports: string[] = [];
    const stop = startBackupSchedule(t.db, t.file, (m) => reports.push(m), 1000);
    stop();
    expect(reports[0]).toMatch(/automatic backup failed/);
  });
});
