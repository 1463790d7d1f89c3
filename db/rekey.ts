import type Database from 'better-sqlite3';
import { AppFailure } from '../src/contract/result.ts';
import { createBackup, storeBackupLocation } from './backup/create.ts';
import { findBackups, type BackupFile } from './backup/list.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Store } from './connection.ts';
import { chooseCipherFor, hasPlaintextHeader, openKeyed, rekeyPragma, rememberKey, type DatabaseKey } from './encryption.ts';

export interface RekeyOutcome {
  /** The backup taken with the old key just before the change. */
  safetyBackup: BackupFile;
  /** Older backups now locked with the new key too (so they can still be listed and restored). */
  backupsRekeyed: number;
  /** Backups that could not be opened with the old key and were left as they were. */
  backupsLeft: string[];
}

/**
 * Gives a live connection a new key in one step (`PRAGMA rekey` rewrites every page inside one
 * transaction). SQLite3MultipleCiphers cannot encrypt a plaintext database in WAL mode, so a
 * plaintext database switches to a rollback journal for the change and back to WAL after.
 */
function rekeyConnection(sqlite: Database.Database, from: DatabaseKey | undefined, to: DatabaseKey | undefined): void {
  if (!from) {
    sqlite.pragma('journal_mode = DELETE');
    chooseCipherFor(sqlite);
  }
  try {
    sqlite.pragma(rekeyPragma(to));
  } finally {
    if (!from) sqlite.pragma('journal_mode = WAL');
  }
  rememberKey(sqlite, to);
}

/** Re-locks one backup file (a single file in rollback-journal mode) from the old key to the new one. */
function rekeyBackup(file: string, from: DatabaseKey | undefined, to: DatabaseKey | undefined): boolean {
  // Backups from before encryption are plaintext whatever the live key was.
  const current = hasPlaintextHeader(file) ? undefined : from;
  if (!current && !to) return true;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openKeyed(file, current, { fileMustExist: true });
    sqlite.prepare('select count(*) from sqlite_master').get();
    if (!current) chooseCipherFor(sqlite);
    sqlite.pragma(rekeyPragma(to));
    return true;
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/**
 * Changes the key the database is locked with (a passphrase set, changed or removed): a backup
 * with the old key first, then the live database in one step, then the older backups, so every
 * backup in the folder opens with the one key the app now has. Backups made afterwards use the
 * new key (they are written with the live connection's key). On a failure of the live change the
 * database keeps its old key; the safety backup is there either way.
 */
export async function changeDatabaseKey(store: Store, to: DatabaseKey | undefined, clock: Clock = systemClock): Promise<RekeyOutcome> {
  if (store.file === ':memory:') throw new AppFailure('invalid_input', 'This database lives only in memory, so there is nothing to lock.');
  const from = store.key;
  const safetyBackup = await createBackup(store, 'pre-rekey', { clock });
  try {
    rekeyConnection(store.sqlite, from, to);
  } catch (error) {
    throw new AppFailure('storage', `The database could not be re-locked (${(error as Error).message}). It still opens as before; a backup was taken first (${safetyBackup.file}).`);
  }
  store.key = to;
  let backupsRekeyed = 0;
  const backupsLeft: string[] = [];
  for (const backup of findBackups(storeBackupLocation(store))) {
    if (rekeyBackup(backup.file, from, to)) backupsRekeyed++;
    else backupsLeft.push(backup.file);
  }
  return { safetyBackup, backupsRekeyed, backupsLeft };
}
