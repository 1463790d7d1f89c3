import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppFailure } from '../src/contract/result.ts';

/** Same bookkeeping table as drizzle's own migrator, so drizzle-kit tooling stays compatible. */
const TABLE = '__drizzle_migrations';

export const defaultMigrationsFolder = (): string => join(import.meta.dirname, 'migrations');

export const loadMigrations = (folder: string = defaultMigrationsFolder()): MigrationMeta[] => readMigrationFiles({ migrationsFolder: folder });

export interface MigrationState {
  applied: number;
  pending: MigrationMeta[];
}

function appliedMillis(sqlite: Database.Database): number[] {
  const exists = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(TABLE);
  if (!exists) return [];
  return (sqlite.prepare(`select created_at as millis from ${TABLE} order by created_at`).all() as { millis: number }[]).map((r) => Number(r.millis));
}

/**
 * Reads which migrations a database has. Refuses, without touching the file, a database
 * that has migrations this version of the app does not know (made by a newer version).
 */
export function migrationState(sqlite: Database.Database, migrations: MigrationMeta[]): MigrationState {
  const known = new Set(migrations.map((m) => m.folderMillis));
  const applied = appliedMillis(sqlite);
  const unknown = applied.filter((millis) => !known.has(millis));
  if (unknown.length > 0) {
    throw new AppFailure(
      'conflict',
      'This database was last used by a newer version of Ask After, so this version cannot open it safely. Install the newer version to open it. The file was not changed.',
    );
  }
  const done = new Set(applied);
  return { applied: applied.length, pending: migrations.filter((m) => !done.has(m.folderMillis)) };
}

/** Applies pending migrations, all in one transaction: either every one lands or none does. */
export function applyMigrations(sqlite: Database.Database, pending: MigrationMeta[]): void {
  if (pending.length === 0) return;
  sqlite.transaction(() => {
    sqlite.exec(`create table if not exists ${TABLE} (id integer primary key autoincrement, hash text not null, created_at numeric)`);
    const record = sqlite.prepare(`insert into ${TABLE} (hash, created_at) values (?, ?)`);
    for (const migration of pending) {
      for (const statement of migration.sql) {
        if (statement.trim()) sqlite.exec(statement);
      }
      record.run(migration.hash, migration.folderMillis);
    }
  })();
}
