import { describe, it, expect } from 'vitest';
import { anniversariesBetween, nearestAnniversary, nearestOccurrence, occurrenceInYear, occurrencesBetween } from '../../../src/dates/yearly.ts';

describe('yearly recurrence', () => {
  it('keeps a 29 February birthday on 29 February in leap years and moves it to 28 February otherwise', () => {
    expect(occurrenceInYear({ month: 2, day: 29 }, 2024)).toBe('2024-02-29');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2025)).toBe('2025-02-28');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2100)).toBe('2100-02-28');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2000)).toBe('2000-02-29');
  });

  it.each([
    ['a birthday next week', { month: 11, day: 12 }, '2025-11-05', '2025-11-12', 7],
    ['a birthday last week', { month: 10, day: 29 }, '2025-11-05', '2025-10-29', -7],
    ['a birthday just after new year, seen in late December', { month: 1, day: 3 }, '2025-12-28', '2026-01-03', 6],
    ['a birthday just before new year, seen in early January', { month: 12, day: 30 }, '2026-01-04', '2025-12-30', -5],
    ['a leapling in a common year', { month: 2, day: 29 }, '2025-02-20', '2025-02-28', 8],
  ])('finds the nearest occurrence of %s', (_story, monthDay, day, date, daysAway) => {
    expect(nearestOccurrence(monthDay, day)).toMatchObject({ on: { date, precision: 'day' }, daysAway });
  });

  it('counts which anniversary of a death is coming up, and has none in the first year', () => {
    const died = { date: '2024-11-20', precision: 'day' } as const;
    expect(nearestAnniversary(died, '2025-11-10')).toMatchObject({ on: { date: '2025-11-20' }, daysAway: 10, years: 1 });
    expect(nearestAnniversary(died, '2024-12-01')).toMatchObject({ on: { date: '2025-11-20' }, years: 1 });
  });

  it('gives a month-precision death an anniversary month, never a day', () => {
    const died = { date: '2023-03-01', precision: 'month' } as const;
    expect(nearestAnniversary(died, '2025-03-17')).toEqual({ on: { date: '2025-03-01', precision: 'month' }, daysAway: 0, years: 2 });
    expect(nearestAnniversary(died, '2025-02-20')).toMatchObject({ daysAway: 9 });
    expect(nearestAnniversary(died, '2025-04-05')).toMatchObject({ daysAway: -5 });
  });

  it('gives a year-precision date no anniversary', () => {
    expect(nearestAnniversary({ date: '2020-01-01', precision: 'year' }, '2025-01-01')).toBeNull();
  });

  it('lists occurrences in a range across a year end', () => {
    expect(occurrencesBetween({ month: 1, day: 2 }, '2025-12-20', '2026-01-05')).toEqual(['2026-01-02']);
    expect(occurrencesBetween({ month: 2, day: 29 }, '2023-01-01', '2024-12-31')).toEqual(['2023-02-28', '2024-02-29']);
  });
});

describe('anniversaries in a range', () => {
  it('finds the anniversary of a day in the next two weeks, counting the years', () => {
    expect(anniversariesBetween({ date: '1995-11-25', precision: 'day' }, '2025-11-20', '2025-12-04')).toEqual([{ on: { date: '2025-11-25', precision: 'day' }, years: 30 }]);
  });

  it('gives a month-precision date its month when the range touches it, never a day', () => {
    expect(anniversariesBetween({ date: '2020-12-01', precision: 'month' }, '2025-11-20', '2025-12-04')).toEqual([{ on: { date: '2025-12-01', precision: 'month' }, years: 5 }]);
  });

  it('has no anniversary in the year of the fact itself, nor for a year-precision date', () => {
    expect(anniversariesBetween({ date: '2025-11-25', precision: 'day' }, '2025-11-20', '2025-12-04')).toEqual([]);
    expect(anniversariesBetween({ date: '2020-01-01', precision: 'year' }, '2025-01-01', '2025-12-31')).toEqual([]);
  });
});
