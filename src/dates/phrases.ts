import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { daysBetween, toNoonDate } from './calendar-date.ts';
import type { CalendarDate, DatePrecision, PreciseDate } from './calendar-date.ts';

/**
 * Human phrases for dates, in British English, always relative to the reader's today. A
 * month-precision date is only ever spoken of as its month, a year-precision one as its year.
 */

/** Within this many days a date reads better as "3 weeks ago" than as "on 2 Nov". */
const RELATIVE_DAYS = 59;

const formatted = (date: CalendarDate, pattern: string): string => format(toNoonDate(date), pattern, { locale: enGB });

const sameYear = (date: CalendarDate, today: CalendarDate): boolean => date.slice(0, 4) === today.slice(0, 4);

/** "2 Nov", with the year only when it is not this year: "2 Nov 2024". */
export function formatDay(date: CalendarDate, today: CalendarDate): string {
  return formatted(date, sameYear(date, today) ? 'd MMM' : 'd MMM yyyy');
}

/** "January", with the year unless it is this year or within the coming eleven months. */
function formatMonth(date: CalendarDate, today: CalendarDate): string {
  const ahead = differenceInCalendarMonths(toNoonDate(date), toNoonDate(today));
  return formatted(date, sameYear(date, today) || (ahead > 0 && ahead < 12) ? 'MMMM' : 'MMMM yyyy');
}

/** The known part of a date, for "died 3 Oct", "since May", "in 2021". */
export function formatPrecise({ date, precision }: PreciseDate, today: CalendarDate): string {
  const byPrecision: Record<DatePrecision, () => string> = {
    day: () => formatDay(date, today),
    month: () => formatMonth(date, today),
    year: () => formatted(date, 'yyyy'),
  };
  return byPrecision[precision]();
}

/** "today", "yesterday", "last Tuesday", "in 5 days", "3 weeks ago", or "on 2 Nov" further out. */
export function describeDay(date: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, date);
  const distance = Math.abs(days);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days < 0 && distance < 7) return `last ${formatted(date, 'EEEE')}`;
  if (distance > RELATIVE_DAYS) return `on ${formatDay(date, today)}`;
  const amount = distance < 14 ? `${distance} days` : `${Math.floor(distance / 7)} weeks`;
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}

function describeMonth(date: CalendarDate, today: CalendarDate): string {
  const months = differenceInCalendarMonths(toNoonDate(date), toNoonDate(today));
  if (months === 0) return 'this month';
  if (months === -1) return 'last month';
  if (months === 1) return 'next month';
  return `in ${formatMonth(date, today)}`;
}

function describeYear(date: CalendarDate, today: CalendarDate): string {
  const years = differenceInCalendarYears(toNoonDate(date), toNoonDate(today));
  if (years === 0) return 'this year';
  if (years === -1) return 'last year';
  if (years === 1) return 'next year';
  return `in ${formatted(date, 'yyyy')}`;
}

/** When something happens or happened, at the precision it is known: "3 weeks ago", "in January", "last year". */
export function describeWhen({ date, precision }: PreciseDate, today: CalendarDate): string {
  const byPrecision: Record<DatePrecision, () => string> = {
    day: () => describeDay(date, today),
    month: () => describeMonth(date, today),
    year: () => describeYear(date, today),
  };
  return byPrecision[precision]();
}

/** Something that started then and is still going on: "2 Nov, ongoing", "since May, ongoing". */
export function describeOngoing(start: PreciseDate, today: CalendarDate): string {
  const since = formatPrecise(start, today);
  return start.precision === 'day' ? `${since}, ongoing` : `since ${since}, ongoing`;
}
