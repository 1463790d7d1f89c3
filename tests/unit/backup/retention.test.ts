import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, type BackupReason } from '../../../db/backup/names.ts';
import { backupsToDelete } from '../../../db/backup/retention.ts';

const backup = (takenAt: string, reason: BackupReason = 'daily') => ({ takenAt, reason });

/** Which of `backups` survive retention at `now`. */
const kept = (now: string, backups: ReturnType<typeof backup>[]) => {
  const doomed = new Set(backupsToDelete(backups, new Date(now)));
  return backups.filter((b) => !doomed.has(b)).map((b) => b.takenAt);
};

describe('backup retention', () => {
  // now: Wednesday 25 Nov 2026, 09:30 UTC.
  const now = '2026-11-25T09:30:00.000Z';

  it.each([
    {
      why: 'keeps everything while there are five or fewer',
      backups: ['2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', '2026-11-25T08:00:00.000Z'],
      expected: ['2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', '2026-11-25T08:00:00.000Z'],
    },
    {
      why: 'keeps the five newest of a busy day, dropping the older ones of that same day',
      backups: ['01', '02', '03', '04', '05', '06', '07', '08'].map((h) => `2026-11-25T${h}:00:00.000Z`),
      expected: ['04', '05', '06', '07', '08'].map((h) => `2026-11-25T${h}:00:00.000Z`),
    },
    {
      why: 'keeps the newest of each earlier day within a week',
      backups: [
        '2026-11-19T10:00:00.000Z', // 6 days back: kept, newest of its day
        '2026-11-19T08:00:00.000Z', // same day, older: dropped
        '2026-11-20T10:00:00.000Z',
        '2026-11-20T07:00:00.000Z', // dropped
        ...['03', '04', '05', '06', '07'].map((h) => `2026-11-25T${h}:00:00.000Z`),
      ],
      expected: ['2026-11-19T10:00:00.000Z', '2026-11-20T10:00:00.000Z', ...['03', '04', '05', '06', '07'].map((h) => `2026-11-25T${h}:00:00.000Z`)],
    },
    {
      why: 'keeps the newest of each calendar week within a month and nothing older',
      backups: [
        '2026-10-20T12:00:00.000Z', // 36 days back: past a month, dropped
        '2026-10-28T12:00:00.000Z', // Wed, week of 26 Oct: dropped, the Sunday is newer
        '2026-11-01T12:00:00.000Z', // Sun, week of 26 Oct: kept
        '2026-11-02T12:00:00.000Z', // Mon, week of 2 Nov: dropped
        '2026-11-05T12:00:00.000Z', // Thu, week of 2 Nov: kept
        ...['03', '04', '05', '06', '07'].map((h) => `2026-11-25T${h}:00:00.000Z`),
      ],
      expected: ['2026-11-01T12:00:00.000Z', '2026-11-05T12:00:00.000Z', ...['03', '04', '05', '06', '07'].map((h) => `2026-11-25T${h}:00:00.000Z`)],
    },
  ])('$why', ({ backups, expected }) => {
    expect(kept(now, backups.map((at) => backup(at))).sort()).toEqual([...expected].sort());
  });

  it('never deletes a pre-migration backup, however old', () => {
    const backups = [backup('2024-03-01T00:00:00.000Z', 'pre-migration'), backup('2024-03-01T00:00:01.000Z', 'manual'), ...['03', '04', '05', '06', '07'].map((h) => backup(`2026-11-25T${h}:00:00.000Z`))];
    expect(kept(now, backups)).toContain('2024-03-01T00:00:00.000Z');
    expect(kept(now, backups)).not.toContain('2024-03-01T00:00:01.000Z');
  });

  it('keeps the same backup for a week as the days go by (a daily backup for six weeks)', () => {
    const start = Date.parse('2026-10-01T09:00:00.000Z');
    let backups: ReturnType<typeof backup>[] = [];
    for (let day = 0; day < 42; day++) {
      const at = new Date(start + day * 86_400_000).toISOString();
      backups.push(backup(at));
      const doomed = new Set(backupsToDelete(backups, new Date(at)));
      backups = backups.filter((b) => !doomed.has(b));
    }
    // 11 Nov 09:00: 7 daily ones (5–11 Nov) plus the Sundays of the earlier weeks within 31 days.
    expect(backups.map((b) => b.takenAt.slice(0, 10)).sort()).toEqual([
      '2026-10-18', '2026-10-25', '2026-11-01', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11',
    ]);
  });
});

describe('backup file names', () => {
  it('say when and why, sort by time, and read back', () => {
    const name = backupFileName('askafter', new Date('2026-11-25T09:30:00.456Z'), 'pre-migration');
    expect(name).toBe('askafter-2026-11-25T09-30-00Z-pre-migration.sqlite');
    expect(parseBackupFileName('askafter', name)).toEqual({ takenAt: new Date('2026-11-25T09:30:00.000Z'), reason: 'pre-migration', attempt: 1 });
    expect(parseBackupFileName('askafter', backupFileName('askafter', new Date('2026-11-25T09:30:00Z'), 'daily', 2))?.attempt).toBe(2);
  });

  it('ignore other files, other databases and half-written backups', () => {
    for (const name of ['notes.txt', 'demo-2026-11-25T09-30-00Z-daily.sqlite', 'askafter-2026-11-25T09-30-00Z-daily.sqlite.partial', 'askafter-2026-11-25T09-30-00Z-weekly.sqlite', 'askafter.sqlite']) {
      expect(parseBackupFileName('askafter', name)).toBeUndefined();
    }
  });
});
