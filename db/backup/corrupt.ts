import { existsSync, renameSync } from 'node:fs';
import { AppFailure } from '../../src/contract/result.ts';
import type { Clock } from '../clock.ts';
import { tightenDatabaseFiles } from '../private-files.ts';
import { newestGoodBackup, type BackupFile, type BackupLocation } from './list.ts';
import { fileStamp, readableInstant } from './names.ts';

/** SQLite keeps these beside a database; they belong to it and move with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * Renames a file SQLite could not read (and its companions) to `<file>.corrupt-<time>` in the
 * same folder: a rename, never a copy or a write, so the bytes stay exactly as they were.
 */
export function moveAside(file: string, clock: Clock): string {
  const base = `${file}.corrupt-${fileStamp(clock())}`;
  let target = base;
  for (let attempt = 2; existsSync(target); attempt++) target = `${base}-${attempt}`;
  renameSync(file, target);
  for (const suffix of COMPANIONS) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  tightenDatabaseFiles(target);
  return target;
}

/** The database could not be read; it was moved aside, and here is the backup to offer. */
export class CorruptDatabaseFailure extends AppFailure {
  readonly movedTo: string;
  readonly newestBackup: BackupFile | undefined;

  constructor(file: string, problem: string, movedTo: string, newestBackup: BackupFile | undefined, backupFolder: string) {
    const offer = newestBackup
      ? `The newest good backup was taken ${readableInstant(newestBackup.takenAt)} (${newestBackup.file}); restore it to carry on.`
      : `No good backup was found in ${backupFolder}; starting again begins with an empty database.`;
    super('storage', `Ask After could not read its database ${file} (${problem}). The file was moved aside, unchanged, to ${movedTo}. ${offer}`);
    this.name = 'CorruptDatabaseFailure';
    this.movedTo = movedTo;
    this.newestBackup = newestBackup;
  }
}

/** Moves an unreadable database aside and describes what happened and what can be restored. */
export function setAsideDamagedFile(file: string, problems: string[], location: BackupLocation, clock: Clock): CorruptDatabaseFailure {
  const movedTo = moveAside(file, clock);
  return new CorruptDatabaseFailure(file, problems[0] ?? 'damaged', movedTo, newestGoodBackup(location), location.folder);
}

/**
 * The file is not a plaintext SQLite database and the key given (if any) does not open it: it is
 * damaged (its header lost) or locked with another key, and nobody can tell which. Left where
 * and as it is; the newest good backup is offered, as for any other damaged file.
 */
export class UnreadableDatabaseFailure extends AppFailure {
  readonly file: string;
  readonly keyGiven: boolean;
  readonly newestBackup: BackupFile | undefined;

  constructor(file: string, keyGiven: boolean, newestBackup: BackupFile | undefined) {
    const why = keyGiven
      ? 'the database key given does not open it: it is damaged, locked with another key, or not an Ask After database at all'
      : 'it is damaged, locked with a key Ask After was not given (set ASKAFTER_KEY_FILE to the file holding its key), or not an Ask After database at all';
    const offer = newestBackup
      ? ` The newest good backup was taken ${readableInstant(newestBackup.takenAt)}; restore it with \`askafter restore ${newestBackup.file}\`.`
      : '';
    super('invalid_input', `${file} cannot be read: ${why}. It was left untouched.${offer}`);
    this.name = 'UnreadableDatabaseFailure';
    this.file = file;
    this.keyGiven = keyGiven;
    this.newestBackup = newestBackup;
  }
}
