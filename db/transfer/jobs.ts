import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { TransferStatus } from '../../src/contract/async-channels.ts';
import type { Result } from '../../src/contract/result.ts';
import { fail } from '../../src/contract/result.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
import { withTransferProgress, type TransferProgress } from './progress.ts';
import { runTransferTask, type TransferTask } from './task.ts';
import type { WorkerInput, WorkerMessage } from './worker.ts';

const log = createLogger('transfer');


export interface RunningTransfer {
  id: string;
  /** Stops the work at its next progress point; `done` then resolves with a 'cancelled' failure. */
  cancel(): void;
  done: Promise<Result<unknown>>;
}

/**
 * The worker's file: beside this module when running from source (worker.ts), beside the bundle
 * when built (transfer-worker.js, an entry of its own in both builds). The name is put together
 * at run time so the bundler leaves it alone.
 */
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = () => new URL(fromSource ? './worker.ts' : './transfer-worker.js', import.meta.url);
/** From source (tests, scripts run by tsx) the worker needs tsx too: the code uses TypeScript that Node cannot strip. */
const workerArgv = fromSource ? ['--import', 'tsx'] : [];

/**
 * Starts a task off this thread. An in-memory database (tests) cannot be shared with a worker:
 * its task runs here, after this call returns.
 */
export function startTransfer(store: Store, clock: Clock, task: TransferTask, onProgress: (progress: TransferProgress) => void): RunningTransfer {
  const id = randomUUID();
  const cancelFlag = new SharedArrayBuffer(4);
  const cancel = () => Atomics.store(new Int32Array(cancelFlag), 0, 1);
  if (store.file === ':memory:') {
    const done = new Promise<Result<unknown>>((resolve) => setImmediate(() => resolve(withTransferProgress(onProgress, () => runTransferTask(store, clock, task)))));
    return { id, cancel, done };
  }
  const workerData: WorkerInput = { file: store.file, backupDir: store.backupDir, task, now: clock().toISOString(), cancel: cancelFlag };
  const worker = new Worker(workerUrl(), { workerData, execArgv: [...process.execArgv, ...workerArgv] });
  const done = new Promise<Result<unknown>>((resolve) => {
    let result: Result<unknown> | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else result = message.result;
    });
    worker.on('error', (error) => {
      log.error('transfer worker failed', error);
      result ??= fail({ code: 'internal', message: `The import or export stopped unexpectedly (${error.message}). Nothing was written; try again.` });
    });
    worker.on('exit', () => resolve(result ?? fail({ code: 'internal', message: 'The import or export stopped unexpectedly. Nothing was written; try again.' })));
  });
  return { id, cancel, done };
}

/** How long a finished job's answer waits to be read. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * The jobs behind the transfer:start/status/cancel channels: one at a time (two imports would
 * only queue on SQLite's write lock), polled by the UI for progress and the answer.
 */
export function transferJobs(store: Store, clock: Clock) {
  const jobs = new Map<string, { status: TransferStatus; running: RunningTransfer }>();
  const busy = () => [...jobs.values()].some((job) => job.status.state === 'running');
  return {
    busy,
    start(task: TransferTask): string {
      const running = startTransfer(store, clock, task, (progress) => {
        const job = jobs.get(running.id);
        if (job?.status.state === 'running') job.status = { jobId: running.id, state: 'running', progress };
      });
      jobs.set(running.id, { status: { jobId: running.id, state: 'running', progress: null }, running });
      void running.done.then((result) => {
        const job = jobs.get(running.id);
        if (job) job.status = result.ok ? { jobId: running.id, state: 'done', value: result.value } : { jobId: running.id, state: 'failed', error: result.error };
        setTimeout(() => jobs.delete(running.id), KEEP_FINISHED_MS).unref();
      });
      return running.id;
    },
    /** The job's state; a finished job is forgotten once its answer has been read. */
    status(jobId: string): TransferStatus | undefined {
      const job = jobs.get(jobId);
      if (job && job.status.state !== 'running') jobs.delete(jobId);
      return job?.status;
    },
    cancel(jobId: string): boolean {
      const job = jobs.get(jobId);
      job?.running.cancel();
      return job !== undefined;
    },
  };
}

export type TransferJobs = ReturnType<typeof transferJobs>;
