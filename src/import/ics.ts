/**
 * iCalendar → ParsedCalendarEvent. One-off events are returned whatever their date; repeating
 * ones are expanded only within the caller's window, with EXDATE, RDATE and RECURRENCE-ID
 * overrides applied. Overrides whose series is missing are kept as events of their own.
 */
import ICAL from 'ical.js';
import { parseContentLine } from './content-lines.ts';
import { splitBlocks, type Block } from './ics-blocks.ts';
import type { RawEvent } from './ics-event.ts';
import { readEvent } from './ics-event.ts';
import { expandSeries, occurrenceOf, type ExpandContext, type Occurrence, type Series } from './ics-expand.ts';
import { addDays, dateString, daysBetween, type IcsTime } from './ics-time.ts';
import { isIanaZone, ZoneResolver, type FileZone } from './ics-zones.ts';
import { checkText, error, MAX_RECORDS, replacementCharWarning, stripBom, tooManyRecords, warning } from './text.ts';
import type { EventTime, EventsResult, ImportIssue, ParsedCalendarEvent } from './types.ts';

export interface IcsOptions {
  /** Repeating events are expanded for occurrences starting in [from, to). */
  window: { from: Date; to: Date };
  /** IANA zone for floating times and for placing all-day dates in the window. */
  timeZone: string;
  /** Hard cap on expanded occurrences; default MAX_OCCURRENCES. */
  maxOccurrences?: number;
}

export const MAX_OCCURRENCES = 5_000;
/** Rule steps for the whole file (see ExpandContext.budget). */
const STEP_BUDGET = 500_000;

export function parseIcs(input: string, options: IcsOptions): EventsResult {
  const text = stripBom(input);
  const bad = checkText(text, 'calendar file') ?? checkOptions(options);
  if (bad) return { events: [], issues: [bad] };
  const issues: ImportIssue[] = [];
  const blocks = splitBlocks(text, issues);
  if (blocks.events.length > MAX_RECORDS) return { events: [], issues: [tooManyRecords(1, 'events')] };
  if (blocks.events.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push(warning(1, 'The calendar has no events.'));
  }
  const zones = new ZoneResolver(options.timeZone, readTimezones(blocks.timezones, issues), issues);
  const ctx: ExpandContext = {
    from: options.window.from.getTime(),
    to: options.window.to.getTime(),
    zones,
    issues,
    budget: { steps: STEP_BUDGET, warned: false },
  };
  const out = new EventCollector(zones, options.maxOccurrences ?? MAX_OCCURRENCES, issues);
  for (const group of groupByUid(blocks.events.map((b) => readEvent(b, issues)), issues)) emitGroup(group, ctx, out);
  return { events: out.sorted(), issues: issues.sort((a, b) => a.line - b.line) };
}

function checkOptions({ window, timeZone }: IcsOptions): ImportIssue | undefined {
  if (!isIanaZone(timeZone)) return error(1, `Unknown time zone "${timeZone}" for times without one.`);
  const [from, to] = [window.from.getTime(), window.to.getTime()];
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) return error(1, 'The date range for repeating events is empty or invalid.');
  return undefined;
}

function readTimezones(blocks: Block[], issues: ImportIssue[]): Map<string, FileZone> {
  const zones = new Map<string, FileZone>();
  for (const block of blocks) {
    const props = block.lines.map((l) => parseContentLine(l));
    const tzid = props.find((p) => p?.name === 'TZID')?.value.trim();
    // Zimbra writes empty VTIMEZONEs; nothing to read there.
    if (!tzid || !props.some((p) => p?.name === 'BEGIN' && /^(STANDARD|DAYLIGHT)$/i.test(p.value.trim()))) continue;
    const alias = props.find((p) => p?.name === 'X-LIC-LOCATION')?.value.trim();
    try {
      const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(block.lines.map((l) => l.text).join('\r\n'))));
      if (!Number.isFinite(ICAL.Time.fromData({ year: 2000, month: 1, day: 1 }, zone).toUnixTime())) throw new Error('no offsets');
      zones.set(tzid, alias && isIanaZone(alias) ? { zone, alias } : { zone });
    } catch {
      issues.push(warning(block.line, `Line ${block.line}: could not read the time zone "${tzid}"; times in it are read by its name if possible.`));
    }
  }
  return zones;
}

interface UidGroup {
  uid: string;
  masters: (RawEvent & { start: IcsTime })[];
  overrides: (RawEvent & { recurrenceId: IcsTime })[];
}

function groupByUid(events: RawEvent[], issues: ImportIssue[]): UidGroup[] {
  const groups = new Map<string, UidGroup>();
  for (const event of events) {
    const garbled = replacementCharWarning([event.summary, event.description, event.location], event.line, `The event "${event.summary ?? ''}"`);
    if (garbled) issues.push(garbled);
    const uid = event.uid ?? generatedUid(event);
    const group = groups.get(uid) ?? { uid, masters: [], overrides: [] };
    groups.set(uid, group);
    if (event.recurrenceId) group.overrides.push({ ...event, recurrenceId: event.recurrenceId });
    else if (event.start) group.masters.push({ ...event, start: event.start });
    else issues.push(error(event.line, `Line ${event.line}: the event${event.summary ? ` "${event.summary}"` : ''} has no readable start (DTSTART), so it was not imported.`));
  }
  return [...groups.values()];
}

