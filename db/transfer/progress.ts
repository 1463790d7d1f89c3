/**
 * How far a long import or export has got. The code doing the work calls `transferProgress` now
 * and then; whoever runs it (the worker thread) listens, passes it on, and may throw from the
 * listener to cancel: the throw unwinds the work like any failure, so a transaction rolls back.
 */
import type { TransferProgress } from '../../src/contract/async-channels.ts';

export type { TransferProgress };

type Listener = (progress: TransferProgress) => void;

let listener: Listener | null = null;

export function withTransferProgress<T>(listen: Listener, run: () => T): T {
  const previous = listener;
  listener = listen;
  try {
    return run();
  } finally {
    listener = previous;
  }
}

export function transferProgress(done: number, total: number | null, phase: string): void {
  listener?.({ done, total, phase });
}
