import { asyncContract, isAsyncChannel, type AsyncChannelName, type AsyncChannelOutputs, type BackupSummary } from '../../src/contract/async-channels.ts';
import type { z } from 'zod';
import { AppFailure, fail, ok, type Result } from '../../src/contract/result.ts';
import { invalidInput } from '../../src/contract/validation.ts';
import { createBackup, storeBackupLocation } from '../backup/create.ts';
import { describeBackups, type BackupEntry } from '../backup/list.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
import { transferJobs, type TransferPlace } from '../transfer/jobs.ts';
import { createDispatcher } from './index.ts';
import { backupBeforeChannel } from './transfer.ts';

const log = createLogger('caller');

/** What the app's transports call: every channel, sync or async, always resolving to a Result. */
export type AppCaller = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

const summary = (b: BackupEntry | (Omit<BackupEntry, 'counts'> & { counts?: undefined })): BackupSummary => ({
  file: b.file,
  takenAt: b.takenAt,
  reason: b.reason,
  bytes: b.bytes,
  counts: b.counts ?? null,
});

/**
 * The electron IPC binding and the preview server share this: the synchronous dispatcher for
 * ordinary channels (with a backup first where a channel can replace a lot, like import:apply),
 * and the asynchronous backup channels.
 */
export function createAppCaller(store: Store, clock: Clock = systemClock, options: { transfersIn?: TransferPlace } = {}): AppCaller {
  const dispatch = createDispatcher(store, clock);
  const jobs = transferJobs(store, clock, options.transfersIn);

  const asyncHandlers: { [C in AsyncChannelName]: (input: z.output<(typeof asyncContract)[C]>) => Promise<AsyncChannelOutputs[C]> } = {
    'backups:list': async () => {
      const location = storeBackupLocation(store);
      return { folder: location.folder, backups: describeBackups(location).map(summary) };
    },
    'backups:create': async () => {
      const file = await createBackup(store, 'manual', { clock });
      const listed = describeBackups(storeBackupLocation(store)).find((b) => b.file === file.file);
      return summary(listed ?? file);
    },
    // Imports and exports run in a worker thread: this thread goes on serving the UI, which polls.
    'transfer:start': async ({ channel, input }) => {
      if (jobs.busy()) throw new AppFailure('conflict', 'An import or export is still running. Wait for it to finish, or cancel it, then try again.');
      if (channel === 'import:apply') {
        try {
          await backupBeforeChannel(store, channel);
        } catch (error) {
          throw new AppFailure('storage', `Nothing was imported: the safety backup before importing failed (${(error as Error).message}). Check the backup folder and free space, then try again.`);
        }
      }
      return { jobId: jobs.start({ kind: 'channel', channel, input }) };
    },
    'transfer:status': async ({ jobId }) => {
      const status = jobs.status(jobId);
      if (!status) throw new AppFailure('not_found', 'That import or export is no longer known (it finished a while ago, or the app was restarted). Start it again.');
      return status;
    },
    'transfer:cancel': async ({ jobId }) => {
      if (!jobs.cancel(jobId)) throw new AppFailure('not_found', 'That import or export has already finished.');
      return { jobId, cancelling: true };
    },
  };

  return async (channel, input) => {
    if (isAsyncChannel(channel)) {
      const parsed = asyncContract[channel].safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error).toError());
      try {
        return ok(await (asyncHandlers[channel] as (input: unknown) => Promise<unknown>)(parsed.data));
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.toError());
        log.error(`${channel} failed`, error);
        return fail({ code: 'storage', message: `The backup could not be made (${(error as Error).message}). Nothing was changed; check the backup folder and free space.` });
      }
    }
    try {
      await backupBeforeChannel(store, channel);
    } catch (error) {
      return fail({ code: 'storage', message: `Nothing was imported: the safety backup before importing failed (${(error as Error).message}). Check the backup folder and free space, then try again.` });
    }
    return dispatch(channel, input);
  };
}
