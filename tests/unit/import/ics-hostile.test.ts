import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/import/index.ts';
import type { IcsOptions } from '../../../src/import/index.ts';

const options: IcsOptions = { window: { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') }, timeZone: 'UTC' };

describe('parseIcs on hostile nesting', () => {
  it('refuses BEGIN:VEVENT nested 40,000 deep with one sentence, reading nothing', () => {
    const text = `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nDTSTART:20250301T100000Z\r\n'.repeat(40_000)}${'END:VEVENT\r\n'.repeat(40_000)}END:VCALENDAR\r\n`;
    const { events, issues } = parseIcs(text, options);
    expect(events).toEqual([]);
    expect(issues).toEqual([{ line: 64, severity: 'error', message: 'Line 64: components are nested more than 32 deep, which no calendar program writes; the file was not imported.' }]);
  });

  it('still reads events with alarms nested inside, and ENDs that match nothing are passed over', () => {
    const event = 'BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20250301T100000Z\r\nSUMMARY:Printer\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n';
    const { events, issues } = parseIcs(`BEGIN:VCALENDAR\r\n${event}${'END:VTODO\r\n'.repeat(5_000)}END:VCALENDAR\r\n`, options);
    expect(events.map((e) => e.summary)).toEqual(['Printer']);
    expect(issues).toHaveLength(5_000);
  });
});
