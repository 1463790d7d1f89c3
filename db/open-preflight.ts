import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppFailure } from '../src/contract/result.ts';
import { setAsideDamagedFile, UnreadableDatabaseFailure } from './backup/corrupt.ts';
import { backupFolder } from './backup/folder.ts';
import { newestGoodBackup, type BackupLocation } from './backup/list.ts';
import { backupPrefix, readableInstant } from './backup/names.ts';
import type { Clock } from './clock.ts';
import { encryptPlaintextDatabase, hasPlaintextHeader, keyOpens, type DatabaseKey } from './encryption.ts';

export interface PreflightOptions {
  file: string;
  backupDir?: string | undefined;
  key?: DatabaseKey | undefined;
  startEmpty?: boolean;
}

const locationOf = (options: PreflightOptions): BackupLocation => ({
  folder: backupFolder(options.file, { override: options.backupDir }),
  prefix: backupPrefix(options.file),
  key: options.key,
});

/** Files an earlier open moved aside because SQLite could not read them. */
const movedAsideSiblings = (file: string): string[] => {
  const folder = dirname(file);
  if (!existsSync(folder)) return [];
  const prefix = `${basename(file)}.corrupt-`;
  return readdirSync(folder).filter((name) => name.startsWith(prefix) && !/-(wal|shm|journal)$/.test(name));
};

/** The database's folder and file must be writable: SQLite writes beside the file (-wal, -shm). */
function refuseReadOnly(file: string): void {
  for (const [path, what] of [
    [file, 'The database file'],
    [dirname(file), 'The folder holding the database'],
  ] as const) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new AppFailure('storage', `${what} (${path}) is read-only, so Ask After cannot use it. Nothing was changed; make it writable (or copy the database somewhere you may write) and try again.`);
    }
  }
}

/**
 * What must hold before SQLite is given the file, each refused with a sentence and the file left
 * untouched: a path that is not a regular file; a file that is not a SQLite database (or is
 * encrypted and no key was given, or the key is wrong); a read-only file or folder; an empty
 * (0-byte) file or a missing one beside a moved-aside damaged file while a good backup exists
 * (offered instead of silently starting empty). A plaintext database is encrypted here, once,
 * when a key is given.
 */
export function preflight(options: PreflightOptions, clock: Clock, checkBeforeEncrypting: () => void = () => {}): { converted: boolean } {
  const { file } = options;
  if (!existsSync(file)) {
    if (!options.startEmpty && movedAsideSiblings(file).length > 0) {
      const location = locationOf(options);
      const newest = newestGoodBackup(location);
      if (newest) {
        throw new AppFailure(
          'storage',
          `There is no database at ${file}: the damaged one was moved aside to ${movedAsideSiblings(file).join(', ')}. The newest good backup was taken ${readableInstant(newest.takenAt)}; restore it with \`askafter restore ${newest.file}\`, or move the damaged file elsewhere to start with an empty database.`,
        );
      }
    }
    return { converted: false };
  }
  const stat = statSync(file);
  if (!stat.isFile()) throw new AppFailure('invalid_input', `${file} is not a database file (it is a folder or a device). Nothing was changed; give the path of an Ask After database.`);
  refuseReadOnly(file);
  if (stat.size === 0) {
    if (options.startEmpty) return { converted: false };
    const location = locationOf(options);
    if (newestGoodBackup(location)) throw setAsideDamagedFile(file, ['the file is empty (0 bytes)'], location, clock);
    return { converted: false };
  }
  if (hasPlaintextHeader(file)) {
    if (!options.key) return { converted: false };
    checkBeforeEncrypting();
    encryptPlaintextDatabase(file, options.key);
    return { converted: true };
  }
  // Neither a plaintext SQLite file nor one the key opens: damaged (its header lost) or locked
  // with another key. Say both, and offer the newest good backup; never a bare "key missing".
  if (!options.key || !keyOpens(file, options.key)) throw new UnreadableDatabaseFailure(file, Boolean(options.key), newestGoodBackup(locationOf(options)));
  return { converted: false };
}
