import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../electron/db/backup';
import { backupsToPrune, parseBackupName } from '../../electron/db/backup-retention';

const at = (iso: string) => ({ name: backupFileName('auto', new Date(iso)), takenAt: new Date(iso) });

describe('backup retention', () => {
  it('parses the names it writes', () => {
    const name = backupFileName('pre-migrate-v3', new Date('2026-11-23T08:30:05.123Z'));
    expect(parseBackupName(name)).toEqual({ takenAt: new Date('2026-11-23T08:30:05.123Z'), reason: 'pre-migrate-v3' });
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('keeps the newest 3 of today and the newest of each earlier day', () => {
    const now = new Date(2026, 10, 23, 17, 0); // local time
    const local = (d: number, h: number) => {
      const date = new Date(2026, 10, d, h, 0);
      return { name: backupFileName('auto', date), takenAt: date };
    };
    const files = [local(23, 8), local(23, 11), local(23, 14), local(23, 16), local(22, 9), local(22, 15), local(21, 10)];
    const pruned = backupsToPrune(files, now);
    expect(pruned.sort()).toEqual([local(23, 8).name, local(22, 9).name].sort());
  });

  it('never keeps more than 10 in all', () => {
    const files = Array.from({ length: 15 }, (_, i) => at(`2026-10-${String(i + 1).padStart(2, '0')}T05:00:00.000Z`));
    const pruned = backupsToPrune(files, new Date('2026-11-23T05:00:00Z'));
    expect(pruned).toHaveLength(5);
    // the oldest five go
    expect(pruned.sort()).toEqual(files.slice(0, 5).map((f) => f.name).sort());
  });
});
