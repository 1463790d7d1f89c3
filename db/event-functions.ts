import type Database from 'better-sqlite3';
import { mattersThrough } from '../src/briefing/event-relevance.ts';
import { LIFE_EVENT_TYPES } from '../src/catalogue/life-events.ts';
import type { DatePrecision } from '../src/dates/calendar-date.ts';

const PRECISIONS: ReadonlySet<string> = new Set<DatePrecision>(['day', 'month', 'year']);
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

const YEARLY: ReadonlySet<string> = new Set(LIFE_EVENT_TYPES.filter((t) => t.recursYearly).map((t) => t.key));

/**
 * The SQL functions the life events' triggers call, from the catalogue and the rules in src/
 * (never a list copied into a migration). Every connection that may write gets them (openSqlite
 * registers them). Deterministic.
 *
 * - `event_recurs_yearly(type_key)`: 1 for a type whose anniversaries come round (migration
 *   0019 keeps when its celebration ends only for those).
 * - `event_matters_through(type_key, date, end_date, precision, ongoing)`: the last day an event
 *   can still matter to a briefing (mattersThrough), which migration 0021 keeps on each link.
 */
export function registerEventFunctions(sqlite: Database.Database): void {
  sqlite.function('event_recurs_yearly', { deterministic: true }, (typeKey: unknown) => (typeof typeKey === 'string' && YEARLY.has(typeKey) ? 1 : 0));
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
