/**
 * Expands a repeating event into its occurrences inside the caller's window, with ical.js
 * doing the RRULE arithmetic in wall-clock time and ZoneResolver turning each into an instant.
 */
import ICAL from 'ical.js';
import type { RawEvent } from './ics-event.ts';
import { alignTo, dateString, fromIcalTime, nominalMs, toIcalTime, type IcsTime } from './ics-time.ts';
import type { ZoneResolver } from './ics-zones.ts';
import { warning } from './text.ts';
import type { ImportIssue } from './types.ts';

/** How many rule steps one series may take, counting those before the window. */
export const MAX_STEPS_PER_SERIES = 50_000;
/** Zone offsets stay within a day of UTC, so a wall time this far outside the window is outside it. */
const DAY_MS = 86_400_000;

export interface ExpandContext {
  from: number;
  to: number;
  zones: ZoneResolver;
  issues: ImportIssue[];
  /** Rule steps left for the whole file, so many long series cannot stall the import. */
  budget: { steps: number; warned: boolean };
}

export interface Occurrence {
  start: IcsTime;
  ms: number;
  /** The occurrence's identity: its date for all-day series, its UTC instant otherwise. */
  id: string;
}

export type Series = RawEvent & { start: IcsTime };

/** The occurrence `t` stands for in this series, in the series' shape. */
export function occurrenceOf(t: IcsTime, series: Series, zones: ZoneResolver): Occurrence {
  const start = alignTo(t, series.start);
  const resolved = zones.toMs(start, series.line);
  // Wall times are validated, so this only guards against a zone library failing us.
  const ms = Number.isFinite(resolved) ? resolved : nominalMs(start.wall);
  return { start, ms, id: start.kind === 'date' ? dateString(start.wall) : new Date(ms).toISOString() };
}

/** Occurrences starting in [from, to), leaving out the ids in `skip` (EXDATEs and overridden ones). */
export function expandSeries(series: Series, skip: Set<string>, ctx: ExpandContext): Occurrence[] {
  const found = new Map<string, Occurrence>();
  const consider = (occurrence: Occurrence): void => {
    const { id, ms } = occurrence;
    if (ms >= ctx.from && ms < ctx.to && !skip.has(id)) found.set(id, occurrence);
  };
  for (const { line, recur } of series.rrules) {
    try {
      expandRule(series, recur, line, ctx, consider);
    } catch {
      // ical.js accepts some malformed rules (a bad UNTIL) and only fails while expanding them.
      ctx.issues.push(warning(line, `Line ${line}: the repeat rule could not be followed to the end; later occurrences were left out.`));
    }
  }
  for (const rdate of series.rdates) consider(occurrenceOf(rdate, series, ctx.zones));
  return [...found.values()].sort((a, b) => a.ms - b.ms);
}

function expandRule(series: Series, rule: ICAL.Recur, line: number, ctx: ExpandContext, consider: (o: Occurrence) => void): void {
  const pastUntil = untilTest(rule.until, series, ctx.zones);
  const recur = rule.clone();
  // UNTIL is checked here in UTC: ical.js would compare it with our floating wall times.
  recur.until = null;
  const iterator = recur.iterator(toIcalTime(series.start));
  for (let steps = 0; ; steps++) {
    if (steps >= MAX_STEPS_PER_SERIES || ctx.budget.steps <= 0) {
      warnTruncated(series, line, ctx, steps);
      return;
    }
    ctx.budget.steps--;
    const next = iterator.next();
    if (!next) return;
    const t = fromIcalTime(next, series.start);
    const nominal = nominalMs(t.wall);
    if (nominal - DAY_MS >= ctx.to || pastUntil.roughly(nominal)) return;
    if (nominal + DAY_MS < ctx.from) continue;
    const occurrence = occurrenceOf(t, series, ctx.zones);
    if (pastUntil.exactly(occurrence) || occurrence.ms >= ctx.to) return;
    consider(occurrence);
  }
}

interface UntilTest {
  /** True when a wall time is surely after UNTIL, without resolving its zone. */
  roughly(nominal: number): boolean;
  exactly(o: Occurrence): boolean;
}

/**
 * UNTIL as exporters write it: UTC (the standard), floating (meaning the series' zone),
 * or a date (the whole of that day; the only form all-day series compare).
 */
function untilTest(until: ICAL.Time | null, series: Series, zones: ZoneResolver): UntilTest {
  const never: UntilTest = { roughly: () => false, exactly: () => false };
  if (!until || !Number.isFinite(until.year)) return never;
  const wall = { year: until.year, month: until.month, day: until.day, hour: until.hour, minute: until.minute, second: until.second };
  if (series.start.kind === 'date') {
    const lastDay = nominalMs({ ...wall, hour: 0, minute: 0, second: 0 });
    return { roughly: (nominal) => nominal > lastDay, exactly: (o) => nominalMs(o.start.wall) > lastDay };
  }
  const end = until.isDate ? { ...wall, hour: 23, minute: 59, second: 59 } : wall;
  const isUtc = !until.isDate && until.zone === ICAL.Timezone.utcTimezone;
  const untilMs = zones.toMs(isUtc ? { kind: 'utc', wall: end } : { ...series.start, wall: end }, series.line);
  if (!Number.isFinite(untilMs)) return never;
  return { roughly: (nominal) => nominal - DAY_MS > untilMs, exactly: (o) => o.ms > untilMs };
}

function warnTruncated(series: Series, line: number, ctx: ExpandContext, steps: number): void {
  if (steps < MAX_STEPS_PER_SERIES) {
    if (!ctx.budget.warned) {
      ctx.issues.push(warning(line, `Line ${line}: the file repeats events too often to expand them all; later occurrences of this and following series were left out.`));
    }
    ctx.budget.warned = true;
    return;
  }
  const what = series.summary ? `"${series.summary}"` : 'this event';
  ctx.issues.push(warning(line, `Line ${line}: ${what} repeats more than ${MAX_STEPS_PER_SERIES.toLocaleString('en-GB')} times before or within the date range; later occurrences were left out.`));
}
