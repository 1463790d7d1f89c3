import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite-driver.ts';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../src/contract/result.ts';
import { backupDatabase, storeBackupLocation, tightenBackups } from './backup/create.ts';
import { setAsideDamagedFile } from './backup/corrupt.ts';
import { backupFolder, readBackupFolderSetting } from './backup/folder.ts';
import { damageReport, openReadOnly, type CheckDepth } from './backup/integrity.ts';
import { backupPrefix } from './backup/names.ts';
import { systemClock, type Clock } from './clock.ts';
import { applyKey, keyOf, keyPragmas, type DatabaseKey } from './encryption.ts';
import { applyMigrations, loadMigrations, migrationState } from './migrate.ts';
import { preflight } from './open-preflight.ts';
import { makePrivateFolder, tightenDatabaseFiles } from './private-files.ts';
import * as schema from './schema/index.ts';

export { keyOf };
export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  file: string;
  sqlite: Database.Database;
  db: Db;
  /** Backup folder override (`--dir`, ASKAFTER_BACKUP_DIR) every backup of this store uses. */
  backupDir?: string | undefined;
  /** The key it was opened with, for a second connection (a worker thread) to the same file. */
  key?: DatabaseKey | undefined;
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
  /**
   * Encrypts the database at rest with this key: a new database is created encrypted, a
   * plaintext one is converted once (after a backup). Undefined: no encryption.
   */
  key?: DatabaseKey | undefined;
  /**
   * The person chose to start afresh after their database was moved aside: do not refuse
   * because a damaged file was set aside beside it.
   */
  startEmpty?: boolean;
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // Deleted text (a forgotten person) is overwritten, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB of pages kept decoded in memory (SQLite's default is 2 MiB): an encrypted file pays
  // to decrypt each page it reads from the disk cache, so the pages the dashboard and briefings
  // read again and again stay decrypted here. Plain files read faster with it too.
  sqlite.pragma('cache_size = -65536');
}

function openFile(file: string, key: DatabaseKey | undefined): Database.Database {
  if (file !== ':memory:') makePrivateFolder(dirname(file));
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file);
  } catch (error) {
    throw new AppFailure('storage', `The database file ${file} could not be opened (${(error as Error).message}). Check that the folder exists and you may write to it.`);
  }
  // Private before the first byte is written; -wal and -shm inherit the file's permissions.
  if (file !== ':memory:') tightenDatabaseFiles(file);
  try {
    applyKey(sqlite, key);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
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
    for (const pragma of workerData.pragmas) db.pragma(pragma);
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
export function checkIntegrityInBackground(file: string, key?: DatabaseKey): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(CHECK_WORKER, { eval: true, workerData: { file, pragmas: keyPragmas(key), driver: require.resolve('better-sqlite3-multiple-ciphers') } });
    worker.once('message', (problems: string[]) => {
      if (problems.length > 0) writeFileSync(needsCheckMarker(file), `${problems.join('\n')}\n`, { mode: 0o600 });
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
  const reader = openReadOnly(options.file, options.key);
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
  const clock = options.clock ?? systemClock;
  const { converted } = options.file === ':memory:' ? { converted: false } : preflight(options, clock, () => refuseDamaged({ ...options, key: undefined }, clock));
  const existed = options.file !== ':memory:' && existsSync(options.file) && statSync(options.file).size > 0;
  if (existed) refuseDamaged(options, clock);
  const sqlite = openFile(options.file, options.key);
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
    if (converted) await backupDatabase(sqlite, options.file, 'pre-encryption', { dir: options.backupDir, clock });
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  const store: Store = {
    file: options.file,
    sqlite,
    db,
    backupDir: options.backupDir,
    key: options.key,
    close() {
      if (!sqlite.open) return;
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A read-only or vanished file cannot be checkpointed; closing still releases it.
      }
      sqlite.close();
    },
  };
  if (options.file !== ':memory:') tightenBackups(storeBackupLocation(store));
  return store;
}

/**
 * A second connection to a database this process has already opened with openStore (checked
 * and migrated): for a worker thread that imports or exports beside the one serving the UI.
 */
export function openSecondConnection(file: string, backupDir?: string, key?: DatabaseKey): Store {
  const sqlite = openFile(file, key);
  applyPragmas(sqlite);
  return {
    file,
    sqlite,
    db: drizzle(sqlite, { schema }),
    backupDir,
    key,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
