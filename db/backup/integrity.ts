import type Database from 'better-sqlite3';
import { hasPlaintextHeader, openKeyed, type DatabaseKey } from '../encryption.ts';
import { existsSync } from 'node:fs';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { AppFailure } from '../../src/contract/result.ts';
import { migrationState } from '../migrate.ts';

/** SQLite's word for "these bytes are not (or no longer) a sound database". */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

export type CheckDepth = 'probe' | 'quick' | 'full';

/**
 * What SQLite finds wrong with a database: [] when sound. `quick` (quick_check) is fast enough
 * for every open; `full` (integrity_check) also compares every index with its table.
 */
export function damageReport(sqlite: Database.Database, depth: CheckDepth): string[] {
  try {
    // A probe reads the header and the schema: enough to tell a file that is not a database.
    if (depth === 'probe') return sqlite.prepare('select count(*) from sqlite_master').get() ? [] : ['The database schema could not be read.'];
    const rows = sqlite.pragma(depth === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, unknown>[];
    return rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
  } catch (error) {
    if (isCorruptionError(error)) return [(error as Error).message];
    throw error;
  }
}

/** Opens a file read-only without creating it; undefined when SQLite cannot open it at all. */
export function openReadOnly(file: string, key?: DatabaseKey): Database.Database | undefined {
  try {
    // Backups from before the database was encrypted are plaintext: open those without the key.
    const usable = key && existsSync(file) && hasPlaintextHeader(file) ? undefined : key;
    return openKeyed(file, usable, { readonly: true, fileMustExist: true });
  } catch {
    return undefined;
  }
}

const notABackup = (file: string, why: string) => new AppFailure('invalid_input', `${file} cannot be restored: ${why} Nothing was changed; choose another backup.`);

/**
 * Refuses, with a message saying why, a file that is not a sound Ask After database this
 * version can open: missing, unreadable, damaged, not ours, or made by a newer version.
 */
export function verifyBackupFile(file: string, migrations: MigrationMeta[], key?: DatabaseKey): void {
  if (!existsSync(file)) throw notABackup(file, 'the file does not exist.');
  const sqlite = openReadOnly(file, key);
  if (!sqlite) throw notABackup(file, 'it could not be opened as a database.');
  try {
    const problems = damageReport(sqlite, 'full');
    if (problems.length > 0) throw notABackup(file, `it is damaged (${problems[0]}).`);
    let applied: number;
    try {
      applied = migrationState(sqlite, migrations).applied;
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'conflict') throw notABackup(file, 'it was made by a newer version of Ask After; install that version to restore it.');
      throw error;
    }
    if (applied === 0) throw notABackup(file, 'it is not an Ask After database.');
  } finally {
    sqlite.close();
  }
}
