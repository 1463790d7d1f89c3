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
 * The wall-clock reading of an instant in `timeZone` as ISO text: the instant moved by the
 * zone's offset at that moment (DST included), read back in UTC. One offset lookup, where a
 * zoned Date object would make several; briefings convert many instants.
 */
function wallClock(instant: InstantLike, timeZone: string): string {
  const ms = instantMs(instant);
  return new Date(ms + offsetMinutes(timeZone, ms) * 60_000).toISOString();
}

/**
 * Offsets, remembered per zone and quarter of an hour. Since 1980 every zone's offset is a whole
 * number of quarter hours and changes on the hour or half hour of its local time, so always on a
 * quarter hour of UTC: one offset holds for a whole quarter. Older instants (local mean times of
 * odd minutes) are looked up each time. Bounded: cleared past 20,000 quarters.
 */
const QUARTER_MS = 15 * 60_000;
const SINCE_1980 = Date.UTC(1980, 0, 1);
const offsets = new Map<string, number>();

function offsetMinutes(timeZone: string, ms: number): number {
  if (ms < SINCE_1980) return tzOffset(timeZone, new Date(ms));
  const quarter = Math.floor(ms / QUARTER_MS);
  const key = `${timeZone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(quarter * QUARTER_MS));
    if (offsets.size >= 20_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The calendar day an instant falls on for someone living in `timeZone`. */
export function localDateOf(instant: InstantLike, timeZone: string): CalendarDate {
  return wallClock(instant, timeZone).slice(0, 10);
}

/** "Today" for the user: the calendar day `now` falls on in their time zone. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  return localDateOf(now, timeZone);
}

/** Wall-clock time of an instant in `timeZone`, 24-hour: "09:30". */
export function localTimeOf(instant: InstantLike, timeZone: string): string {
  return wallClock(instant, timeZone).slice(11, 16);
}
