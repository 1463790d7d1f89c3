import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../src/contract/result.ts';
import { applyMigrations, loadMigrations, migrationState } from './migrate.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  file: string;
  sqlite: Database.Database;
  db: Db;
  close(): void;
}

export interface OpenOptions {
  file: string;
  migrationsFolder?: string;
  /** Called with the still-unmigrated database when an existing file needs migrating. */
  beforeMigrate?: (sqlite: Database.Database) => Promise<void>;
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

/**
 * Opens (creating if needed) the database, sets WAL and foreign keys, refuses a database from a
 * newer app version untouched, and applies pending migrations in one transaction.
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  const existed = options.file !== ':memory:' && existsSync(options.file);
  const sqlite = openFile(options.file);
  try {
    const migrations = loadMigrations(options.migrationsFolder);
    const state = migrationState(sqlite, migrations);
    applyPragmas(sqlite);
    if (state.pending.length > 0 && existed && state.applied > 0) await options.beforeMigrate?.(sqlite);
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
    close() {
      if (!sqlite.open) return;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}
