import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../src/contract/result.ts';
import { backupDatabase } from './backup/create.ts';
import { setAsideDamagedFile } from './backup/corrupt.ts';
import { backupFolder, readBackupFolderSetting } from './backup/folder.ts';
import { damageReport, openReadOnly, type CheckDepth } from './backup/integrity.ts';
import { backupPrefix } from './backup/names.ts';
import { systemClock, type Clock } from './clock.ts';
import { applyMigrations, loadMigrations, migrationState } from './migrate.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  file: string;
  sqlite: Database.Database;
  db: Db;
  /** Backup folder override (`--dir`, ASKAFTER_BACKUP_DIR) every backup of this store uses. */
  backupDir?: string | undefined;
  close(): void;
}

export interface OpenOptions {
  file: string;
  migrationsFolder?: string;
  /**
   * Called with the still-unmigrated database when an existing file needs migrating.
   * Defaults to taking a 'pre-migration' backup.
   */
  beforeMigrate?: (sqlite: Database.Database) => Promise<void>;
  /** Backup folder override; see db/backup/folder.ts. */
  backupDir?: string | undefined;
  /** Names backups and set-aside files. */
  clock?: Clock;
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
}

function openFile(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  try {
    return new Database(file);
  } catch (error) {
    throw new AppFailure('storage', `The database file ${file} could not be opened (${(error as Error).message}). Check that the folder exists and you may write to it.`);
  }
}

/** Left beside the file when a background check found damage: the next open checks before using it. */
export const needsCheckMarker = (file: string): string => `${file}.needs-check`;

/**
 * How deeply to check a file before opening it. quick_check reads every page (0.4 s for 20 MB,
 * seconds for 200 MB), so it runs at open only when there is reason to doubt the file: after an
 * unclean shutdown (a clean close checkpoints and removes the WAL; frames left mean the last
 * session ended abruptly) or when a background check found damage. Otherwise a probe of the
 * header and schema, which still refuses a file that is not a database; the full check runs in
 * the background once the window is up (checkIntegrityInBackground).
 */
function checkDepth(file: string): CheckDepth {
  if (existsSync(needsCheckMarker(file))) return 'quick';
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0 ? 'quick' : 'probe';
}

const require = createRequire(import.meta.url);

/** Runs in a worker thread: a read-only connection, so the check never blocks or writes the app's own. */
const CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let problems = [];
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    problems = db.pragma('quick_check').map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
  } finally {
    db.close();
  }
} catch (error) {
  const code = String((error && error.code) || '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) problems = [error.message];
}
parentPort.postMessage(problems);
`;

/**
 * Checks every page of the database on a worker thread while the app runs, and resolves with
 * what is wrong ([] when sound). On damage it leaves a marker beside the file, so the next open
 * runs the check first and offers the newest good backup (the open path's recovery).
 */
export function checkIntegrityInBackground(file: string): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(CHECK_WORKER, { eval: true, workerData: { file, driver: require.resolve('better-sqlite3') } });
    worker.once('message', (problems: string[]) => {
      if (problems.length > 0) writeFileSync(needsCheckMarker(file), `${problems.join('\n')}\n`);
      resolvePromise(problems);
    });
    worker.once('error', reject);
  });
}

/**
 * Checks an existing file (see checkDepth) on a read-only connection, which can neither write
 * the file nor replay or delete its WAL. A damaged file (truncated, not a database) is moved
 * aside untouched and a CorruptDatabaseFailure offers the newest good backup: the app never
 * writes to a file it could not read. Other failures (permissions) are left to the normal open.
 */
function refuseDamaged(options: OpenOptions, clock: Clock): void {
  const depth = checkDepth(options.file);
  const reader = openReadOnly(options.file);
  if (!reader) return;
  let problems: string[];
  let setting: string | undefined;
  try {
    problems = damageReport(reader, depth);
    setting = problems.length > 0 ? readBackupFolderSetting(reader) : undefined;
  } catch {
    problems = [];
  } finally {
    reader.close();
  }
  if (problems.length === 0) {
    rmSync(needsCheckMarker(options.file), { force: true });
    return;
  }
  const location = { folder: backupFolder(options.file, { override: options.backupDir, setting }), prefix: backupPrefix(options.file) };
  throw setAsideDamagedFile(options.file, problems, location, clock);
}

/**
 * Opens (creating if needed) the database, checks an existing file (see checkDepth), sets WAL
 * and foreign keys, refuses a database from a newer app version untouched, and applies pending
 * migrations in one transaction (after a pre-migration backup).
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  const existed = options.file !== ':memory:' && existsSync(options.file);
  const clock = options.clock ?? systemClock;
  if (existed) refuseDamaged(options, clock);
  const sqlite = openFile(options.file);
  const beforeMigrate =
    options.beforeMigrate ??
    (async (unmigrated: Database.Database) => {
      await backupDatabase(unmigrated, options.file, 'pre-migration', { dir: options.backupDir, clock });
    });
  try {
    const migrations = loadMigrations(options.migrationsFolder);
    const state = migrationState(sqlite, migrations);
    applyPragmas(sqlite);
    if (state.pending.length > 0 && existed && state.applied > 0) await beforeMigrate(sqlite);
    applyMigrations(sqlite, state.pending);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  return {
    file: options.file,
    sqlite,
    db,
    backupDir: options.backupDir,
    close() {
      if (!sqlite.open) return;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}
