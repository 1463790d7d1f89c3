import type { BackupReason } from './names.ts';

export interface RetentionPolicy {
  /** The newest this many backups are always kept, whatever their age. */
  recent: number;
  /** One backup per UTC calendar day for this many days back. */
  dailyForDays: number;
  /** One backup per week (Monday to Sunday, UTC) for this many days back. */
  weeklyForDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 5, dailyForDays: 7, weeklyForDays: 31 };

export interface DatedBackup {
  /** UTC ISO instant. */
  takenAt: string;
  reason: BackupReason;
}

const DAY_MS = 86_400_000;

const dayKey = (at: Date) => at.toISOString().slice(0, 10);

const millis = (backup: DatedBackup) => Date.parse(backup.takenAt);

const weekKey = (at: Date) => {
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return dayKey(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - sinceMonday)));
};

/**
 * The newest backup of each calendar bucket within the window. Buckets are fixed calendar
 * days and weeks (not "n days ago"), so the backup kept for a bucket stays the same as time
 * passes instead of being replaced by the next one sliding in.
 */
function newestPerBucket<T extends DatedBackup>(newestFirst: T[], now: Date, windowDays: number, key: (at: Date) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const backup of newestFirst) {
    if (now.getTime() - millis(backup) >= windowDays * DAY_MS) continue;
    const bucket = key(new Date(millis(backup)));
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    kept.push(backup);
  }
  return kept;
}

/**
 * Which backups to delete: all but the newest few, one per day for a week, one per week for
 * a month, and every pre-migration backup (the way back from an upgrade is never pruned).
 */
export function backupsToDelete<T extends DatedBackup>(backups: readonly T[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): T[] {
  const newestFirst = [...backups].sort((a, b) => millis(b) - millis(a));
  const keep = new Set<T>([
    ...newestFirst.slice(0, policy.recent),
    ...newestPerBucket(newestFirst, now, policy.dailyForDays, dayKey),
    ...newestPerBucket(newestFirst, now, policy.weeklyForDays, weekKey),
    ...newestFirst.filter((b) => b.reason === 'pre-migration'),
  ]);
  return newestFirst.filter((b) => !keep.has(b));
}
