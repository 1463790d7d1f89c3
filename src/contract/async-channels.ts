import { z } from 'zod';
import { ASYNC_CHANNEL_NAMES } from './channel-names.ts';
import { isSafeText } from './schemas/common.ts';
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

/** A passphrase: 8 characters at least (SQLCipher stretches it with PBKDF2); no control characters. */
export const MIN_PASSPHRASE_LENGTH = 8;
const Passphrase = z
  .string({ error: 'Type a passphrase.' })
  .max(1024, { error: 'That passphrase is too long (1024 characters at most).' })
  .refine((text) => isSafeText(text), { error: 'A passphrase cannot hold control characters; use letters, digits, spaces and punctuation.' })
  .refine((text) => [...text.trim()].length >= MIN_PASSPHRASE_LENGTH, { error: `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few words together are easy to remember and hard to guess.` });
/** The passphrase already set, to change or remove it (never checked for length: it is compared). */
const CurrentPassphrase = z.string({ error: 'Type the passphrase you use now.' }).min(1, { error: 'Type the passphrase you use now.' }).max(1024);

const Repeat = z.string({ error: 'Type the passphrase again.' }).max(1024);
const typedTwice = { error: 'The two passphrases are not the same. Type the same passphrase in both fields.', path: ['repeat'] };

const JobId = z.string().uuid({ error: 'That is not an import or export this app started.' });

export const asyncContract = {
  'backups:list': z.object({}).strict().default({}),
  'backups:create': z.object({}).strict().default({}),
  /** One of the files backups:list gave; anything else is refused. */
  'backups:restore': z.object({ file: z.string({ error: 'Choose a backup from the list.' }).min(1, { error: 'Choose a backup from the list.' }).max(4096) }).strict(),
  /** The channel's input is checked by the channel itself, in the worker. */
  /** Deletes every backup but a fresh one taken now: after forgetting someone, older backups still hold them. */
  'backups:purgeOlder': z.object({ confirm: z.literal(true, { error: 'Confirm deleting the older backups.' }) }).strict(),
  'transfer:start': z.object({ channel: z.enum(TRANSFER_CHANNELS, { error: `Only ${TRANSFER_CHANNELS.join(', ')} run as jobs.` }), input: z.unknown() }).strict(),
  'transfer:status': z.object({ jobId: JobId }).strict(),
  'transfer:cancel': z.object({ jobId: JobId }).strict(),
  'databaseLock:status': z.object({}).strict().default({}),
  'databaseLock:unlock': z.object({ passphrase: CurrentPassphrase }).strict(),
  /** First start without a keychain: a passphrase (typed twice), or null to go on unencrypted. */
  'databaseLock:choose': z
    .object({ passphrase: Passphrase.nullable(), repeat: Repeat.optional() })
    .strict()
    .refine((input) => input.passphrase === null || input.passphrase === input.repeat, typedTwice),
  'databaseProtection:get': z.object({}).strict().default({}),
  /** Set a passphrase (current: null), or change it (current: the one in use). */
  'databaseProtection:setPassphrase': z
    .object({ current: CurrentPassphrase.nullable(), passphrase: Passphrase, repeat: Repeat })
    .strict()
    .refine((input) => input.passphrase === input.repeat, typedTwice),
  'databaseProtection:removePassphrase': z.object({ current: CurrentPassphrase }).strict(),
} as const satisfies Record<AsyncChannelName, z.ZodType>;

export interface AsyncChannelOutputs {
  'backups:list': BackupList;
  'backups:create': BackupSummary;
  'backups:restore': RestoreSummary;
  'backups:purgeOlder': PurgeSummary;
  'databaseLock:status': LockStatus;
  'databaseLock:unlock': LockStatus;
  'databaseLock:choose': LockStatus;
  'databaseProtection:get': DatabaseProtection;
  'databaseProtection:setPassphrase': ProtectionChange;
  'databaseProtection:removePassphrase': ProtectionChange;
  'transfer:start': { jobId: string };
  'transfer:status': TransferStatus;
  'transfer:cancel': { jobId: string; cancelling: true };
}

/** After deleting older backups: how many went, and the fresh one that stays. */
export interface PurgeSummary {
  deleted: number;
  kept: BackupSummary;
}

/**
 * Whether the desktop app still waits for its passphrase: 'locked' (asked at start), 'choose'
 * (no system keychain: a passphrase is offered before the first use), 'open'.
 */
export interface LockStatus {
  state: 'open' | 'locked' | 'choose';
}

/** How the database is locked: by the OS keychain, a passphrase, ASKAFTER_KEY_FILE, or not at all. */
export interface DatabaseProtection {
  protection: 'keychain' | 'passphrase' | 'key-file' | 'none';
  /** Only the desktop app can set or remove a passphrase (and not while ASKAFTER_KEY_FILE is set). */
  canChange: boolean;
  /** Whether removing the passphrase leaves the key in the system keychain (else: unencrypted). */
  keychainAvailable: boolean;
}

export interface ProtectionChange extends DatabaseProtection {
  /** Backups re-locked with the new key, so they can still be restored. */
  backupsRekeyed: number;
  /** Backups that could not be re-locked (they did not open with the old key) and were left. */
  backupsLeft: number;
}

export interface RestoreSummary {
  restored: BackupSummary;
  /** The backup of the data as it was just before, so the restore can itself be undone. */
  safetyBackup: BackupSummary | null;
}

export type AsyncChannelInput<C extends AsyncChannelName> = z.input<(typeof asyncContract)[C]>;

export type AsyncApi = { [C in AsyncChannelName]: (input?: AsyncChannelInput<C>) => Promise<Result<AsyncChannelOutputs[C]>> };

export const isAsyncChannel = (name: unknown): name is AsyncChannelName => typeof name === 'string' && (ASYNC_CHANNEL_NAMES as readonly string[]).includes(name);
