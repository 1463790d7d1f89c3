/**
 * The worker thread an import or export runs in, so the thread serving the UI (Electron's main
 * process, the preview server) stays free. It opens its own connection to the same file, runs
 * one task, posts progress now and then, and stops at the next progress point once the shared
 * cancel flag is set: the failure rolls the import back, and the export's file is removed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TransferProgress } from '../../src/contract/async-channels.ts';
import { AppFailure, fail, type Result } from '../../src/contract/result.ts';
import { openSecondConnection } from '../connection.ts';
import type { DatabaseKey } from '../encryption.ts';
import { withTransferProgress } from './progress.ts';
import { cancelledMessage, runTransferTask, type TransferTask } from './task.ts';

export interface WorkerInput {
  file: string;
  backupDir: string | undefined;
  key: DatabaseKey | undefined;
  task: TransferTask;
  /** The caller's "now" when the job started: rows are stamped with it. */
  now: string;
  /** Int32Array over it: 1 once cancelled. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage = { type: 'progress'; progress: TransferProgress } | { type: 'result'; result: Result<unknown> };

const { file, backupDir, key, task, now, cancel } = workerData as WorkerInput;
const cancelled = new Int32Array(cancel);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

const store = openSecondConnection(file, backupDir, key);
let lastPost = Number.NEGATIVE_INFINITY;
try {
  const result = withTransferProgress(
    (progress) => {
      if (Atomics.load(cancelled, 0) === 1) throw new AppFailure('cancelled', cancelledMessage(task));
      const at = performance.now();
      if (at - lastPost < 100) return;
      lastPost = at;
      post({ type: 'progress', progress });
    },
    () => runTransferTask(store, () => new Date(now), task),
  );
  post({ type: 'result', result });
} catch (error) {
  post({ type: 'result', result: fail({ code: 'internal', message: `The ${task.kind === 'channel' ? task.channel : task.kind} failed: ${(error as Error).message}` }) });
} finally {
  store.close();
}
