import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createBackup, storeBackupLocation } from './create.ts';
import { findBackups, type BackupFile } from './list.ts';

export const DAILY_BACKUP_AFTER_MS = 86_400_000;

/** At start: a 'daily' backup when the newest backup of any kind is over a day old (or none). */
export async function backupIfDue(store: Store, options: { clock?: Clock } = {}): Promise<BackupFile | undefined> {
  if (store.file === ':memory:') return undefined;
  const clock = options.clock ?? systemClock;
  const newest = findBackups(storeBackupLocation(store))[0];
  if (newest && clock().getTime() - Date.parse(newest.takenAt) < DAILY_BACKUP_AFTER_MS) return undefined;
  return createBackup(store, 'daily', { clock });
}
