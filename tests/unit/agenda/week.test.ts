import { describe, expect, it } from 'vitest';
import { instantAtLocal, movedBy, movedTo, movedToDay, weekStartOn } from '../../../src/agenda/week.ts';

describe('the agenda’s calendar arithmetic', () => {
  it('finds the first day of the week for a Monday, Sunday or Saturday start', () => {
    // Wednesday 2 December 2026.
    expect(weekStartOn('2026-12-02', 'mon')).toBe('2026-11-30');
    expect(weekStartOn('2026-12-02', 'sun')).toBe('2026-11-29');
    expect(weekStartOn('2026-12-02', 'sat')).toBe('2026-11-28');
    expect(weekStartOn('2026-11-30', 'mon')).toBe('2026-11-30');
    expect(weekStartOn('2026-11-29', 'mon')).toBe('2026-11-23');
  });

  it('places a wall-clock time on the user’s clock, summer time included', () => {
    expect(instantAtLocal('2026-07-01', 9, 30, 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
    expect(instantAtLocal('2026-12-01', 9, 30, 'Europe/London')).toBe('2026-12-01T09:30:00.000Z');
    expect(instantAtLocal('2026-11-29', 23, 30, 'America/New_York')).toBe('2026-11-30T04:30:00.000Z');
  });

  it('moves a visit keeping its length: to a time, to another day at the same time, by days or by minutes', () => {
    const visit = { startsAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-11-24T11:30:00.000Z' };
    expect(movedTo(visit, '2026-11-26T14:00:00.000Z')).toEqual({ startsAt: '2026-11-26T14:00:00.000Z', endsAt: '2026-11-26T15:30:00.000Z' });
    expect(movedTo({ startsAt: visit.startsAt, endsAt: null }, '2026-11-26T14:00:00.000Z')).toEqual({ startsAt: '2026-11-26T14:00:00.000Z', endsAt: null });
    // Across the end of summer time, 10:00 stays 10:00 on the wall clock.
    expect(movedToDay({ startsAt: '2026-10-23T09:00:00.000Z', endsAt: null }, '2026-10-26', 'Europe/London').startsAt).toBe('2026-10-26T10:00:00.000Z');
    expect(movedBy(visit, { days: 1 }, 'Europe/London').startsAt).toBe('2026-11-25T10:00:00.000Z');
    expect(movedBy(visit, { minutes: -30 }, 'Europe/London')).toEqual({ startsAt: '2026-11-24T09:30:00.000Z', endsAt: '2026-11-24T11:00:00.000Z' });
    // Never off the end of the day.
    expect(movedBy({ startsAt: '2026-11-24T23:45:00.000Z', endsAt: null }, { minutes: 30 }, 'UTC').startsAt).toBe('2026-11-24T23:45:00.000Z');
  });
});
