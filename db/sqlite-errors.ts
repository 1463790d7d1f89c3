import { AppFailure } from '../src/contract/result.ts';

/** Turns SQLite's errors into messages a person can act on; undefined for anything else. */
export function explainSqliteError(error: unknown): AppFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppFailure('storage', 'The database is busy (another Ask After window or a backup may be using it). Nothing was saved; try again in a moment.');
  }
  if (code === 'SQLITE_FULL') return new AppFailure('storage', 'The disk is full, so nothing was saved. Free some space and try again.');
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) {
    return new AppFailure('storage', 'The database file is read-only, so nothing was saved. Check the file permissions.');
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppFailure('in_use', 'That record is still used elsewhere (or refers to something that no longer exists), so nothing was changed.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppFailure('conflict', 'That change conflicts with what is already saved, so nothing was changed.');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppFailure('storage', 'The database file is damaged. Nothing was changed; restore from a backup (askafter restore).');
  }
  return new AppFailure('storage', `The database reported a problem (${code}); nothing was changed.`);
}
