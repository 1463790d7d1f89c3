import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { TransferStatus } from '../../src/contract/async-channels.ts';
import type { Result } from '../../src/contract/result.ts';
import { AppFailure, fail } from '../../src/contract/result.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
import { withTransferProgress, type TransferProgress } from './progress.ts';
import { cancelledMessage, runTransferTask, type TransferTask } from './task.ts';
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

/** Where a task runs: 'worker' off this thread; 'here' on it, for work too small to be worth a thread. */
export type TransferPlace = 'worker' | 'here';

/** Inputs from about this size (a few thousand contacts), and databases from this many rows, go to a worker. */
const LARGE_INPUT_CHARS = 256 * 1024;
const LARGE_DATABASE_ROWS = 20_000;

/**
 * Whether a task is big enough to run off the UI's thread: starting a worker costs a tenth of a
 * second and a connection, more than a small import or export takes. An in-memory database
 * (tests) cannot be shared with a worker at all.
 */
export function placeFor(store: Store, task: TransferTask): TransferPlace {
  if (store.file === ':memory:') return 'here';
  if (task.kind !== 'channel') return 'worker';
  if (task.channel.startsWith('import:')) {
    const input = task.input as { text?: unknown; base64?: unknown } | null;
    const size = [input?.text, input?.base64].reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 0), 0);
    return size >= LARGE_INPUT_CHARS ? 'worker' : 'here';
  }
  return largeDatabase(store) ? 'worker' : 'here';
}

const largeDatabase = (store: Store): boolean =>
  (store.sqlite.prepare('select (select count(*) from people) + (select count(*) from life_events) + (select count(*) from visits) as n').get() as { n: number }).n >= LARGE_DATABASE_ROWS;

/**
 * The same choice for the command line, where a whole database goes to or from a file: in a
 * worker when it is big (so Ctrl+C is heard while it runs), here when it takes a moment anyway.
 */
export function placeForFile(store: Store, task: TransferTask): TransferPlace {
  if (store.file === ':memory:') return 'here';
  if (task.kind === 'export-json-file') return largeDatabase(store) ? 'worker' : 'here';
  if (task.kind === 'import-json-file') return existsSync(task.path) && statSync(task.path).size >= LARGE_INPUT_CHARS ? 'worker' : 'here';
  return placeFor(store, task);
}

/** Starts a task (in a worker unless told otherwise); its answer comes in `done`. */
export function startTransfer(store: Store, clock: Clock, task: TransferTask, onProgress: (progress: TransferProgress) => void, place: TransferPlace = placeFor(store, task)): RunningTransfer {
  const id = randomUUID();
  const cancelFlag = new SharedArrayBuffer(4);
  const cancelled = new Int32Array(cancelFlag);
  const cancel = () => Atomics.store(cancelled, 0, 1);
  if (place === 'here') {
    const listen = (progress: TransferProgress) => {
      if (Atomics.load(cancelled, 0) === 1) throw new AppFailure('cancelled', cancelledMessage(task));
      onProgress(progress);
    };
    const done = new Promise<Result<unknown>>((resolve) => setImmediate(() => resolve(runHere(store, clock, task, listen))));
    return { id, cancel, done };
  }
  const workerData: WorkerInput = { file: store.file, backupDir: store.backupDir, key: store.key, task, now: clock().toISOString(), cancel: cancelFlag };
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

function runHere(store: Store, clock: Clock, task: TransferTask, listen: (progress: TransferProgress) => void): Result<unknown> {
  try {
    return withTransferProgress(listen, () => runTransferTask(store, clock, task));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.toError());
    log.error('transfer failed', error);
    return fail({ code: 'internal', message: `The import or export failed (${(error as Error).message}). Nothing was written; try again.` });
  }
}

/** How long a finished job's answer waits to be read. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * The jobs behind the transfer:start/status/cancel channels: one at a time (two imports would
 * only queue on SQLite's write lock), polled by the UI for progress and the answer.
 */
export function transferJobs(store: Store, clock: Clock, place?: TransferPlace) {
  const jobs = new Map<string, { status: TransferStatus; running: RunningTransfer }>();
  const busy = () => [...jobs.values()].some((job) => job.status.state === 'running');
  return {
    busy,
    start(task: TransferTask): string {
      const running = startTransfer(
        store,
        clock,
        task,
        (progress) => {
          const job = jobs.get(running.id);
          if (job?.status.state === 'running') job.status = { jobId: running.id, state: 'running', progress };
        },
        place ?? placeFor(store, task),
      );
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
