import type { CalendarDate } from './calendar-date.ts';
import { assertTimeZone, instantMs, localDateOf } from './time-zone.ts';
import type { InstantLike } from './time-zone.ts';

/**
 * The one place dates and times become words, in the user's locale: the engine's sentences,
 * the screens, the command line and exports all format through here, so "Dec 1" on Home and
 * "died on Dec 1" in a briefing can never disagree. Pure Intl: no clock, no DOM, no node.
 */

/** How the screens show a full date (Settings → Date format). Sentences follow the locale. */
export const DATE_STYLES = ['medium', 'long', 'numeric', 'iso'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

export const DEFAULT_LOCALE = 'en-GB';

export interface DateFormatOptions {
  /** BCP 47 tag, e.g. en-US. */
  readonly locale: string;
  /** IANA zone, e.g. Europe/London: instants are read on this clock. */
  readonly timeZone: string;
  readonly dateStyle?: DateStyle;
}

export interface DateFormat {
  readonly locale: string;
  readonly timeZone: string;
  /** A full date in the chosen style: "1 Dec 2026", "Dec 1, 2026", "2026-12-01". */
  date(date: CalendarDate): string;
  /** Day and month, as in a sentence: "28 Nov", "Nov 28", "28. Nov."; with the year when asked. */
  dayMonth(date: CalendarDate, withYear: boolean): string;
  /** A month: "March", "March 2027". */
  month(date: CalendarDate, withYear: boolean): string;
  year(date: CalendarDate): string;
  /** The day of the week: "Tuesday". */
  weekday(date: CalendarDate): string;
  /** Short weekday, day and month for lists: "Thu 26 Nov", "Thu, Nov 26". */
  weekdayDayMonth(date: CalendarDate): string;
  /** Long weekday, day and month for headings: "Thursday 26 November". */
  weekdayLong(date: CalendarDate): string;
  /** A wall-clock time on the user's clock: "09:00", "9:00 AM". */
  time(instant: InstantLike): string;
  /** A date and time on the user's clock: "1 Dec 2026, 09:00". */
  instant(instant: InstantLike): string;
  /** The calendar day an instant falls on for the user. */
  dayOf(instant: InstantLike): CalendarDate;
}

/** A calendar date as UTC midnight, formatted in UTC, so no zone can shift the day. */
const utcDay = (date: CalendarDate): Date => new Date(`${date}T00:00:00Z`);

const FULL_DATE: Record<Exclude<DateStyle, 'iso'>, Intl.DateTimeFormatOptions> = {
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** A 24-hour locale shows "09:00"; a 12-hour one "9:00 AM" (never "09:00 AM"). */
function timeOptions(locale: string, timeZone: string): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twelve = cycle === 'h11' || cycle === 'h12';
  return { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit', timeZone };
}

const cache = new Map<string, DateFormat>();

/** The formatter for a locale, zone and style; built once and shared (Intl objects are costly). */
export function dateFormat({ locale, timeZone, dateStyle = 'medium' }: DateFormatOptions): DateFormat {
  const key = `${locale}|${timeZone}|${dateStyle}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  assertTimeZone(timeZone);
  const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const full = dateStyle === 'iso' ? null : utc(FULL_DATE[dateStyle]);
  const dayMonth = utc({ day: 'numeric', month: 'short' });
  const dayMonthYear = utc({ day: 'numeric', month: 'short', year: 'numeric' });
  const month = utc({ month: 'long' });
  const monthYear = utc({ month: 'long', year: 'numeric' });
  const year = utc({ year: 'numeric' });
  const weekday = utc({ weekday: 'long' });
  const weekdayDayMonth = utc({ weekday: 'short', day: 'numeric', month: 'short' });
  const weekdayLong = utc({ weekday: 'long', day: 'numeric', month: 'long' });
  const time = new Intl.DateTimeFormat(locale, timeOptions(locale, timeZone));
  const date = (d: CalendarDate) => (full === null ? d : full.format(utcDay(d)));

  const made: DateFormat = {
    locale,
    timeZone,
    date,
    dayMonth: (d, withYear) => (dateStyle === 'iso' ? d : (withYear ? dayMonthYear : dayMonth).format(utcDay(d))),
    month: (d, withYear) => (withYear ? monthYear : month).format(utcDay(d)),
    year: (d) => year.format(utcDay(d)),
    weekday: (d) => weekday.format(utcDay(d)),
    weekdayDayMonth: (d) => weekdayDayMonth.format(utcDay(d)),
    weekdayLong: (d) => weekdayLong.format(utcDay(d)),
    time: (at) => time.format(new Date(instantMs(at))),
    instant: (at) => `${date(localDateOf(at, timeZone))}, ${time.format(new Date(instantMs(at)))}`,
    dayOf: (at) => localDateOf(at, timeZone),
  };
  cache.set(key, made);
  return made;
}

/** What a phrase needs: the reader's today and how they write dates. A RuleContext is one. */
export interface DateReader {
  readonly today: CalendarDate;
  readonly dates: DateFormat;
}
