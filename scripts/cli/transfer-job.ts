import type { Clock } from '../../db/clock.ts';
import type { Store } from '../../db/connection.ts';
import { placeForFile, startTransfer } from '../../db/transfer/jobs.ts';
import type { TransferTask } from '../../db/transfer/task.ts';
import type { TransferProgress } from '../../src/contract/async-channels.ts';
import { CallFailure } from '../../src/contract/result.ts';
import type { CliIo } from './io.ts';

const number = new Intl.NumberFormat('en-GB');

/** "Writing: 12,345 of 50,000 (24%)", or without a total "Reading: 12,345". */
export function progressLine(what: string, { done, total, phase }: TransferProgress): string {
  const part = total ? `${number.format(done)} of ${number.format(total)} (${Math.floor((100 * done) / Math.max(total, 1))}%)` : number.format(done);
  return `${what}, ${phase}: ${part}… (Ctrl+C cancels)`;
}

/**
 * Runs an import or export from the command line, a big one in a worker thread so this thread
 * stays free to hear Ctrl+C: progress goes to stderr when it is a terminal, and Ctrl+C cancels at the next
 * progress point (an import rolls back, an export removes its unfinished file). A cancel or a
 * failure ends in a CallFailure: a sentence and a non-zero exit.
 */
export async function runCliTransfer<T>(io: CliIo, store: Store, clock: Clock, what: string, task: TransferTask): Promise<T> {
  let shown = false;
  const running = startTransfer(
    store,
    clock,
    task,
    (progress) => {
      if (!io.progress) return;
      io.progress(progressLine(what, progress));
      shown = true;
    },
    // Small jobs run here: over in a moment, and a Ctrl+C meanwhile waits for them to finish.
    placeForFile(store, task),
  );
  let interrupted = false;
  const stopListening = io.onInterrupt?.(() => {
    // A second Ctrl+C while the worker winds down changes nothing: the cancel is already on its way.
    if (interrupted) return;
    interrupted = true;
    running.cancel();
  });
  try {
    const result = await running.done;
    if (!result.ok) throw new CallFailure(result.error);
    return result.value as T;
  } finally {
    stopListening?.();
    if (shown) io.progress?.(null);
  }
}
