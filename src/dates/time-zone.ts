import { tzOffset } from '@date-fns/tz/tzOffset';
import type { CalendarDate } from './calendar-date.ts';

/**
 * Instants (a visit's start, a follow-up's due time) and the user's time zone. The clock is
 * always passed in: nothing here reads the current time.
 */

/** A moment in time as ISO-8601 text with `Z` or an offset: 2026-03-29T09:30:00Z. */
export type Instant = string;

const knownZones = new Set<string>();

/** Throws a RangeError naming the zone when it is not a known IANA time zone. */
export function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  }
  knownZones.add(timeZone);
}

/** An instant as ISO text, a Date, or epoch milliseconds. */
export type InstantLike = Instant | Date | number;

export function instantMs(instant: InstantLike): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

/**
 * The wall-clock reading of an instant in `timeZone`, as milliseconds read back in UTC: the
 * instant moved by the zone's offset at that moment (DST included). One offset lookup, where a
 * zoned Date object would make several; briefings convert many instants.
 */
function wallMs(instant: InstantLike, timeZone: string): number {
  const ms = instantMs(instant);
  return ms + offsetMinutes(timeZone, ms) * 60_000;
}

/**
 * Offsets, remembered per zone and quarter of an hour. Since 1980 every zone's offset is a whole
 * number of quarter hours and changes on the hour or half hour of its local time, so always on a
 * quarter hour of UTC: one offset holds for a whole quarter. Older instants (local mean times of
 * odd minutes) are looked up each time. Bounded: cleared past 20,000 quarters.
 */
const QUARTER_MS = 15 * 60_000;
const SINCE_1980 = Date.UTC(1980, 0, 1);
const MAX_QUARTERS = 20_000;
/** Per zone, the offset of each quarter looked up (a map by number: no key to build per lookup). */
const offsets = new Map<string, Map<number, number>>();
let remembered = 0;

function offsetMinutes(timeZone: string, ms: number): number {
  if (ms < SINCE_1980) return tzOffset(timeZone, new Date(ms));
  const quarter = Math.floor(ms / QUARTER_MS);
  let zone = offsets.get(timeZone);
  if (zone === undefined) offsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(quarter * QUARTER_MS));
    if (remembered >= MAX_QUARTERS) {
      offsets.clear();
      offsets.set(timeZone, (zone = new Map()));
      remembered = 0;
    }
    zone.set(quarter, offset);
    remembered += 1;
  }
  return offset;
}

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The calendar day of a UTC reading (milliseconds), counted from the days since 1970 (Howard
 * Hinnant's civil_from_days) rather than through toISOString, which costs ten times as much;
 * null outside years 0 to 9999, which toISOString writes in its own way.
 */
function civilDay(ms: number): CalendarDate | null {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9_999) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The calendar day an instant falls on for someone living in `timeZone`. */
export function localDateOf(instant: InstantLike, timeZone: string): CalendarDate {
  const wall = wallMs(instant, timeZone);
  return civilDay(wall) ?? new Date(wall).toISOString().slice(0, 10);
}

/** "Today" for the user: the calendar day `now` falls on in their time zone. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  return localDateOf(now, timeZone);
}

/** Wall-clock time of an instant in `timeZone`, 24-hour: "09:30". */
export function localTimeOf(instant: InstantLike, timeZone: string): string {
  return new Date(wallMs(instant, timeZone)).toISOString().slice(11, 16);
}
