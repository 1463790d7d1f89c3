import { resolve } from 'node:path';
import { asyncContract, isAsyncChannel, type AsyncChannelName, type AsyncChannelOutputs, type BackupSummary } from '../../src/contract/async-channels.ts';
import type { z } from 'zod';
import { AppFailure, fail, ok, type Result } from '../../src/contract/result.ts';
import { invalidInput } from '../../src/contract/validation.ts';
import { createBackup, storeBackupLocation } from '../backup/create.ts';
import { describeBackups, findBackups, type BackupEntry } from '../backup/list.ts';
import { purgeOlderBackups } from '../backup/purge.ts';
import { restoreBackup } from '../backup/restore.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
import { transferJobs, type TransferPlace } from '../transfer/jobs.ts';
import { createDispatcher } from './index.ts';
import { backupBeforeChannel } from './transfer.ts';

const log = createLogger('caller');

/** What the app's transports call: every channel, sync or async, always resolving to a Result. */
export type AppCaller = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** The app's caller, which also says whether an import or export is running (a re-key must wait). */
export type AppCallerWithJobs = AppCaller & { transferRunning(): boolean };

export interface AppCallerOptions {
  migrationsFolder?: string | undefined;
  /** Where import and export jobs run (a worker thread by default). */
  transfersIn?: TransferPlace;
  /** A restore reopens the database: whoever else holds the store (reminders, backups) takes the new one. */
  onStoreReplaced?: (store: Store) => void;
}

const summary = (b: BackupEntry | (Omit<BackupEntry, 'counts'> & { counts?: undefined })): BackupSummary => ({
  file: b.file,
  takenAt: b.takenAt,
  reason: b.reason,
  bytes: b.bytes,
  counts: b.counts ?? null,
});

const DESKTOP_ONLY = 'Only the desktop app can lock its database with a passphrase. Here the key comes from the file ASKAFTER_KEY_FILE names; change that file instead.';

/**
 * The electron IPC binding and the preview server share this: the synchronous dispatcher for
 * ordinary channels (with a backup first where a channel can replace a lot, like import:apply),
 * and the asynchronous backup channels.
 */
export function createAppCaller(initial: Store, clock: Clock = systemClock, options: AppCallerOptions = {}): AppCallerWithJobs {
  let store = initial;
  let dispatch = createDispatcher(store, clock);
  let jobs = transferJobs(store, clock, options.transfersIn);

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
    'backups:restore': async ({ file }) => {
      if (jobs.busy()) throw new AppFailure('conflict', 'An import or export is still running. Wait for it to finish, or cancel it, then restore.');
      const location = storeBackupLocation(store);
      // Only a backup this app lists: the renderer never names an arbitrary file to read.
      const chosen = findBackups(location).find((b) => resolve(b.file) === resolve(file));
      if (!chosen) throw new AppFailure('invalid_input', 'That backup is not in the backups folder any more. Choose one from the list.');
      const restored = describeBackups(location).find((b) => b.file === chosen.file);
      const outcome = await restoreBackup({ file: store.file, backupFile: chosen.file, current: store, migrationsFolder: options.migrationsFolder, backupDir: store.backupDir, key: store.key, clock });
      store = outcome.store;
      dispatch = createDispatcher(store, clock);
      jobs = transferJobs(store, clock, options.transfersIn);
      options.onStoreReplaced?.(store);
      const safety = outcome.safetyBackup ? describeBackups(storeBackupLocation(store)).find((b) => b.file === outcome.safetyBackup?.file) : undefined;
      return { restored: summary(restored ?? chosen), safetyBackup: safety ? summary(safety) : null };
    },
    'backups:purgeOlder': async () => {
      if (jobs.busy()) throw new AppFailure('conflict', 'An import or export is still running. Wait for it to finish, or cancel it, then delete the older backups.');
      const { deleted, kept } = await purgeOlderBackups(store, clock);
      const listed = describeBackups(storeBackupLocation(store)).find((b) => b.file === kept.file);
      return { deleted: deleted.length, kept: summary(listed ?? kept) };
    },
    // The desktop app answers these itself (electron/lock-gate.ts, electron/database-protection.ts);
    // here (the preview, tests) the database is open already and its key comes from ASKAFTER_KEY_FILE.
    'databaseLock:status': async () => ({ state: 'open' }),
    'databaseLock:unlock': async () => ({ state: 'open' }),
    'databaseLock:choose': async () => ({ state: 'open' }),
    'databaseProtection:get': async () => ({ protection: store.key ? 'key-file' : 'none', canChange: false, keychainAvailable: false }),
    'databaseProtection:setPassphrase': async () => {
      throw new AppFailure('invalid_input', DESKTOP_ONLY);
    },
    'databaseProtection:removePassphrase': async () => {
      throw new AppFailure('invalid_input', DESKTOP_ONLY);
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

  const caller: AppCaller = async (channel, input) => {
    if (isAsyncChannel(channel)) {
      const parsed = asyncContract[channel].safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error).toError());
      try {
        return ok(await (asyncHandlers[channel] as (input: unknown) => Promise<unknown>)(parsed.data));
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.toError());
        log.error(`${channel} failed`, error);
        if (channel === 'backups:purgeOlder') return fail({ code: 'storage', message: `The older backups could not all be deleted (${(error as Error).message}). Check the backup folder, then try again.` });
        const what = channel === 'backups:restore' ? 'restored' : 'made';
        return fail({ code: 'storage', message: `The backup could not be ${what} (${(error as Error).message}). Nothing was changed; check the backup folder and free space.` });
      }
    }
    try {
      await backupBeforeChannel(store, channel);
    } catch (error) {
      const what = channel === 'import:apply' ? 'imported: the safety backup before importing' : 'merged: the safety backup before merging';
      return fail({ code: 'storage', message: `Nothing was ${what} failed (${(error as Error).message}). Check the backup folder and free space, then try again.` });
    }
    return dispatch(channel, input);
  };
  return Object.assign(caller, { transferRunning: () => jobs.busy() });
}
