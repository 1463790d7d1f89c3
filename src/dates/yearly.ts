import { isLeapYear } from 'date-fns/isLeapYear';
import { calendarDate, dateParts, daysBetween, daysUntilPeriod, periodOf, toNoonDate } from './calendar-date.ts';
import type { CalendarDate, PreciseDate } from './calendar-date.ts';

/**
 * Yearly recurrence: birthdays, wedding anniversaries, the anniversary of a death.
 *
 * 29 February falls on 28 February in common years. That keeps a February birthday in
 * February (it never slides into March on a dashboard), and greeting someone a day early is
 * kinder than a day late.
 */

/** A day of the year, as a birthday is known: month 1–12, day 1–31. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export function occurrenceInYear({ month, day }: MonthDay, year: number): CalendarDate {
  if (month === 2 && day === 29 && !isLeapYear(toNoonDate(calendarDate(year, 1, 1)))) return calendarDate(year, 2, 28);
  return calendarDate(year, month, day);
}

/** One yearly occurrence and how far it is from the reference day (negative: already past). */
export interface Occurrence {
  readonly on: PreciseDate;
  readonly daysAway: number;
  /** Which anniversary this is, when the original year is known. */
  readonly years: number | null;
}

/** Whichever is nearer the reference day; on a tie the upcoming one. */
function nearer(a: Occurrence, b: Occurrence): Occurrence {
  const da = Math.abs(a.daysAway);
  const db = Math.abs(b.daysAway);
  if (da !== db) return da < db ? a : b;
  return a.daysAway > 0 ? a : b;
}

const aroundYear = (day: CalendarDate): number[] => {
  const { year } = dateParts(day);
  return [year - 1, year, year + 1];
};

/** The occurrence of a day of the year closest to `day`: this year's, last year's or next year's. */
export function nearestOccurrence(monthDay: MonthDay, day: CalendarDate): Occurrence {
  return aroundYear(day)
    .map((y): Occurrence => {
      const on = occurrenceInYear(monthDay, y);
      return { on: { date: on, precision: 'day' }, daysAway: daysBetween(day, on), years: null };
    })
    .reduce(nearer);
}

/**
 * The anniversary (first, second…) of a dated fact closest to `day`. A month-precision date
 * recurs as its whole month (distance 0 inside it); a year-precision date has no anniversary.
 */
export function nearestAnniversary(original: PreciseDate, day: CalendarDate): Occurrence | null {
  if (original.precision === 'year') return null;
  const { year: originalYear, month, day: dayOfMonth } = dateParts(original.date);
  const occurrenceIn = (y: number): PreciseDate =>
    original.precision === 'day'
      ? { date: occurrenceInYear({ month, day: dayOfMonth }, y), precision: 'day' }
      : { date: calendarDate(y, month, 1), precision: 'month' };
  const candidates = aroundYear(day)
    .filter((y) => y > originalYear)
    .map((y): Occurrence => {
      const on = occurrenceIn(y);
      return { on, daysAway: daysUntilPeriod(periodOf(on), day), years: y - originalYear };
    });
  return candidates.length === 0 ? null : candidates.reduce(nearer);
}

/** Every occurrence of a day of the year from `from` to `to`, both included. */
export function occurrencesBetween(monthDay: MonthDay, from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const found: CalendarDate[] = [];
  for (let y = dateParts(from).year; y <= dateParts(to).year; y++) {
    const on = occurrenceInYear(monthDay, y);
    if (on >= from && on <= to) found.push(on);
  }
  return found;
}

/** An anniversary (first, second…) that falls within a range of days. */
export interface AnniversaryInRange {
  readonly on: PreciseDate;
  readonly years: number;
}

/**
 * Every anniversary of a dated fact from `from` to `to`, both included. A month-precision
 * date counts when its month overlaps the range (it is never pinned to a day); a
 * year-precision date has none.
 */
export function anniversariesBetween(original: PreciseDate, from: CalendarDate, to: CalendarDate): AnniversaryInRange[] {
  if (original.precision === 'year') return [];
  const { year: originalYear, month, day } = dateParts(original.date);
  const found: AnniversaryInRange[] = [];
  for (let y = Math.max(dateParts(from).year, originalYear + 1); y <= dateParts(to).year; y++) {
    const on: PreciseDate = original.precision === 'day' ? { date: occurrenceInYear({ month, day }, y), precision: 'day' } : { date: calendarDate(y, month, 1), precision: 'month' };
    const { first, last } = periodOf(on);
    if (last >= from && first <= to) found.push({ on, years: y - originalYear });
  }
  return found;
}
