/** Planned visits and open follow-ups → iCalendar (RFC 5545), times in UTC. */
import { basicInstant, contentLine, escapeText, joinLines } from './content-line.ts';

export interface CalendarEntry {
  uid: string;
  /** UTC instants. */
  start: string;
  end: string | null;
  summary: string;
  location: string | null;
  description: string | null;
  /** When the record last changed, so a calendar app knows which copy is newer. */
  lastModified: string;
}

export interface Calendar {
  name: string;
  /** When the file was written: every component's DTSTAMP. */
  stamp: string;
  events: readonly CalendarEntry[];
  /** Written as VTODOs (due at `start`); calendars that show only events skip them. */
  todos: readonly CalendarEntry[];
}

function component(kind: 'VEVENT' | 'VTODO', entry: CalendarEntry, stamp: string): string[] {
  const lines = [
    `BEGIN:${kind}`,
    contentLine('UID', escapeText(entry.uid)),
    `DTSTAMP:${basicInstant(stamp)}`,
    `LAST-MODIFIED:${basicInstant(entry.lastModified)}`,
    kind === 'VEVENT' ? `DTSTART:${basicInstant(entry.start)}` : `DUE:${basicInstant(entry.start)}`,
  ];
  if (entry.end !== null && kind === 'VEVENT') lines.push(`DTEND:${basicInstant(entry.end)}`);
  lines.push(contentLine('SUMMARY', escapeText(entry.summary)));
  if (entry.location !== null) lines.push(contentLine('LOCATION', escapeText(entry.location)));
  if (entry.description !== null) lines.push(contentLine('DESCRIPTION', escapeText(entry.description)));
  if (kind === 'VTODO') lines.push('STATUS:NEEDS-ACTION');
  lines.push(`END:${kind}`);
  return lines;
}

export function writeCalendar({ name, stamp, events, todos }: Calendar): string {
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ask After//Ask After//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(name)),
    ...events.flatMap((e) => component('VEVENT', e, stamp)),
    ...todos.flatMap((t) => component('VTODO', t, stamp)),
    'END:VCALENDAR',
  ]);
}
