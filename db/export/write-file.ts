import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../../src/contract/result.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../private-files.ts';

/** What stands at a path: undefined when nothing does. */
function kindAt(path: string): 'file' | 'other' | undefined {
  try {
    return lstatSync(path).isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new AppFailure('invalid_input', `${path} is not a place a file can go: part of the path is a file, not a folder. Nothing was written.`);
    throw error;
  }
}

const why = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'you may not write there';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  return (error as Error).message;
};

export interface WriteOptions {
  /** Writes the bytes; tests pass one that fails like a full disk. */
  write?: (path: string, text: string) => void;
}

const writePrivate = (path: string, text: string) => writeFileSync(path, text, { mode: PRIVATE_FILE_MODE, flag: 'wx' });

/**
 * Writes an export where the person asked, only over a regular file (never a folder, device,
 * pipe or link), owner-only (0600), whole or not at all: written beside the target as `.partial`
 * and renamed; on any failure (a full disk included) the `.partial` file is removed and the
 * failure is a sentence.
 */
export function writeExportFile(path: string, text: string, options: WriteOptions = {}): void {
  if (kindAt(path) === 'other') {
    throw new AppFailure('invalid_input', `${path} is not a regular file (it is a folder, a device or a link), so the export was not written there. Choose a file name.`);
  }
  const partial = `${path}.partial`;
  try {
    makePrivateFolder(dirname(path));
    if (kindAt(partial) === 'other') throw new Error(`${partial} is in the way`);
    rmSync(partial, { force: true });
    (options.write ?? writePrivate)(partial, text);
    renameSync(partial, path);
  } catch (error) {
    try {
      if (kindAt(partial) === 'file') rmSync(partial, { force: true });
    } catch {
      // Nothing was written there after all.
    }
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('storage', `The export could not be written to ${path} (${why(error)}). Nothing was left behind; free some space or choose another place.`);
  }
}
