import { parseArgs } from 'node:util';
import { openStore, type Store } from '../../db/connection.ts';
import { createBackup, storeBackupLocation } from '../../db/backup/create.ts';
import { CorruptDatabaseFailure } from '../../db/backup/corrupt.ts';
import { damageReport } from '../../db/backup/integrity.ts';
import { describeBackups, type BackupEntry } from '../../db/backup/list.ts';
import { readableInstant } from '../../db/backup/names.ts';
import { restoreBackup } from '../../db/backup/restore.ts';
import type { DatabaseKey } from '../../db/encryption.ts';
import { AppFailure } from '../../src/contract/result.ts';
import { UsageError } from './context.ts';
import { table, type CliIo } from './io.ts';
import { BACKUP_USAGE } from './usage.ts';


const COMMANDS = ['backup', 'backups', 'restore', 'check'] as const;
type BackupCommand = (typeof COMMANDS)[number];

export const isBackupCommand = (command: string): command is BackupCommand => (COMMANDS as readonly string[]).includes(command);

export interface BackupCommandContext {
  io: CliIo;
  json: boolean;
  /** The live database file. */
  file: string;
  /** ASKAFTER_BACKUP_DIR, if set. */
  backupDir: string | undefined;
  /** The database key from ASKAFTER_KEY_FILE, if set. */
  key?: DatabaseKey | undefined;
}

/**
 * The backup commands open the database themselves: `restore` must work when the live file is
 * unreadable, so these run outside the shared open in run.ts. Returns the exit code.
 */
export async function backupCommand(command: BackupCommand, args: string[], ctx: BackupCommandContext): Promise<number> {
  try {
    if (command === 'restore') return await restore(ctx, args);
    const { values } = parseArgs({ args, options: { dir: { type: 'string' } } });
    if (values.dir !== undefined && command === 'check') throw new UsageError(`check takes no --dir.\n${BACKUP_USAGE}`);
    const store = await openStore({ file: ctx.file, backupDir: ctx.backupDir, key: ctx.key });
    try {
      if (command === 'backup') return await backup(ctx, store, values.dir);
      if (command === 'backups') return backups(ctx, store, values.dir);
      return check(ctx, store);
    } finally {
      store.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.io.err(error.message);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      ctx.io.err(`${error.message}\n${BACKUP_USAGE}`);
      return 2;
    }
    if (error instanceof AppFailure) {
      ctx.io.err(error.message);
      if (error instanceof CorruptDatabaseFailure && error.newestBackup) ctx.io.err(`Restore it with: askafter restore "${error.newestBackup.file}"`);
      return 1;
    }
    throw error;
  }
}

export function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function backup(ctx: BackupCommandContext, store: Store, dir: string | undefined): Promise<number> {
  const made = await createBackup(store, 'manual', { dir });
  ctx.io.out(ctx.json ? JSON.stringify(made, null, 2) : `Backed up to ${made.file} (${readableSize(made.bytes)}).`);
  return 0;
}

const count = (n: number | null | undefined) => (n == null ? '-' : String(n));
const row = (b: BackupEntry) => [readableInstant(b.takenAt), b.reason, readableSize(b.bytes), count(b.counts?.clients), count(b.counts?.people), count(b.counts?.visits), b.counts ? b.file : `${b.file} (unreadable)`];

function backups(ctx: BackupCommandContext, store: Store, dir: string | undefined): number {
  const location = storeBackupLocation(store, dir);
  const found = describeBackups(location);
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ folder: location.folder, backups: found }, null, 2));
    return 0;
  }
  if (found.length === 0) {
    ctx.io.out(`No backups yet in ${location.folder}. Take one with: askafter backup`);
    return 0;
  }
  ctx.io.out(`Backups in ${location.folder}, newest first:`);
  for (const line of table([['TAKEN', 'REASON', 'SIZE', 'CLIENTS', 'PEOPLE', 'VISITS', 'FILE'], ...found.map(row)])) ctx.io.out(line.trimEnd());
  return 0;
}

async function restore(ctx: BackupCommandContext, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [backupFile, ...extra] = positionals;
  if (!backupFile || extra.length > 0) throw new UsageError(`Name one backup file to restore (see: askafter backups).\n${BACKUP_USAGE}`);
  const outcome = await restoreBackup({ file: ctx.file, backupFile, backupDir: ctx.backupDir, key: ctx.key });
  outcome.store.close();
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ restored: backupFile, safetyBackup: outcome.safetyBackup ?? null, movedAside: outcome.movedAside ?? null }, null, 2));
    return 0;
  }
  ctx.io.out(`Restored ${backupFile} into ${ctx.file}.`);
  if (outcome.safetyBackup) ctx.io.out(`The database as it was before is saved as ${outcome.safetyBackup.file}.`);
  if (outcome.movedAside) ctx.io.out(`The unreadable database was moved aside to ${outcome.movedAside}.`);
  return 0;
}

function check(ctx: BackupCommandContext, store: Store): number {
  const integrity = damageReport(store.sqlite, 'full');
  const foreignKeys = (store.sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (r) => `${r.table} row ${r.rowid} refers to a missing ${r.parent} row`,
  );
  const sound = integrity.length === 0 && foreignKeys.length === 0;
  if (ctx.json) ctx.io.out(JSON.stringify({ file: ctx.file, ok: sound, integrity, foreignKeys }, null, 2));
  else if (sound) ctx.io.out(`${ctx.file}: integrity ok, foreign keys ok.`);
  else {
    ctx.io.err(`${ctx.file} has problems; restore a backup (askafter backups, then askafter restore FILE):`);
    for (const problem of [...integrity, ...foreignKeys]) ctx.io.err(`  ${problem}`);
  }
  return sound ? 0 : 1;
}
