import { basename, extname } from 'node:path';

/** Why a backup was taken; part of its file name, so the folder explains itself. */
export const BACKUP_REASONS = ['manual', 'daily', 'pre-migration', 'pre-import', 'pre-restore', 'pre-encryption', 'pre-rekey', 'after-forget', 'pre-merge'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** `2026-11-25T09:30:00.000Z` → `2026-11-25T09-30-00Z`: sortable, and legal in every file system. */
export const fileStamp = (at: Date): string => `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

/** How a backup's time reads in messages and lists: `2026-11-25 09:30 UTC`. */
export const readableInstant = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** Backups of `askafter.sqlite` are named `askafter-…`, so two databases can share a folder. */
export const backupPrefix = (databaseFile: string): string => basename(databaseFile, extname(databaseFile));

/** `askafter-2026-11-25T09-30-00Z-daily.sqlite`; a second backup in the same second gets `-2`. */
export function backupFileName(prefix: string, takenAt: Date, reason: BackupReason, attempt = 1): string {
  return `${prefix}-${fileStamp(takenAt)}-${reason}${attempt > 1 ? `-${attempt}` : ''}.sqlite`;
}

export interface ParsedBackupName {
  takenAt: Date;
  reason: BackupReason;
  attempt: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads back what backupFileName wrote; undefined for any other file (never ours to touch). */
export function parseBackupFileName(prefix: string, name: string): ParsedBackupName | undefined {
  const pattern = new RegExp(
    `^${escapeRegExp(prefix)}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.sqlite$`,
  );
  const match = pattern.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, reason, attempt] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
  if (Number.isNaN(takenAt.getTime())) return undefined;
  return { takenAt, reason: reason as BackupReason, attempt: attempt ? Number(attempt) : 1 };
}
