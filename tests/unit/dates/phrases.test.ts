import { describe, it, expect } from 'vitest';
import { dateFormat } from '../../../src/dates/date-format.ts';
import { describeDay, describeOngoing, describeWhen } from '../../../src/dates/phrases.ts';

// Thursday 20 November 2025.
const today = '2025-11-20';
const reader = { today, dates: dateFormat({ locale: 'en-GB', timeZone: 'Europe/London' }) };

describe('reason phrases (en-GB)', () => {
  it.each([
    ['2025-11-20', 'today'],
    ['2025-11-21', 'tomorrow'],
    ['2025-11-19', 'yesterday'],
    ['2025-11-18', 'last Tuesday'],
    ['2025-11-25', 'in 5 days'],
    ['2025-11-10', '10 days ago'],
    ['2025-10-30', '3 weeks ago'],
    ['2025-12-18', 'in 4 weeks'],
    ['2025-08-02', 'on 2 Aug'],
    ['2024-11-02', 'on 2 Nov 2024'],
  ])('a day %s reads "%s"', (date, phrase) => {
    expect(describeDay(date, reader)).toBe(phrase);
  });

  it.each([
    [{ date: '2026-01-01', precision: 'month' }, 'in January'],
    [{ date: '2025-11-01', precision: 'month' }, 'this month'],
    [{ date: '2025-10-01', precision: 'month' }, 'last month'],
    [{ date: '2025-12-01', precision: 'month' }, 'next month'],
    [{ date: '2025-06-01', precision: 'month' }, 'in June'],
    [{ date: '2024-06-01', precision: 'month' }, 'in June 2024'],
    [{ date: '2025-01-01', precision: 'year' }, 'this year'],
    [{ date: '2021-01-01', precision: 'year' }, 'in 2021'],
  ] as const)('a precise date %o reads "%s" and never names a day', (date, phrase) => {
    expect(describeWhen(date, reader)).toBe(phrase);
  });

  it('says what is still going on', () => {
    expect(describeOngoing({ date: '2025-11-02', precision: 'day' }, reader)).toBe('2 Nov, ongoing');
    expect(describeOngoing({ date: '2025-05-01', precision: 'month' }, reader)).toBe('since May, ongoing');
  });
});

describe('the dates in phrases follow the reader\'s locale', () => {
  const in_ = (locale: string) => ({ today, dates: dateFormat({ locale, timeZone: 'America/New_York' }) });
  it.each([
    ['en-GB', 'on 2 Aug', 'on 2 Nov 2024', 'last Tuesday'],
    ['en-US', 'on Aug 2', 'on Nov 2, 2024', 'last Tuesday'],
    ['de-DE', 'on 2. Aug.', 'on 2. Nov. 2024', 'last Dienstag'],
  ])('%s: "%s", "%s", "%s"', (locale, thisYear, otherYear, weekday) => {
    expect(describeDay('2025-08-02', in_(locale))).toBe(thisYear);
    expect(describeDay('2024-11-02', in_(locale))).toBe(otherYear);
    expect(describeDay('2025-11-18', in_(locale))).toBe(weekday);
  });

  it('writes times the way the locale does: 24-hour with two digits, or 12-hour without a leading zero', () => {
    expect(dateFormat({ locale: 'en-GB', timeZone: 'Europe/London' }).time('2025-11-20T09:05:00Z')).toBe('09:05');
    expect(dateFormat({ locale: 'de-DE', timeZone: 'Europe/London' }).time('2025-11-20T09:05:00Z')).toBe('09:05');
    expect(dateFormat({ locale: 'en-US', timeZone: 'America/New_York' }).time('2025-11-20T14:05:00Z')).toMatch(/^9:05\sAM$/);
  });
});
