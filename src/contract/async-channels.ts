import { z } from 'zod';
import { ASYNC_CHANNEL_NAMES } from './channel-names.ts';
import type { Result } from './result.ts';

/**
 * Channels whose work cannot run inside the synchronous, transactional dispatcher: SQLite's
 * online backup is asynchronous. The app's transports (IPC, preview HTTP) call them through
 * db/handlers/caller.ts; the CLI has its own backup commands.
 */
export { ASYNC_CHANNEL_NAMES };
export type AsyncChannelName = (typeof ASYNC_CHANNEL_NAMES)[number];

export interface BackupSummary {
  file: string;
  /** UTC instant the backup was taken. */
  takenAt: string;
  reason: string;
  bytes: number;
  /** Live clients, people and visits in it; null when the file could not be read. */
  counts: { clients: number | null; people: number | null; visits: number | null } | null;
}

export interface BackupList {
  folder: string;
  backups: BackupSummary[];
}

export const asyncContract = {
  'backups:list': z.object({}).strict().default({}),
  'backups:create': z.object({}).strict().default({}),
  /** One of the files backups:list gave; anything else is refused. */
  'backups:restore': z.object({ file: z.string({ error: 'Choose a backup from the list.' }).min(1, { error: 'Choose a backup from the list.' }).max(4096) }).strict(),
} as const satisfies Record<AsyncChannelName, z.ZodType>;

export interface AsyncChannelOutputs {
  'backups:list': BackupList;
  'backups:create': BackupSummary;
  'backups:restore': RestoreSummary;
}

export interface RestoreSummary {
  restored: BackupSummary;
  /** The backup of the data as it was just before, so the restore can itself be undone. */
  safetyBackup: BackupSummary | null;
}

/** The input an async channel takes: none for list and create, the backup's file for restore. */
export type AsyncChannelInput<C extends AsyncChannelName> = C extends 'backups:restore' ? [input: z.input<(typeof asyncContract)[C]>] : [];

export type AsyncApi = { [C in AsyncChannelName]: (input?: z.input<(typeof asyncContract)[C]>) => Promise<Result<AsyncChannelOutputs[C]>> };

export const isAsyncChannel = (name: unknown): name is AsyncChannelName => typeof name === 'string' && (ASYNC_CHANNEL_NAMES as readonly string[]).includes(name);
