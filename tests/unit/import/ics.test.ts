import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/import/index.ts';
import type { IcsOptions, ParsedCalendarEvent } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';

const year2025: IcsOptions = { window: { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') }, timeZone: 'Europe/London' };
const read = (name: string, options: IcsOptions = year2025) => parseIcs(fixtureText(`ics/${name}`), options);
const starts = (events: ParsedCalendarEvent[]) => events.map((e) => ('instant' in e.start ? e.start.instant : e.start.date));

describe('parseIcs: time zones', () => {
  it('uses a VTIMEZONE with a made-up name, across summer time', () => {
    const { events, issues } = read('tz-vtimezone-custom-name.ics');
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      [{ instant: '2025-01-15T10:00:00.000Z' }, { instant: '2025-01-15T11:30:00.000Z' }],
      [{ instant: '2025-07-15T09:00:00.000Z' }, { instant: '2025-07-15T10:30:00.000Z' }],
    ]);
  });

  it('maps an unquoted Windows zone name when the file has no VTIMEZONE', () => {
    expect(starts(read('tz-windows-name-unquoted-no-vtimezone.ics').events)).toEqual(['2025-09-06T09:00:00.000Z']);
  });

  it('reads a quoted TZID containing commas', () => {
    expect(starts(read('tz-comma-quoted-tzid.ics').events)).toEqual(['2025-05-30T05:00:00.000Z']);
  });

  it('falls back to the caller\'s zone for an unknown TZID and says so', () => {
    const { events, issues } = read('tz-unknown-falls-back.ics', { ...year2025, timeZone: 'America/New_York' });
    expect(starts(events)).toEqual(['2025-03-10T13:00:00.000Z']);
    expect(issues).toEqual([{ line: 4, severity: 'warning', message: 'Line 4: unknown time zone "Nowhere Standard Time" (the file does not define it); its times were read as America/New_York.' }]);
  });

  it('treats a TZID that is also a JavaScript property name as unknown', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=constructor:20250310T090000\nEND:VEVENT\nEND:VCALENDAR';
    expect(starts(parseIcs(text, year2025).events)).toEqual(['2025-03-10T09:00:00.000Z']);
  });

  it('reads floating times in the caller\'s zone; UTC stays UTC; DURATION gives the end', () => {
    const { events } = read('floating-and-utc-times.ics', { ...year2025, timeZone: 'Europe/Berlin' });
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Floating visit', { instant: '2025-07-01T07:30:00.000Z' }, { instant: '2025-07-01T08:30:00.000Z' }],
      ['UTC visit with a duration', { instant: '2025-07-01T09:30:00.000Z' }, { instant: '2025-07-01T10:15:00.000Z' }],
    ]);
  });
});

describe('parseIcs: repeating events', () => {
  it('applies EXDATE (UTC and folded multi-value), RDATE, a moved override and a cancelled one', () => {
    const { events, issues } = read('weekly-exdate-rdate-overrides.ics');
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.recurrenceId, 'instant' in e.start && e.start.instant, e.summary, e.line])).toEqual([
      ['2025-03-03T18:00:00.000Z', '2025-03-03T18:00:00.000Z', 'Weekly check-in', 4],
      ['2025-03-20T18:00:00.000Z', '2025-03-20T18:00:00.000Z', 'Weekly check-in', 4],
      ['2025-03-31T17:00:00.000Z', '2025-04-01T09:00:00.000Z', 'Weekly check-in (moved)', 17],
      ['2025-04-14T17:00:00.000Z', '2025-04-14T17:00:00.000Z', 'Weekly check-in', 4],
    ]);
    expect(events[0]).toMatchObject({ uid: 'weekly-series@askafter.test', location: 'Otley office', end: { instant: '2025-03-03T19:00:00.000Z' }, allDay: false });
  });

  it('expands only inside the window, and an override follows its own start', () => {
    const window = { from: new Date('2025-03-25T00:00:00Z'), to: new Date('2025-04-10T00:00:00Z') };
    expect(starts(read('weekly-exdate-rdate-overrides.ics', { ...year2025, window }).events)).toEqual(['2025-04-01T09:00:00.000Z']);
  });

  it('reads an all-day daily series with a DATE UNTIL, a DATE EXDATE and a DATE override', () => {
    const { events } = read('allday-daily-until-date-exdate.ics');
    expect(events.map((e) => [e.recurrenceId, e.start, e.end, e.summary, e.allDay])).toEqual([
      ['2025-08-04', { date: '2025-08-04' }, { date: '2025-08-05' }, 'Office move week', true],
      ['2025-08-05', { date: '2025-08-05' }, { date: '2025-08-06' }, 'Office move week: server day', true],
      ['2025-08-07', { date: '2025-08-07' }, { date: '2025-08-08' }, 'Office move week', true],
      ['2025-08-08', { date: '2025-08-08' }, { date: '2025-08-09' }, 'Office move week', true],
    ]);
  });

  it('reads a floating UNTIL in the series\' zone', () => {
    expect(starts(read('floating-until-with-tzid.ics').events)).toEqual([
      '2025-10-20T22:30:00.000Z',
      '2025-10-27T22:30:00.000Z',
      '2025-11-03T23:30:00.000Z',
      '2025-11-10T23:30:00.000Z',
    ]);
  });

  it('keeps overrides whose series is missing, whatever the window', () => {
    const { events } = read('orphan-overrides-no-master.ics');
    expect(events.map((e) => [e.uid, e.recurrenceId, e.start])).toEqual([
      ['orphan-birthday@askafter.test', '2024-12-10', { date: '2024-12-10' }],
      ['orphan@askafter.test', '2025-09-06T09:00:00.000Z', { instant: '2025-09-06T12:00:00.000Z' }],
    ]);
  });

  it('stops at the occurrence cap with a warning', () => {
    const window = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };
    const { events, issues } = read('endless-daily.ics', { ...year2025, window, maxOccurrences: 100 });
    expect(events).toHaveLength(100);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('More than 100 repeating occurrences') })]);
  });

  it('gives up on a series that repeats too often before the window, with a warning', () => {
    const window = { from: new Date('2200-01-01T00:00:00Z'), to: new Date('2200-01-02T00:00:00Z') };
    const { events, issues } = read('endless-daily.ics', { ...year2025, window });
    expect(events).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 8, severity: 'warning', message: expect.stringContaining('"Stand-up" repeats more than 50,000 times') })]);
  });
});

