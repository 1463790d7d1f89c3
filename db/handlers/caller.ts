import { asyncContract, isAsyncChannel, type AsyncChannelName, type AsyncChannelOutputs, type BackupSummary } from '../../src/contract/async-channels.ts';
import { AppFailure, fail, ok, type Result } from '../../src/contract/result.ts';
import { invalidInput } from '../../src/contract/validation.ts';
import { createBackup, storeBackupLocation } from '../backup/create.ts';
import { describeBackups, type BackupEntry } from '../backup/list.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
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
export function createAppCaller(store: Store, clock: Clock = systemClock): AppCaller {
  const dispatch = createDispatcher(store, clock);

  const asyncHandlers: { [C in AsyncChannelName]: () => Promise<AsyncChannelOutputs[C]> } = {
    'backups:list': async () => {
      const location = storeBackupLocation(store);
      return { folder: location.folder, backups: describeBackups(location).map(summary) };
    },
    'backups:create': async () => {
      const file = await createBackup(store, 'manual', { clock });
      const listed = describeBackups(storeBackupLocation(store)).find((b) => b.file === file.file);
      return summary(listed ?? file);
    },
  };

  return async (channel, input) => {
    if (isAsyncChannel(channel)) {
      const parsed = asyncContract[channel].safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error).toError());
      try {
        return ok(await asyncHandlers[channel]());
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
