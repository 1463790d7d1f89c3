import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { daysBetween, toNoonDate } from './calendar-date.ts';
import type { CalendarDate, DatePrecision, PreciseDate } from './calendar-date.ts';
import type { DateReader } from './date-format.ts';

/**
 * Human phrases for dates, always relative to the reader's today. The words are English; the
 * dates in them are written by the reader's formatter (date-format.ts), in their locale. A
 * month-precision date is only ever spoken of as its month, a year-precision one as its year.
 */

/** Within this many days a date reads better as "3 weeks ago" than as "on 2 Nov". */
const RELATIVE_DAYS = 59;

const sameYear = (date: CalendarDate, today: CalendarDate): boolean => date.slice(0, 4) === today.slice(0, 4);

/** "2 Nov" (en-GB) or "Nov 2" (en-US), with the year only when it is not this year's. */
export function formatDay(date: CalendarDate, reader: DateReader): string {
  return reader.dates.dayMonth(date, !sameYear(date, reader.today));
}

/** "January", with the year unless it is this year or within the coming eleven months. */
function formatMonth(date: CalendarDate, { today, dates }: DateReader): string {
  const ahead = differenceInCalendarMonths(toNoonDate(date), toNoonDate(today));
  return dates.month(date, !(sameYear(date, today) || (ahead > 0 && ahead < 12)));
}

/** The known part of a date, for "died 3 Oct", "since May", "in 2021". */
export function formatPrecise({ date, precision }: PreciseDate, reader: DateReader): string {
  const byPrecision: Record<DatePrecision, () => string> = {
    day: () => formatDay(date, reader),
    month: () => formatMonth(date, reader),
    year: () => reader.dates.year(date),
  };
  return byPrecision[precision]();
}

/** "today", "yesterday", "last Tuesday", "in 5 days", "3 weeks ago", or "on 2 Nov" further out. */
export function describeDay(date: CalendarDate, reader: DateReader): string {
  const days = daysBetween(reader.today, date);
  const distance = Math.abs(days);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days < 0 && distance < 7) return `last ${reader.dates.weekday(date)}`;
  if (distance > RELATIVE_DAYS) return `on ${formatDay(date, reader)}`;
  const amount = distance < 14 ? `${distance} days` : `${Math.floor(distance / 7)} weeks`;
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}

function describeMonth(date: CalendarDate, reader: DateReader): string {
  const months = differenceInCalendarMonths(toNoonDate(date), toNoonDate(reader.today));
  if (months === 0) return 'this month';
  if (months === -1) return 'last month';
  if (months === 1) return 'next month';
  return `in ${formatMonth(date, reader)}`;
}

function describeYear(date: CalendarDate, reader: DateReader): string {
  const years = differenceInCalendarYears(toNoonDate(date), toNoonDate(reader.today));
  if (years === 0) return 'this year';
  if (years === -1) return 'last year';
  if (years === 1) return 'next year';
  return `in ${reader.dates.year(date)}`;
}

/** When something happens or happened, at the precision it is known: "3 weeks ago", "in January", "last year". */
export function describeWhen({ date, precision }: PreciseDate, reader: DateReader): string {
  const byPrecision: Record<DatePrecision, () => string> = {
    day: () => describeDay(date, reader),
    month: () => describeMonth(date, reader),
    year: () => describeYear(date, reader),
  };
  return byPrecision[precision]();
}

/** Something that started then and is still going on: "2 Nov, ongoing", "since May, ongoing". */
export function describeOngoing(start: PreciseDate, reader: DateReader): string {
  const since = formatPrecise(start, reader);
  return start.precision === 'day' ? `${since}, ongoing` : `since ${since}, ongoing`;
}