describe('parseIcs: odd files', () => {
  it('reads a one-off all-day event over several days', () => {
    expect(read('allday-multiday.ics').events).toEqual([
      { line: 4, uid: 'allday-multiday@askafter.test', summary: 'Client on holiday', start: { date: '2025-08-18' }, end: { date: '2025-08-23' }, allDay: true },
    ]);
  });

  it('reads a bare VEVENT with no VCALENDAR and a folded description', () => {
    const { events, issues } = read('bare-vevent-no-vcalendar.ics');
    expect(events[0]).toMatchObject({ start: { instant: '2025-03-07T17:00:00.000Z' }, description: 'Bring the new router and the spare cables.' });
    expect(issues).toEqual([{ line: 1, severity: 'warning', message: 'The file has no BEGIN:VCALENDAR line; its events were read anyway.' }]);
  });

  it('unfolds TAB-folded Outlook lines and trims the title', () => {
    const [event] = read('tab-folded-outlook.ics').events;
    expect(event?.uid).toBe('040000008200E00074C5B7101A82E00800000000ASKAFTER000000000000000010000000ASKAFTERTESTFIXTURE0000000000');
    expect(event?.summary).toBe('Network refresh');
  });

  it('reads an empty calendar behind a BOM as "no events"', () => {
    expect(read('bom-empty-calendar.ics')).toEqual({ events: [], issues: [{ line: 1, severity: 'warning', message: 'The calendar has no events.' }] });
  });

  it('reports broken structure and unreadable events with line numbers, keeping the rest', () => {
    const { events, issues } = read('broken-structure.ics');
    expect(events.map((e) => e.summary)).toEqual(['Unreadable rule', 'File ends inside me']);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [1, 'warning'],
      [4, 'warning'],
      [5, 'error'],
      [9, 'error'],
      [11, 'warning'],
      [17, 'warning'],
      [20, 'warning'],
    ]);
    expect(issues[3]?.message).toBe('Line 9: the event "Impossible start" has no readable start (DTSTART), so it was not imported.');
    expect(issues[5]?.message).toBe('Line 17: could not read the repeat rule "FREQ=SOMETIMES", so the event was imported once, without repeats.');
  });

  it('warns about replacement characters', () => {
    expect(read('replacement-characters.ics').issues).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('unreadable characters') })]);
  });

  it('refuses bad options, empty and oversized files clearly', () => {
    expect(parseIcs('BEGIN:VCALENDAR', { ...year2025, timeZone: 'Mars/Olympus' }).issues[0]?.message).toBe('Unknown time zone "Mars/Olympus" for times without one.');
    expect(parseIcs('BEGIN:VCALENDAR', { ...year2025, window: { from: year2025.window.to, to: year2025.window.from } }).issues[0]?.severity).toBe('error');
    expect(parseIcs(' \n', year2025).issues).toEqual([{ line: 1, severity: 'error', message: 'This calendar file is empty.' }]);
    expect(parseIcs('hello', year2025).issues[0]?.message).toContain('Is this an iCalendar (.ics) file?');
    const many = `BEGIN:VCALENDAR\n${'BEGIN:VEVENT\nDTSTART:20250101T000000Z\nEND:VEVENT\n'.repeat(10_001)}END:VCALENDAR\n`;
    expect(parseIcs(many, year2025).issues).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('more than 10,000 events') })]);
  });
});
