/**
 * Which automatic backups to keep: the newest 3 of today, the newest one of each earlier day,
 * and never more than 10 in all (issue 8). Backups taken for a reason (before a migration,
 * restore or import, or by hand) are not automatic and are never pruned here.
 */
export interface BackupFile {
  name: string;
  takenAt: Date;
}

export const RETENTION = { today: 3, total: 10 } as const;

const NAME = /^asesa-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.db$/;

export function parseBackupName(name: string): { takenAt: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, day, hh, mm, ss, ms, reason] = m;
  return { takenAt: new Date(`${day}T${hh}:${mm}:${ss}.${ms}Z`), reason: reason! };
}

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Returns the names to delete, given the automatic backups and the current time. */
export function backupsToPrune(files: readonly BackupFile[], now: Date): string[] {
  const newestFirst = [...files].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const today = localDay(now);
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const f of newestFirst) {
    if (keep.size >= RETENTION.total) break;
    const day = localDay(f.takenAt);
    if (day === today) {
      if (todayKept < RETENTION.today) {
        keep.add(f.name);
        todayKept++;
      }
    } else if (!daysSeen.has(day)) {
      keep.add(f.name);
    }
    daysSeen.add(day);
  }
  return newestFirst.filter((f) => !keep.has(f.name)).map((f) => f.name);
}
