import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, atPrecision, daysBetween, daysUntilPeriod, isCalendarDate, periodOf } from '../../../src/dates/calendar-date.ts';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-4-1', false],
    ['0099-06-15', true],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['across the end of February in a leap year', '2024-02-28', 2, '2024-03-01'],
    ['across the end of February in a common year', '2023-02-28', 1, '2023-03-01'],
    ['across the clocks going forward in London', '2025-03-29', 2, '2025-03-31'],
    ['across the clocks going back in London', '2025-10-25', 2, '2025-10-27'],
    ['backwards over a year end', '2026-01-02', -3, '2025-12-30'],
  ])('adds days %s', (_story, from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it('counts a leap year as 366 days', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('adding then counting days gives back the same number (property)', () => {
    const day = fc.date({ min: new Date(1950, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (from, n) => {
        const to = addDays(from, n);
        return isCalendarDate(to) && daysBetween(from, to) === n;
      }),
    );
  });

  describe('precision', () => {
    it('stores a month-precision date on the first of the month and a year-precision one on 1 January', () => {
      expect(atPrecision('2025-05-17', 'month')).toBe('2025-05-01');
      expect(atPrecision('2025-05-17', 'year')).toBe('2025-01-01');
      expect(atPrecision('2025-05-17', 'day')).toBe('2025-05-17');
    });

    it.each([
      ['day', '2025-05-17', '2025-05-17', '2025-05-17'],
      ['month', '2024-02-01', '2024-02-01', '2024-02-29'],
      ['month', '2025-02-01', '2025-02-01', '2025-02-28'],
      ['year', '2025-01-01', '2025-01-01', '2025-12-31'],
    ] as const)('a %s-precision date %s covers %s to %s', (precision, date, first, last) => {
      expect(periodOf({ date, precision })).toEqual({ first, last });
    });

    it('measures distance to a month without inventing a day: "due in January" is 0 days away all January', () => {
      const january = periodOf({ date: '2026-01-01', precision: 'month' });
      expect(daysUntilPeriod(january, '2025-12-20')).toBe(12);
      expect(daysUntilPeriod(january, '2026-01-01')).toBe(0);
      expect(daysUntilPeriod(january, '2026-01-31')).toBe(0);
      expect(daysUntilPeriod(january, '2026-02-03')).toBe(-3);
    });
  });
});
