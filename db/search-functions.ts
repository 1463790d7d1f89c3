import type Database from 'better-sqlite3';
import { characterTerms, phoneTerms } from '../src/search/terms.ts';

/**
 * The SQL functions the search index triggers call (migration 0010): every connection that may
 * write gets them (openSqlite registers them), or writing a person would fail with "no such
 * function". Deterministic, so SQLite may use them in triggers and indexes.
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  sqlite.function('search_characters', { deterministic: true }, (text: unknown) => characterTerms(typeof text === 'string' ? text : null));
  sqlite.function('search_phone', { deterministic: true }, (text: unknown) => phoneTerms(typeof text === 'string' ? text : null));
}
