import type Database from 'better-sqlite3';
import { keyOf, openKeyed, type DatabaseKey } from '../encryption.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE, tightenFile } from '../private-files.ts';
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../src/contract/result.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { backupFolder, readBackupFolderSetting } from './folder.ts';
import { findBackups, type BackupFile, type BackupLocation } from './list.ts';
import { backupFileName, backupPrefix, type BackupReason } from './names.ts';
import { backupsToDelete } from './retention.ts';

export interface BackupOptions {
  /** Overrides the folder for this one backup (`askafter backup --dir`). */
  dir?: string | undefined;
  clock?: Clock;
  /** Files this backup's clean-up must not delete (the backup about to be restored). */
  protect?: readonly string[];
}

/** Where an open database's backups go: see backupFolder for the order of choices. */
export const backupLocation = (sqlite: Database.Database, databaseFile: string, override?: string): BackupLocation => ({
  folder: backupFolder(databaseFile, { override, setting: readBackupFolderSetting(sqlite) }),
  prefix: backupPrefix(databaseFile),
  key: keyOf(sqlite),
});

export const storeBackupLocation = (store: Store, dir?: string): BackupLocation => backupLocation(store.sqlite, store.file, dir ?? store.backupDir);

/** Takes group and other permissions off this database's existing backups (made before they were private). */
export function tightenBackups(location: BackupLocation): void {
  for (const backup of findBackups(location)) tightenFile(backup.file);
}

/** Deletes what the retention policy lets go; returns the deleted paths. */
export function pruneBackups(location: BackupLocation, now: Date, protect: readonly string[] = []): string[] {
  const doomed = backupsToDelete(findBackups(location), now).filter((backup) => !protect.includes(backup.file));
  for (const backup of doomed) rmSync(backup.file, { force: true });
  return doomed.map((backup) => backup.file);
}

/**
 * Claims a free name by creating its `.partial` file exclusively, so two backups started in the
 * same second (a daily one and a manual one) cannot write the same file.
 */
function claimName(location: BackupLocation, takenAt: Date, reason: BackupReason): string {
  for (let attempt = 1; ; attempt++) {
    const file = join(location.folder, backupFileName(location.prefix, takenAt, reason, attempt));
    if (existsSync(file)) continue;
    try {
      closeSync(openSync(`${file}.partial`, 'wx', PRIVATE_FILE_MODE));
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A backup keeps the live file's WAL mode; switch it back so it is one self-contained file. */
function makeSingleFile(file: string, key: DatabaseKey | undefined): void {
  const copy = openKeyed(file, key);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Backs up an open connection with SQLite's online backup API: a consistent snapshot even while
 * writes continue. The copy is written under a `.partial` name and renamed when complete, so a
 * file with a backup's name is always a whole backup. Older backups are then pruned.
 */
export async function backupDatabase(sqlite: Database.Database, databaseFile: string, reason: BackupReason, options: BackupOptions = {}): Promise<BackupFile> {
  if (sqlite.inTransaction) {
    throw new Error('Take the backup before the transaction starts: a backup taken inside it would hold what the transaction wrote.');
  }
  const clock = options.clock ?? systemClock;
  const location = backupLocation(sqlite, databaseFile, options.dir);
  const takenAt = new Date(Math.floor(clock().getTime() / 1000) * 1000);
  let file: string | undefined;
  try {
    makePrivateFolder(location.folder);
    file = claimName(location, takenAt, reason);
    const key = keyOf(sqlite);
    if (key) {
      // The online backup API cannot copy between an encrypted and a plain file; VACUUM INTO
      // writes a consistent snapshot encrypted with the live database's own key.
      sqlite.prepare('vacuum into ?').run(`${file}.partial`);
    } else {
      await sqlite.backup(`${file}.partial`);
    }
    makeSingleFile(`${file}.partial`, key);
    renameSync(`${file}.partial`, file);
  } catch (error) {
    if (file) rmSync(`${file}.partial`, { force: true });
    throw new AppFailure(
      'storage',
      `The backup could not be written to ${location.folder} (${(error as Error).message}). Your data is unchanged; check that the folder exists, that you may write to it and that the disk has space.`,
    );
  }
  pruneBackups(location, takenAt, [file, ...(options.protect ?? [])]);
  return { file, takenAt: takenAt.toISOString(), reason, bytes: statSync(file).size };
}

const inMemory = (store: Store) => store.file === ':memory:';

/** A backup on demand (or daily); the folder is the store's unless `dir` is given. */
export async function createBackup(store: Store, reason: BackupReason = 'manual', options: BackupOptions = {}): Promise<BackupFile> {
  if (inMemory(store)) throw new AppFailure('invalid_input', 'This database lives only in memory, so there is no file to back up.');
  return backupDatabase(store.sqlite, store.file, reason, { ...options, dir: options.dir ?? store.backupDir });
}

/**
 * Call (and await) before an import or a restore, outside any transaction. Undefined for an
 * in-memory database, which has nothing on disk to protect.
 */
export async function backupBefore(store: Store, reason: 'pre-import' | 'pre-restore' | 'pre-merge', options: Omit<BackupOptions, 'dir'> = {}): Promise<BackupFile | undefined> {
  return inMemory(store) ? undefined : createBackup(store, reason, options);
}
