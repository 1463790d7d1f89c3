import type { TransferChannel } from '../../src/contract/async-channels.ts';
import { AppFailure, fail, ok, type Result } from '../../src/contract/result.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { streamJsonExport } from '../export/json-stream.ts';
import { writeFileInPieces } from '../export/to-file.ts';
import { createDispatcher } from '../handlers/index.ts';
import { applyJsonFile, previewJsonFile } from '../import/run.ts';


/** One import or export: a channel call, or (from the command line) a whole database to or from a file. */
export type TransferTask =
  | { kind: 'channel'; channel: TransferChannel; input: unknown }
  | { kind: 'export-json-file'; out: string }
  | { kind: 'import-json-file'; path: string; dryRun: boolean };

export const writesDatabase = (task: TransferTask): boolean =>
  (task.kind === 'channel' && task.channel === 'import:apply') || (task.kind === 'import-json-file' && !task.dryRun);

/** What a cancel says: an import wrote nothing, an export left no file. */
export const cancelledMessage = (task: TransferTask): string =>
  task.kind === 'export-json-file' || (task.kind === 'channel' && task.channel.startsWith('export:'))
    ? 'The export was cancelled; no file was written.'
    : writesDatabase(task)
      ? 'The import was cancelled; nothing was written.'
      : 'Reading the file was cancelled; nothing was written.';

const importing = (store: Store, clock: Clock) => ({ db: store.db, sqlite: store.sqlite, clock, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });

/** Runs a task on this thread (the worker's, or the caller's for an in-memory database). */
export function runTransferTask(store: Store, clock: Clock, task: TransferTask): Result<unknown> {
  if (task.kind === 'channel') return createDispatcher(store, clock)(task.channel, task.input);
  try {
    if (task.kind === 'export-json-file') {
      // One read transaction: a consistent snapshot while the app goes on writing beside it.
      return ok(store.sqlite.transaction(() => writeFileInPieces(task.out, (write) => streamJsonExport(store.sqlite, clock, { settings: true }, write))).deferred());
    }
    return ok(task.dryRun ? previewJsonFile(importing(store, clock), task.path) : applyJsonFile(importing(store, clock), task.path));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.toError());
    throw error;
  }
}