/** Stable across re-imports of the same file, so an event without UID is not duplicated. */
function generatedUid(event: RawEvent): string {
  let hash = 0x811c9dc5;
  for (const ch of `${event.summary ?? ''}|${JSON.stringify(event.start ?? event.recurrenceId)}`) {
    hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return `generated-${hash.toString(16)}`;
}

const isRepeating = (e: RawEvent): boolean => e.rrules.length > 0 || e.rdates.length > 0;

function emitGroup(group: UidGroup, ctx: ExpandContext, out: EventCollector): void {
  const idOf = (t: IcsTime, series: Series): string => occurrenceOf(t, series, ctx.zones).id;
  const series = group.masters.find((m) => isRepeating(m) && !m.cancelled);
  for (const master of group.masters) {
    if (master.cancelled) continue;
    if (master === series) {
      const skip = new Set([...master.exdates, ...group.overrides.map((o) => o.recurrenceId)].map((t) => idOf(t, master)));
      for (const occurrence of expandSeries(master, skip, ctx)) out.add(group.uid, master, occurrence, true);
      continue;
    }
    // A one-off with an override of itself shows as the override only.
    const ownId = idOf(master.start, master);
    if (!group.overrides.some((o) => idOf(o.recurrenceId, master) === ownId)) {
      out.add(group.uid, master, occurrenceOf(master.start, master, ctx.zones), false);
    }
  }
  for (const override of group.overrides) {
    if (override.cancelled) continue;
    const own: Series = { ...override, start: override.start ?? override.recurrenceId };
    const occurrence = occurrenceOf(own.start, own, ctx.zones);
    // An override of an expanded series is an occurrence and follows the window; an orphan is a one-off.
    if (series && (occurrence.ms < ctx.from || occurrence.ms >= ctx.to)) continue;
    const id = idOf(override.recurrenceId, series ?? { ...own, start: override.recurrenceId });
    out.add(group.uid, own, occurrence, Boolean(series), id);
  }
}

/** Builds the output records, with the cap on expanded occurrences. */
class EventCollector {
  private readonly records: { ms: number; event: ParsedCalendarEvent }[] = [];
  private readonly spans = new WeakMap<Series, { days: number } | { ms: number } | null>();
  private expanded = 0;

  constructor(
    private readonly zones: ZoneResolver,
    private readonly maxOccurrences: number,
    private readonly issues: ImportIssue[],
  ) {}

  add(uid: string, source: Series, occurrence: Occurrence, expanded: boolean, recurrenceId = expanded ? occurrence.id : undefined): void {
    if (expanded && ++this.expanded > this.maxOccurrences) {
      if (this.expanded === this.maxOccurrences + 1) {
        this.issues.push(warning(source.line, `More than ${this.maxOccurrences.toLocaleString('en-GB')} repeating occurrences fall in the date range; the rest were left out. Choose a shorter range.`));
      }
      return;
    }
    const allDay = occurrence.start.kind === 'date';
    const start: EventTime = allDay ? { date: occurrence.id } : { instant: occurrence.id };
    const event: ParsedCalendarEvent = { line: source.line, uid, summary: source.summary ?? '', start, allDay };
    if (recurrenceId !== undefined) event.recurrenceId = recurrenceId;
    if (source.location) event.location = source.location;
    if (source.description) event.description = source.description;
    const end = this.end(source, occurrence);
    if (end) event.end = end;
    this.records.push({ ms: occurrence.ms, event });
  }

  /** The source's length (DTEND or DURATION) applied to this occurrence. */
  private end(source: Series, occurrence: Occurrence): EventTime | undefined {
    let span = this.spans.get(source);
    if (span === undefined) {
      span = this.span(source) ?? null;
      this.spans.set(source, span);
    }
    if (span === null) return undefined;
    if ('days' in span) return { date: dateString(addDays(occurrence.start.wall, span.days)) };
    const end = new Date(occurrence.ms + span.ms);
    return Number.isNaN(end.getTime()) ? undefined : { instant: end.toISOString() };
  }

  /** Measured once per VEVENT, so a bad end is reported once, not for every occurrence. */
  private span(source: Series): { days: number } | { ms: number } | undefined {
    const { start, end, line } = source;
    if (end && (end.kind === 'date') !== (start.kind === 'date')) {
      this.issues.push(warning(line, `Line ${line}: the event's end is ${end.kind === 'date' ? 'a date' : 'a time'} but its start is not; the end was left out.`));
      return undefined;
    }
    const length = end
      ? start.kind === 'date'
        ? daysBetween(start.wall, end.wall) * 86_400_000
        : this.zones.toMs(end, line) - this.zones.toMs(start, line)
      : source.durationSeconds === undefined
        ? undefined
        : source.durationSeconds * 1000;
    if (length === undefined || !Number.isFinite(length)) return undefined;
    if (length < 0) {
      this.issues.push(warning(line, `Line ${line}: the event ends before it starts; the end was left out.`));
      return undefined;
    }
    if (start.kind !== 'date') return { ms: length };
    const days = Math.floor(length / 86_400_000);
    return days > 0 ? { days } : undefined;
  }

  sorted(): ParsedCalendarEvent[] {
    return this.records.sort((a, b) => a.ms - b.ms).map((r) => r.event);
  }
}
