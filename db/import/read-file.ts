import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFormat } from '../../src/contract/schemas/transfer.ts';
import { detectEncoding } from '../../src/import/index.ts';
import { MAX_IMPORT_CHARS } from '../../src/contract/schemas/transfer.ts';
import { AppFailure } from '../../src/contract/result.ts';
import { detectFormat } from './source.ts';

/** UTF-8 (with or without BOM), UTF-16 either way round, or Windows-1252 for old 8-bit exports. */
export function decodeImportBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

/** Checks the file can be read and is not too large; its size in bytes. */
function checkedSize(path: string): number {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppFailure('invalid_input', `${path} is a folder, not a file. Name the file to import.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('not_found', `Could not open ${path} (${(error as Error).message}). Check the path and that you may read the file.`);
  }
  if (size > MAX_IMPORT_CHARS) throw new AppFailure('invalid_input', `${path} is larger than 256 MB, too large to import, so it was not read. Split a contacts or calendar file into smaller files and import them one by one.`);
  return size;
}

/** Reads an import file for the CLI, refusing one too large before reading it. */
export function readImportFile(path: string): string {
  checkedSize(path);
  return decodeImportBytes(readFileSync(path));
}

/** What kind of file this is, from its first 64 KB and its name, without reading it whole. */
export function detectFileFormat(path: string): ImportFormat {
  const size = checkedSize(path);
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return detectFormat(decodeImportBytes(head), basename(path));
}
