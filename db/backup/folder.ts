import type Database from 'better-sqlite3';
import { dirname, join, resolve } from 'node:path';

/** The `settings` key holding the backup folder (a JSON string), e.g. a synced folder. */
export const BACKUP_FOLDER_SETTING = 'backupFolder';

/**
 * Where backups go: an explicit override (`--dir`, ASKAFTER_BACKUP_DIR) wins, then the
 * `backupFolder` setting, then `backups/` beside the database. Relative paths are taken from
 * the database's folder, so they mean the same whatever the working directory.
 */
export function backupFolder(databaseFile: string, choices: { override?: string | undefined; setting?: string | undefined } = {}): string {
  const base = dirname(resolve(databaseFile));
  const chosen = choices.override || choices.setting;
  return chosen ? resolve(base, chosen) : join(base, 'backups');
}

/**
 * The `backupFolder` setting, if this database has one. Never throws: it is also read from
 * old (pre-migration) and damaged databases, where the table may be missing or unreadable.
 */
export function readBackupFolderSetting(sqlite: Database.Database): string | undefined {
  try {
    const row = sqlite.prepare('select value from settings where key = ?').get(BACKUP_FOLDER_SETTING) as { value: string } | undefined;
    if (!row) return undefined;
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
