import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { z } from 'zod';

/**
 * Calendar dates: a day on the calendar with no time and no zone (a birthday, the day of an
 * operation), stored as `yyyy-MM-dd` text. Kept apart from instants (visit times), which live
 * in time-zone.ts.
 *
 * Because the format is fixed-width, plain string comparison orders calendar dates correctly.
 */
export type CalendarDate = string;

/**
 * How much of a date is known. A month-precision date is stored as yyyy-MM-01 and a
 * year-precision one as yyyy-01-01; the stored day (and month) are placeholders that must
 * never be shown or reasoned about as if known.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);

/** A calendar date together with how much of it is known. */
export interface PreciseDate {
  readonly date: CalendarDate;
  readonly precision: DatePrecision;
}

/** The stretch of calendar a precise date could mean: one day, a whole month or a whole year. */
export interface Period {
  readonly first: CalendarDate;
  readonly last: CalendarDate;
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: CalendarDate): DateParts {
  const m = SHAPE.exec(date);
  if (m === null) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * The date as a local-noon Date, the form date-fns works on. Noon keeps the calendar day
 * right in every system zone and across DST changes (the approach of Actual's months.ts).
 */
export function toNoonDate(date: CalendarDate): Date {
  const { year, month, day } = dateParts(date);
  const noon = new Date(2000, 0, 1, 12);
  // setFullYear, unlike the constructor, does not map years 0–99 to 1900–1999.
  noon.setFullYear(year, month - 1, day);
  return noon;
}

/** The local calendar day of a Date (as date-fns's 'yyyy-MM-dd' reads it, without parsing a pattern per call). */
export function fromDate(date: Date): CalendarDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  // Rejects 2023-02-29 and 2024-13-01: a real date survives the round trip unchanged.
  return fromDate(toNoonDate(value)) === value;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(addDaysToDate(toNoonDate(date), days));
}

const EPOCH = toNoonDate('1970-01-01');

/**
 * Day numbers, remembered: a briefing compares the same few hundred dates many times, and
 * counting from the cache keeps it within its 2 ms budget. Bounded by the number of distinct
 * calendar dates in use (a few tens of thousands for a century).
 */
const dayNumbers = new Map<CalendarDate, number>();

function dayNumber(date: CalendarDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = differenceInCalendarDays(toNoonDate(date), EPOCH);
    dayNumbers.set(date, n);
  }
  return n;
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The placeholder form of a date at a precision: 2025-05-17 at month precision is 2025-05-01. */
export function atPrecision(date: CalendarDate, precision: DatePrecision): CalendarDate {
  if (precision === 'day') return date;
  const { year, month } = dateParts(date);
  return precision === 'month' ? calendarDate(year, month, 1) : calendarDate(year, 1, 1);
}

export function periodOf({ date, precision }: PreciseDate): Period {
  const first = atPrecision(date, precision);
  switch (precision) {
    case 'day':
      return { first, last: first };
    case 'month':
      return { first, last: fromDate(endOfMonth(toNoonDate(first))) };
    case 'year':
      return { first, last: fromDate(endOfYear(toNoonDate(first))) };
  }
}

/**
 * Signed days from `day` to the period: positive while the period is still ahead, negative
 * once it is over (counted from its last day), 0 while `day` is inside it. Judging an imprecise
 * date by its whole period is what keeps a day from ever being invented.
 */
export function daysUntilPeriod(period: Period, day: CalendarDate): number {
  if (day < period.first) return daysBetween(day, period.first);
  if (day > period.last) return daysBetween(day, period.last);
  return 0;
}
