import type Database from 'better-sqlite3';
import { mattersThrough } from '../src/briefing/event-relevance.ts';
import type { DatePrecision } from '../src/dates/calendar-date.ts';

const PRECISIONS: ReadonlySet<string> = new Set<DatePrecision>(['day', 'month', 'year']);
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

/**
 * `event_matters_through(type_key, date, end_date, precision, ongoing)`: the last day an event can
 * still matter to a briefing (mattersThrough), which the triggers of migration 0021 keep on each
 * of its links. Every connection that may write gets it (openSqlite registers it). Deterministic.
 */
export function registerRelevanceFunction(sqlite: Database.Database): void {
  sqlite.function('event_matters_through', { deterministic: true }, (typeKey: unknown, date: unknown, endDate: unknown, precision: unknown, ongoing: unknown) => {
    const p = text(precision);
    return mattersThrough({
      typeKey: text(typeKey),
      date: text(date),
      endDate: endDate === null || endDate === undefined ? null : text(endDate),
      // A precision the schema refuses never reaches here; read as a year, it matters longest.
      precision: PRECISIONS.has(p) ? (p as DatePrecision) : 'year',
      ongoing: Boolean(ongoing),
    });
  });
}
