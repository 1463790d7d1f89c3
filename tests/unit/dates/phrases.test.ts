import { describe, it, expect } from 'vitest';
import { describeDay, describeOngoing, describeWhen } from '../../../src/dates/phrases.ts';

// Thursday 20 November 2025.
const today = '2025-11-20';

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
    expect(describeDay(date, today)).toBe(phrase);
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
    expect(describeWhen(date, today)).toBe(phrase);
  });

  it('says what is still going on', () => {
    expect(describeOngoing({ date: '2025-11-02', precision: 'day' }, today)).toBe('2 Nov, ongoing');
    expect(describeOngoing({ date: '2025-05-01', precision: 'month' }, today)).toBe('since May, ongoing');
  });
});
