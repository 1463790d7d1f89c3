import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { OpenedFile } from '../src/contract/schemas/shell.ts';

export const OPENABLE_EXTENSIONS = ['.vcf', '.ics'];
/** Files opened from the desktop go to the import preview; anything larger is refused. */
export const MAX_OPENED_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The files in a command line worth opening: .vcf/.ics arguments that exist. Order is not
 * guaranteed, Chromium appends flags, and in development argv holds the app's own path.
 */
export function pickOpenPaths(argv: readonly string[], exists: (path: string) => boolean): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && OPENABLE_EXTENSIONS.includes(extname(arg).toLowerCase()) && exists(arg));
}

/** Files waiting for the renderer's import preview to take them, oldest first. */
export function createOpenedFilesInbox(read: (path: string) => OpenedFile = readOpenedFile) {
  const waiting: string[] = [];
  return {
    add(paths: readonly string[]) {
      waiting.push(...paths);
    },
    get size() {
      return waiting.length;
    },
    /** The next file, read now; a file that cannot be read is skipped with a clear error thrown. */
    take(): OpenedFile | null {
      const path = waiting.shift();
      return path === undefined ? null : read(path);
    },
  };
}

export function readOpenedFile(path: string): OpenedFile {
  const size = statSync(path).size;
  if (size > MAX_OPENED_FILE_BYTES) throw new Error(`“${basename(path)}” is larger than 50 MB; import it from Your data → Import instead.`);
  return { fileName: basename(path), base64: readFileSync(path).toString('base64') };
}
