import { tzOffset } from '@date-fns/tz/tzOffset';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { assertTimeZone, localDateOf, localTimeOf, todayIn } from '../../../src/dates/time-zone.ts';

describe('today in the user time zone', () => {
  it.each([
    ['London, half past midnight on the night the clocks go forward', '2025-03-30T00:30:00Z', 'Europe/London', '2025-03-30', '00:30'],
    ['London, just after the clocks went forward', '2025-03-30T01:30:00Z', 'Europe/London', '2025-03-30', '02:30'],
    ['London in summer, 23:30 UTC is already tomorrow', '2025-06-14T23:30:00Z', 'Europe/London', '2025-06-15', '00:30'],
    ['London, the night the clocks go back', '2025-10-26T00:30:00Z', 'Europe/London', '2025-10-26', '01:30'],
    ['London, after the clocks went back 23:30 UTC is still today', '2025-10-26T23:30:00Z', 'Europe/London', '2025-10-26', '23:30'],
    ['New York evening is already tomorrow in UTC', '2025-11-06T03:00:00Z', 'America/New_York', '2025-11-05', '22:00'],
    ['leap day in Auckland', '2024-02-28T12:00:00Z', 'Pacific/Auckland', '2024-02-29', '01:00'],
    ['Kathmandu, a quarter-hour offset, past midnight', '2025-11-20T18:20:00Z', 'Asia/Kathmandu', '2025-11-21', '00:05'],
    ['Lord Howe Island in summer, a half-hour DST', '2025-11-20T13:15:00Z', 'Australia/Lord_Howe', '2025-11-21', '00:15'],
    ['an instant written with an offset', '2025-03-30T01:30:00+01:00', 'Europe/London', '2025-03-30', '00:30'],
  ])('%s', (_story, instant, zone, date, time) => {
    expect(todayIn(new Date(instant), zone)).toBe(date);
    expect(localDateOf(instant, zone)).toBe(date);
    expect(localTimeOf(instant, zone)).toBe(time);
  });

  it('refuses an unknown time zone with a message naming it', () => {
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(/Europe\/Atlantis/);
    expect(() => assertTimeZone('Europe/London')).not.toThrow();
  });
});

describe('offsets remembered per quarter hour read as the zone says, across every change', () => {
  const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'Asia/Tehran'];
  /** The wall clock from the zone's own offset at that very instant, with nothing remembered. */
  const direct = (ms: number, zone: string) => new Date(ms + tzOffset(zone, new Date(ms)) * 60_000).toISOString();

  it('at random instants from 1970 to 2040', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        const expected = direct(ms, zone);
        expect(`${localDateOf(ms, zone)}T${localTimeOf(ms, zone)}`).toBe(expected.slice(0, 16));
      }),
      { numRuns: 3_000 },
    );
  });

  it('on any day from year 0 to 9999 and beyond, the day as the zone\'s wall clock reads it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(12_000, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(localDateOf(ms, zone)).toBe(direct(ms, zone).slice(0, 10));
      }),
      { numRuns: 3_000 },
    );
    // Each edge: midnight either side of the turn of a year, a leap day, the first and last years written plainly.
    for (const iso of ['1999-12-31T23:59:59.999Z', '2000-01-01T00:00:00.000Z', '2024-02-29T12:00:00.000Z', '2100-03-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z'])
      expect(localDateOf(iso, 'UTC')).toBe(iso.slice(0, 10));
  });

  it('every minute either side of each change in 2026, twice over (the second time remembered)', () => {
    for (const zone of ZONES) {
      const changes: number[] = [];
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) if (tzOffset(zone, new Date(ms)) !== tzOffset(zone, new Date(ms + 3_600_000))) changes.push(ms);
      for (let pass = 0; pass < 2; pass++)
        for (const change of changes)
          for (let ms = change - 60 * 60_000; ms <= change + 120 * 60_000; ms += 60_000) expect(`${localDateOf(ms, zone)}T${localTimeOf(ms, zone)}`, `${zone} ${new Date(ms).toISOString()}`).toBe(direct(ms, zone).slice(0, 16));
    }
  });
});
