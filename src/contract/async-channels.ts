import { z } from 'zod';
import { ASYNC_CHANNEL_NAMES } from './channel-names.ts';
import type { AppError, Result } from './result.ts';

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

/** The channels whose work can take long: run in a worker thread beside the UI, with progress and cancel. */
export const TRANSFER_CHANNELS = ['export:json', 'export:csv', 'export:vcard', 'export:ics', 'import:preview', 'import:apply'] as const;
export type TransferChannel = (typeof TRANSFER_CHANNELS)[number];

/** How far an import or export has got. */
export interface TransferProgress {
  /** Rows (or records) done so far. */
  done: number;
  /** How many there are in all, when known. */
  total: number | null;
  /** "reading", "writing", "checking". */
  phase: string;
}

/** A job's state; a failure's code is 'cancelled' when the user stopped it. */
export type TransferStatus =
  | { jobId: string; state: 'running'; progress: TransferProgress | null }
  | { jobId: string; state: 'done'; value: unknown }
  | { jobId: string; state: 'failed'; error: AppError };

const JobId = z.string().uuid({ error: 'That is not an import or export this app started.' });

export const asyncContract = {
  'backups:list': z.object({}).strict().default({}),
  'backups:create': z.object({}).strict().default({}),
  /** One of the files backups:list gave; anything else is refused. */
  'backups:restore': z.object({ file: z.string({ error: 'Choose a backup from the list.' }).min(1, { error: 'Choose a backup from the list.' }).max(4096) }).strict(),
  /** The channel's input is checked by the channel itself, in the worker. */
  'transfer:start': z.object({ channel: z.enum(TRANSFER_CHANNELS, { error: `Only ${TRANSFER_CHANNELS.join(', ')} run as jobs.` }), input: z.unknown() }).strict(),
  'transfer:status': z.object({ jobId: JobId }).strict(),
  'transfer:cancel': z.object({ jobId: JobId }).strict(),
} as const satisfies Record<AsyncChannelName, z.ZodType>;

export interface AsyncChannelOutputs {
  'backups:list': BackupList;
  'backups:create': BackupSummary;
  'backups:restore': RestoreSummary;
  'transfer:start': { jobId: string };
  'transfer:status': TransferStatus;
  'transfer:cancel': { jobId: string; cancelling: true };
}

export interface RestoreSummary {
  restored: BackupSummary;
  /** The backup of the data as it was just before, so the restore can itself be undone. */
  safetyBackup: BackupSummary | null;
}

export type AsyncChannelInput<C extends AsyncChannelName> = z.input<(typeof asyncContract)[C]>;

export type AsyncApi = { [C in AsyncChannelName]: (input?: AsyncChannelInput<C>) => Promise<Result<AsyncChannelOutputs[C]>> };

export const isAsyncChannel = (name: unknown): name is AsyncChannelName => typeof name === 'string' && (ASYNC_CHANNEL_NAMES as readonly string[]).includes(name);
