import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite-driver.ts';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../src/contract/result.ts';
import { backupDatabase, storeBackupLocation, tightenBackups } from './backup/create.ts';
import { setAsideDamagedFile } from './backup/corrupt.ts';
import { backupFolder, readBackupFolderSetting } from './backup/folder.ts';
import { damageReport, openReadOnly, type CheckDepth } from './backup/integrity.ts';
import { backupPrefix } from './backup/names.ts';
import { systemClock, type Clock } from './clock.ts';
import { applyKey, keyOf, type DatabaseKey } from './encryption.ts';
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

/** Files up to this size get a quick_check at every open (a consultant's years of notes: a few MB, well under a second). */
const QUICK_CHECK_ALWAYS_BYTES = 64 * 1024 * 1024;
/**
 * quick_check reads every page: fine for a normal database, seconds for a very large one. A large
 * file gets it only after an unclean shutdown (crash, power cut); otherwise a probe of the header
 * and schema, which still catches a file that is not a database. `askafter check` runs the full
 * check. (Measured: quick_check of the 210 MB `large` sample database took about 6 s.)
 */
function checkDepth(file: string): CheckDepth {
  if (statSync(file).size <= QUICK_CHECK_ALWAYS_BYTES) return 'quick';
  // A clean close checkpoints and removes the WAL; a WAL with frames left means the last session ended abruptly.
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0 ? 'quick' : 'probe';
}

/**
 * Checks an existing file with quick_check on a read-only connection, which can neither write
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
  if (problems.length === 0) return;
  const location = { folder: backupFolder(options.file, { override: options.backupDir, setting }), prefix: backupPrefix(options.file) };
  throw setAsideDamagedFile(options.file, problems, location, clock);
}

/**
 * Opens (creating if needed) the database, checks an existing file with quick_check, sets WAL
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
