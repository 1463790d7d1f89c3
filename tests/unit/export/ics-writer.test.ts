import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeCalendar, type CalendarEntry } from '../../../src/export/ics-writer.ts';
import { parseIcs } from '../../../src/import/index.ts';

const visit: CalendarEntry = {
  uid: 'askafter-visit-7',
  start: '2026-11-26T09:30:00.000Z',
  end: '2026-11-26T11:00:00.000Z',
  summary: 'Smith Dental: new router, then printers',
  location: '12 High Street, Leeds; round the back',
  description: "Don't ask:\n- Sue's husband died 4 weeks ago (died 28 Oct)\nAsk about:\n- Lily, born 3 weeks ago — café € ✓",
  lastModified: '2026-11-20T08:00:00.000Z',
};
const call: CalendarEntry = { uid: 'askafter-follow-up-3', start: '2026-11-27T18:00:00.000Z', end: null, summary: 'Call Sue Baker (Smith Dental)', location: null, description: 'Check the new router', lastModified: '2026-11-20T08:00:00.000Z' };
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') };

describe('the iCalendar writer', () => {
  it('writes events the project\'s own reader reads back', () => {
    const text = writeCalendar({ name: 'Ask After', stamp: '2026-11-25T09:00:00.000Z', events: [visit, call], todos: [] });
    const { events, issues } = parseIcs(text, { window, timeZone: 'Europe/London' });
    expect(issues).toEqual([]);
    expect(events).toEqual([
      { line: 7, uid: visit.uid, summary: visit.summary, location: visit.location, description: visit.description, start: { instant: visit.start }, end: { instant: visit.end }, allDay: false },
      expect.objectContaining({ uid: call.uid, summary: call.summary, description: call.description, start: { instant: call.start }, allDay: false }),
    ]);
  });

  it('writes follow-ups as to-dos with a due time when asked', () => {
    const text = writeCalendar({ name: 'Ask After', stamp: '2026-11-25T09:00:00.000Z', events: [], todos: [call] });
    const todo = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtodo');
    expect(todo?.getFirstPropertyValue('summary')).toBe(call.summary);
    expect(String(todo?.getFirstPropertyValue('due'))).toBe('2026-11-27T18:00:00Z');
    expect(todo?.getFirstPropertyValue('status')).toBe('NEEDS-ACTION');
    expect(parseIcs(text, { window, timeZone: 'Europe/London' }).events).toEqual([]);
  });

  it('is valid iCalendar: CRLF, folded at 75 octets, with the required properties', () => {
    const text = writeCalendar({ name: 'Ask After', stamp: '2026-11-25T09:00:00.000Z', events: [{ ...visit, description: 'ß'.repeat(300) }], todos: [call] });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Ask After//Ask After//EN');
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-25T09:00:00Z');
    expect(event?.getFirstPropertyValue('description')).toBe('ß'.repeat(300));
  });

  it('round-trips any summary, place and description', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/[^\P{Cc}\t\n]/gu, '').trim()).filter((s) => s !== '' && !s.includes('\uFFFD'));
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), fc.option(text, { nil: null }), (summary, location, description) => {
        const written = writeCalendar({ name: 'x', stamp: '2026-11-25T09:00:00.000Z', events: [{ ...visit, summary, location, description }], todos: [] });
        const [event] = parseIcs(written, { window, timeZone: 'Europe/London' }).events;
        expect(event?.summary).toBe(summary);
        expect(event?.location ?? null).toBe(location);
        expect(event?.description ?? null).toBe(description);
      }),
      { numRuns: 300 },
    );
  });
});
