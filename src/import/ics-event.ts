/** One VEVENT block → the raw facts we need, each property parsed by ical.js on its own line. */
import ICAL from 'ical.js';
import type { Block } from './ics-blocks.ts';
import { parseIcsTime, type IcsTime } from './ics-time.ts';
import { parseContentLine, type RawLine } from './content-lines.ts';
import { warning } from './text.ts';
import type { ImportIssue } from './types.ts';

export interface RawEvent {
  line: number;
  uid?: string;
  recurrenceId?: IcsTime;
  summary?: string;
  location?: string;
  description?: string;
  start?: IcsTime;
  end?: IcsTime;
  durationSeconds?: number;
  rrules: { line: number; recur: ICAL.Recur }[];
  rdates: IcsTime[];
  exdates: IcsTime[];
  cancelled: boolean;
}

const TEXT = { UID: 'uid', SUMMARY: 'summary', LOCATION: 'location', DESCRIPTION: 'description' } as const;
/** The properties we read, in words for messages. */
const READ = new Map(Object.entries({
  UID: 'UID', SUMMARY: 'title', LOCATION: 'location', DESCRIPTION: 'description', STATUS: 'status', DTSTART: 'start', DTEND: 'end',
  DURATION: 'duration', 'RECURRENCE-ID': 'recurrence id', RRULE: 'repeat rule', RDATE: 'extra date', EXDATE: 'excluded date',
}));
const CONSEQUENCE = new Map(Object.entries({
  DTSTART: 'so the event cannot be placed',
  RRULE: 'so the event was imported once, without repeats',
  EXDATE: 'so that occurrence may still appear',
}));

/** The event's own property lines: nested components (VALARM) and BEGIN/END markers left out. */
function ownLines(block: Block): { raw: RawLine; name: string }[] {
  const own: { raw: RawLine; name: string }[] = [];
  let depth = 0;
  for (const raw of block.lines) {
    const name = parseContentLine(raw)?.name;
    if (name === 'BEGIN') depth++;
    else if (name === 'END') depth--;
    else if (name && depth === 1 && READ.has(name)) own.push({ raw, name });
  }
  return own;
}

/** jCal values of a property: [name, params, type, ...values]; a period value keeps its start. */
function values(jcal: unknown[]): unknown[] {
  return jcal.slice(3).map((v) => (Array.isArray(v) ? v[0] : v));
}

export function readEvent(block: Block, issues: ImportIssue[]): RawEvent {
  const event: RawEvent = { line: block.line, rrules: [], rdates: [], exdates: [], cancelled: false };
  for (const { raw, name } of ownLines(block)) {
    let ok: boolean;
    try {
      ok = applyProperty(event, name, ICAL.parse.property(raw.text) as unknown[], raw.line);
    } catch {
      // ical.js throws on some malformed values (an empty DURATION, a rule with a bad UNTIL).
      ok = false;
    }
    if (ok) continue;
    const value = raw.text.slice(raw.text.indexOf(':') + 1);
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    issues.push(warning(raw.line, `Line ${raw.line}: could not read the ${READ.get(name)} "${shown}", ${CONSEQUENCE.get(name) ?? 'so it was left out'}.`));
  }
  return event;
}

/** Stores one parsed property on the event; false when its value is unusable. */
function applyProperty(event: RawEvent, name: string, jcal: unknown[], line: number): boolean {
  const params = (jcal[1] ?? {}) as Record<string, unknown>;
  const tzid = typeof params['tzid'] === 'string' ? params['tzid'] : undefined;
  const times = values(jcal).map((v) => parseIcsTime(v, tzid));
  switch (name) {
    case 'DTSTART':
    case 'DTEND':
    case 'RECURRENCE-ID': {
      const [time] = times;
      if (!time) return false;
      if (name === 'DTSTART') event.start ??= time;
      else if (name === 'DTEND') event.end ??= time;
      else event.recurrenceId ??= time;
      return true;
    }
    case 'RDATE':
    case 'EXDATE':
      for (const time of times) if (time) (name === 'RDATE' ? event.rdates : event.exdates).push(time);
      return times.every(Boolean);
    case 'DURATION': {
      const seconds = typeof jcal[3] === 'string' ? ICAL.Duration.fromString(jcal[3]).toSeconds() : NaN;
      if (!Number.isFinite(seconds) || seconds < 0) return false;
      event.durationSeconds ??= seconds;
      return true;
    }
    case 'RRULE': {
      // ical.js takes unknown rule parts quietly; a rule without a valid FREQ cannot be expanded.
      const recur = new ICAL.Property(jcal).getFirstValue();
      if (!(recur instanceof ICAL.Recur) || !recur.freq) return false;
      event.rrules.push({ line, recur });
      return true;
    }
    case 'STATUS':
      event.cancelled = String(jcal[3]).toUpperCase() === 'CANCELLED';
      return true;
    default: {
      const key = TEXT[name as keyof typeof TEXT];
      const text = typeof jcal[3] === 'string' ? jcal[3].replace(/\r\n|\r/g, '\n').trim() : '';
      if (key && text !== '') event[key] ??= text;
      return true;
    }
  }
}
