import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';

/**
 * The database holds health, bereavement and family details: every file Ask After writes (the
 * database and its -wal/-shm, backups, exports, moved-aside and .partial files) is readable by
 * its owner only, in folders only the owner can enter, whatever the umask says.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const isWindows = process.platform === 'win32';

/** Makes (if needed) a folder for private files; a folder Ask After creates is 0700. */
export function makePrivateFolder(folder: string): void {
  if (existsSync(folder)) return;
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // mkdir's mode is filtered by the umask; say it once more.
  if (!isWindows) chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Takes group and other permissions off a file that exists (never adds any, so a read-only file
 * stays read-only). Quietly does nothing for a file that is gone or that we do not own.
 */
export function tightenFile(file: string): void {
  if (isWindows) return;
  try {
    const mode = statSync(file).mode & 0o777;
    if ((mode & 0o077) !== 0) chmodSync(file, mode & 0o700);
  } catch {
    // Missing, or owned by someone else: nothing we may change.
  }
}

/** Takes group and other permissions off a folder that Ask After owns (its data and backup folders). */
export function tightenFolder(folder: string): void {
  tightenFile(folder);
}

/** The database and the files SQLite keeps beside it. */
export function tightenDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) tightenFile(file + suffix);
}
