import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file in pieces beside its target and renames it into place at the end, so a failed
 * or cancelled export never leaves half a file under the name (nor a `.partial` behind).
 */
export function writeFileInPieces<T>(path: string, produce: (write: (piece: string) => void) => T): T {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let result: T;
  try {
    result = produce((piece) => {
      writeSync(fd, piece);
    });
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, path);
  return result;
}
