import { rmSync } from 'node:fs';
import type { Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { eraseDeletedSearchWords } from '../repositories/search-erase.ts';
import { createBackup, storeBackupLocation } from './create.ts';
import { findBackups, type BackupFile } from './list.ts';

export interface PurgeOutcome {
  /** The backups deleted, oldest last. */
  deleted: BackupFile[];
  /** The fresh backup taken first, which stays. */
  kept: BackupFile;
}

/**
 * After forgetting someone, older backups still hold them. This takes a fresh backup (which no
 * longer does) and then deletes every other backup of this database in its backup folder, the
 * ones kept before upgrades included: the user asked for all of them to go. Files of other
 * databases sharing the folder are not touched.
 */
export async function purgeOlderBackups(store: Store, clock: Clock): Promise<PurgeOutcome> {
  // Words edited out since (a mention of them, rewritten by hand) leave the search index first,
  // and a checkpoint carries the zeroed pages into the database file and empties its WAL.
  store.sqlite.transaction(() => eraseDeletedSearchWords(store.sqlite)).immediate();
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const kept = await createBackup(store, 'after-forget', { clock });
  const doomed = findBackups(storeBackupLocation(store)).filter((backup) => backup.file !== kept.file);
  for (const backup of doomed) {
    rmSync(backup.file, { force: true });
    // A backup opened while it was being written may have left companions beside it.
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(backup.file + suffix, { force: true });
  }
  return { deleted: doomed, kept };
}
