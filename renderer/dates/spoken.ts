import { TZDate } from '@date-fns/tz/date';
import { GB } from 'chrono-node/en';
import { calendarDate, type CalendarDate, type DatePrecision } from '../../src/dates/calendar-date.ts';
import { localDateOf, localTimeOf } from '../../src/dates/time-zone.ts';

/**
 * Dates typed the way people talk ("last Tuesday", "in March", "call tomorrow 6pm"), read
 * with chrono-node on the user's own clock. Only what was said becomes known: "in March" is a
 * month, never an invented day.
 */

/** Where the date phrase sits in the text, so the rest can become a title or context. */
interface Found {
  /** The words that were read as a date. */
  phrase: string;
  /** The text with the date phrase (and a leading "in"/"on") taken out. */
  rest: string;
}

export interface SpokenDate extends Found {
  date: CalendarDate;
  precision: DatePrecision;
}

export interface SpokenInstant extends Found {
  /** UTC ISO instant. */
  instant: string;
  /** False when no time of day was said and the default time was used. */
  timeSaid: boolean;
}

/** The user's current wall-clock time as a plain local Date, the reference chrono reasons from. */
export function wallClock(now: Date, timeZone: string): Date {
  const [year, month, day] = localDateOf(now, timeZone).split('-').map(Number) as [number, number, number];
  const [hour, minute] = localTimeOf(now, timeZone).split(':').map(Number) as [number, number];
  return new Date(year, month - 1, day, hour, minute);
}

const BARE_YEAR = /\b(?:in |since )?((?:19|20)\d{2})\b/i;
const LEADING_PREPOSITION = /\b(?:in|on|at|since|from|by)\s*$/i;

function cut(text: string, index: number, phrase: string): string {
  const before = text.slice(0, index).replace(LEADING_PREPOSITION, '');
  const after = text.slice(index + phrase.length);
  return `${before} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,.;:-]+|[\s,.;:-]+$/g, '');
}

/** A calendar date with its precision, or null when the text holds no date. */
export function parseSpokenDate(text: string, reference: Date, { forward = false } = {}): SpokenDate | null {
  const [result] = GB.parse(text, reference, { forwardDate: forward });
  if (result) {
    const start = result.start;
    const precision: DatePrecision =
      start.isCertain('day') || start.isCertain('weekday') ? 'day' : start.isCertain('month') ? 'month' : start.isCertain('year') ? 'year' : 'day';
    const year = start.get('year') ?? reference.getFullYear();
    const month = precision === 'year' ? 1 : (start.get('month') ?? 1);
    const day = precision === 'day' ? (start.get('day') ?? 1) : 1;
    return { date: calendarDate(year, month, day), precision, phrase: result.text, rest: cut(text, result.index, result.text) };
  }
  // chrono does not read a bare year ("in 2019"); a year is all that was said.
  const year = BARE_YEAR.exec(text);
  if (!year) return null;
  return { date: calendarDate(Number(year[1]), 1, 1), precision: 'year', phrase: year[0], rest: cut(text, year.index, year[0]) };
}

/** A moment in the user's time zone ("tomorrow 6pm"); without a time of day, `defaultHour` is used. */
export function parseSpokenInstant(text: string, reference: Date, timeZone: string, defaultHour = 10): SpokenInstant | null {
  const [result] = GB.parse(text, reference, { forwardDate: true });
  if (!result) return null;
  const start = result.start;
  const timeSaid = start.isCertain('hour');
  const at = new TZDate(
    start.get('year') ?? reference.getFullYear(),
    (start.get('month') ?? reference.getMonth() + 1) - 1,
    start.get('day') ?? reference.getDate(),
    timeSaid ? (start.get('hour') ?? defaultHour) : defaultHour,
    timeSaid ? (start.get('minute') ?? 0) : 0,
    timeZone,
  );
  return { instant: new Date(at.getTime()).toISOString(), timeSaid, phrase: result.text, rest: cut(text, result.index, result.text) };
}
