import type Database from 'better-sqlite3';
// Its own typings are not reachable through its package exports; better-sqlite3's describe it.
// @ts-expect-error -- no declaration reachable through the package's exports map
import MultipleCiphers from 'better-sqlite3-multiple-ciphers';
import { registerEventFunctions } from './event-functions.ts';
import { registerSearchFunctions } from './search-functions.ts';

/**
 * The one place a SQLite connection is made: better-sqlite3-multiple-ciphers, the same API as
 * better-sqlite3 with SQLite3MultipleCiphers built in (SQLCipher-compatible encryption at rest).
 * Typed as better-sqlite3, which drizzle-orm's driver expects; the objects have the same shape.
 */
const Driver = MultipleCiphers as typeof Database;

/** Every connection gets the functions the triggers call (the search index's and the life events'). */
export function openSqlite(file: string, options?: Database.Options): Database.Database {
  const sqlite = new Driver(file, options);
  registerSearchFunctions(sqlite);
  registerEventFunctions(sqlite);
  return sqlite;
}
