import type Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseKey } from '../encryption.ts';
import { damageReport, openReadOnly } from './integrity.ts';
import { parseBackupFileName, type BackupReason } from './names.ts';

/** A backup folder and the file-name prefix of one database's backups in it. */
export interface BackupLocation {
  folder: string;
  prefix: string;
  /** The key backups in this folder are encrypted with (the live database's), if any. */
  key?: DatabaseKey | undefined;
}

export interface BackupFile {
  /** Absolute path. */
  file: string;
  /** UTC ISO instant, from the file name. */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
}

/** Live (not trashed) rows; null where the backup's version had no such table yet. */
export interface BackupCounts {
  clients: number | null;
  people: number | null;
  visits: number | null;
}

export interface BackupEntry extends BackupFile {
  /** Undefined when the file could not be read as a database. */
  counts: BackupCounts | undefined;
}

/** This database's backups in the folder, newest first, from their names alone (cheap). */
export function findBackups(location: BackupLocation): BackupFile[] {
  if (!existsSync(location.folder)) return [];
  return readdirSync(location.folder)
    .flatMap((name) => {
      const parsed = parseBackupFileName(location.prefix, name);
      if (!parsed) return [];
      const file = join(location.folder, name);
      return [{ file, takenAt: parsed.takenAt.toISOString(), reason: parsed.reason, bytes: statSync(file).size, attempt: parsed.attempt }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.attempt - a.attempt)
    .map(({ attempt: _attempt, ...backup }) => backup);
}

function countLive(sqlite: Database.Database, table: string): number | null {
  const columns = sqlite.pragma(`table_info(${table})`) as { name: string }[];
  if (columns.length === 0) return null;
  const live = columns.some((c) => c.name === 'deleted_at') ? ' where deleted_at is null' : '';
  return (sqlite.prepare(`select count(*) as n from ${table}${live}`).get() as { n: number }).n;
}

function readCounts(file: string, key: DatabaseKey | undefined): BackupCounts | undefined {
  const sqlite = openReadOnly(file, key);
  if (!sqlite) return undefined;
  try {
    return { clients: countLive(sqlite, 'clients'), people: countLive(sqlite, 'people'), visits: countLive(sqlite, 'visits') };
  } catch {
    return undefined;
  } finally {
    sqlite.close();
  }
}

/** findBackups plus what each holds, read from the file opened read-only. */
export const describeBackups = (location: BackupLocation): BackupEntry[] => findBackups(location).map((backup) => ({ ...backup, counts: readCounts(backup.file, location.key) }));

function looksSound(file: string, key: DatabaseKey | undefined): boolean {
  const sqlite = openReadOnly(file, key);
  if (!sqlite) return false;
  try {
    const ours = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get() !== undefined;
    return ours && damageReport(sqlite, 'quick').length === 0;
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

/** The newest backup that opens, is ours and passes quick_check: the one to offer after a failure. */
export const newestGoodBackup = (location: BackupLocation): BackupFile | undefined => findBackups(location).find((backup) => looksSound(backup.file, location.key));
