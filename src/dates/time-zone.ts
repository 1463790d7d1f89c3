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
  return new Date(ms + tzOffset(timeZone, new Date(ms)) * 60_000).toISOString();
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
