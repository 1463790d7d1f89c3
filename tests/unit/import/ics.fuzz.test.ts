import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/import/index.ts';
import type { EventTime, IcsOptions } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';
import { arbitraryText, expectSaneIssues, mutated } from './fuzz.ts';

const dir = fileURLToPath(new URL('../../fixtures/import/ics/', import.meta.url));
const fixtures = readdirSync(dir).map((name) => fixtureText(`ics/${name}`));

const VOCABULARY = [
  'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'BEGIN:STANDARD', 'END:STANDARD',
  'TZID:X', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'DTSTART:', 'DTSTART;TZID=X:', 'DTSTART;TZID=Europe/London:', 'DTEND:', ';VALUE=DATE',
  '20250101', '20250102', 'T120000', 'Z', 'RRULE:FREQ=DAILY;COUNT=3', 'RRULE:FREQ=WEEKLY;UNTIL=', 'RRULE:FREQ=HOURLY', 'EXDATE:', 'RDATE:',
  'RECURRENCE-ID:', 'UID:a', 'DURATION:PT1H', 'DURATION:P1D', 'STATUS:CANCELLED', 'SUMMARY:x', ',', '\\n', 'TZID=constructor:',
];
const options: IcsOptions = { window: { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-01-03T00:00:00Z') }, timeZone: 'Europe/London' };

const ms = (t: EventTime): number => ('instant' in t ? Date.parse(t.instant) : Date.parse(`${t.date}T00:00:00Z`));

function check(text: string): void {
  const { events, issues } = parseIcs(text, options);
  expectSaneIssues(issues, text);
  for (const e of events) {
    expect(e.uid).not.toBe('');
    expect(e.allDay).toBe('date' in e.start);
    if ('instant' in e.start) expect(new Date(e.start.instant).toISOString()).toBe(e.start.instant);
    else expect(new Date(`${e.start.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.start.date);
    if (e.end) {
      expect('date' in e.end).toBe(e.allDay);
      expect(ms(e.end)).toBeGreaterThanOrEqual(ms(e.start));
    }
  }
}

describe('parseIcs never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(arbitraryText(VOCABULARY), check), { numRuns: 400 });
  });

  it('on mutated valid files', () => {
    fc.assert(fc.property(mutated(fixtures), check), { numRuns: 400 });
  });
});
