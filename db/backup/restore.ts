import { encryptPlaintextDatabase, hasPlaintextHeader, openKeyed, type DatabaseKey } from '../encryption.ts';
import { openSqlite } from '../sqlite-driver.ts';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppFailure } from '../../src/contract/result.ts';
import { systemClock, type Clock } from '../clock.ts';
import { openStore, type Store } from '../connection.ts';
import { loadMigrations } from '../migrate.ts';
import { createBackup } from './create.ts';
import { CorruptDatabaseFailure, moveAside } from './corrupt.ts';
import { verifyBackupFile } from './integrity.ts';
import type { BackupFile } from './list.ts';

export interface RestoreOptions {
  /** The live database file. */
  file: string;
  /** The backup to bring back. */
  backupFile: string;
  /** The open live store, if the caller has one; it is closed, and the returned store replaces it. */
  current?: Store;
  migrationsFolder?: string;
  backupDir?: string | undefined;
  clock?: Clock;
  /** The live database's key, when it is encrypted; the restored database keeps it. */
  key?: DatabaseKey | undefined;
}

export interface RestoreOutcome {
  /** The live database, reopened with the restored data (and migrated, if the backup was older). */
  store: Store;
  /** The database as it was just before the restore; undefined when there was none to read. */
  safetyBackup: BackupFile | undefined;
  /** Where an unreadable live file was moved to on the way, if it was. */
  movedAside: string | undefined;
}

/** The live store, opened here if the caller had none; undefined when there is nothing readable. */
async function openCurrent(options: RestoreOptions, clock: Clock): Promise<{ current: Store | undefined; movedAside: string | undefined }> {
  if (options.current) return { current: options.current, movedAside: undefined };
  if (!existsSync(options.file)) return { current: undefined, movedAside: undefined };
  try {
    return { current: await openStore({ file: options.file, migrationsFolder: options.migrationsFolder, backupDir: options.backupDir, clock, key: options.key, startEmpty: true }), movedAside: undefined };
  } catch (error) {
    if (error instanceof CorruptDatabaseFailure) return { current: undefined, movedAside: error.movedTo };
    throw error;
  }
}

/**
 * Copies the backup into a database with the online backup API. Into a live file this is one
 * SQLite write transaction: it lands whole or not at all, and other connections see it.
 */
async function copyInto(backupFile: string, target: string): Promise<void> {
  const source = openSqlite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

/**
 * An encrypted database cannot take the online backup API from another file, so the restored
 * database is built beside it (VACUUM INTO keeps the backup's encryption; a plaintext backup
 * from before encryption is encrypted on the way) and renamed over the live file.
 */
function buildEncrypted(backupFile: string, building: string, key: DatabaseKey): void {
  rmSync(building, { force: true });
  const plaintext = hasPlaintextHeader(backupFile);
  const source = openKeyed(backupFile, plaintext ? undefined : key, { readonly: true, fileMustExist: true });
  try {
    source.prepare('vacuum into ?').run(building);
  } finally {
    source.close();
  }
  if (plaintext) encryptPlaintextDatabase(building, key);
}

async function replaceEncrypted(backupFile: string, file: string, key: DatabaseKey): Promise<void> {
  const building = `${file}.restoring`;
  try {
    buildEncrypted(backupFile, building, key);
    renameSync(building, file);
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  } catch (error) {
    rmSync(building, { force: true });
    throw error;
  }
}

/** With no live file, build the database beside it and rename it in: never a half-written file. */
async function createFrom(backupFile: string, file: string, clock: Clock): Promise<void> {
  // Stray companions of a missing file would be replayed into the new one.
  if (['-wal', '-shm', '-journal'].some((suffix) => existsSync(file + suffix))) moveAside(file, clock);
  const building = `${file}.restoring`;
  rmSync(building, { force: true });
  try {
    await copyInto(backupFile, building);
    renameSync(building, file);
  } catch (error) {
    rmSync(building, { force: true });
    throw error;
  }
}

/**
 * Restores a backup over the live database: verifies the backup first (a bad one changes
 * nothing), backs the current database up ('pre-restore'), replaces its data, and reopens it.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreOutcome> {
  const clock = options.clock ?? systemClock;
  const backupFile = resolve(options.backupFile);
  if (backupFile === resolve(options.file)) throw new AppFailure('invalid_input', 'That is the live database itself, not a backup. Choose a file from the backups folder.');
  verifyBackupFile(backupFile, loadMigrations(options.migrationsFolder), options.key);

  const { current, movedAside } = await openCurrent(options, clock);
  let safetyBackup: BackupFile | undefined;
  try {
    if (current && options.key) {
      safetyBackup = await createBackup(current, 'pre-restore', { clock, protect: [backupFile] });
      current.close();
      await replaceEncrypted(backupFile, options.file, options.key);
    } else if (current) {
      safetyBackup = await createBackup(current, 'pre-restore', { clock, protect: [backupFile] });
      await copyInto(backupFile, options.file);
    } else if (options.key) {
      if (['-wal', '-shm', '-journal'].some((suffix) => existsSync(options.file + suffix))) moveAside(options.file, clock);
      await replaceEncrypted(backupFile, options.file, options.key);
    } else {
      await createFrom(backupFile, options.file, clock);
    }
  } catch (error) {
    if (current && !options.current) current.close();
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('storage', `The backup could not be restored (${(error as Error).message}). The database was not changed.`);
  }
  current?.close();
  const store = await openStore({ file: options.file, migrationsFolder: options.migrationsFolder, backupDir: options.backupDir ?? current?.backupDir, clock, key: options.key, startEmpty: true });
  return { store, safetyBackup, movedAside };
}
