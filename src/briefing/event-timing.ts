import { lifeEventType } from '../catalogue/life-events.ts';
import type { LifeEventType, Tone } from '../catalogue/life-events.ts';
import type { CalendarDate, PreciseDate } from '../dates/calendar-date.ts';
import { daysBetween, periodOf } from '../dates/calendar-date.ts';
import { describeOngoing, describeWhen, formatPrecise } from '../dates/phrases.ts';
import type { DateReader } from '../dates/date-format.ts';
import { instantMs } from '../dates/time-zone.ts';
import type { LifeEvent } from './snapshot.ts';

/** Where an event stands on a day, judged on whole periods so no day is ever invented. */
export type Phase = 'upcoming' | 'current' | 'past';

export interface EventTiming {
  readonly phase: Phase;
  /** Days until it starts (upcoming) or since it ended (past); 0 while current. */
  readonly days: number;
  readonly start: PreciseDate;
  readonly end: PreciseDate | null;
}

export const toneOf = (e: LifeEvent): Tone => e.toneOverride ?? lifeEventType(e.typeKey).tone;
export const typeOf = (e: LifeEvent): LifeEventType => lifeEventType(e.typeKey);

export function eventTiming(e: LifeEvent, day: CalendarDate): EventTiming {
  const start: PreciseDate = { date: e.date, precision: e.precision };
  const end: PreciseDate | null = e.endDate === null ? null : { date: e.endDate, precision: e.precision };
  const first = periodOf(start).first;
  if (day < first) return { phase: 'upcoming', days: daysBetween(day, first), start, end };
  const last = periodOf(end ?? start).last;
  if (e.ongoing || day <= last) return { phase: 'current', days: 0, start, end };
  return { phase: 'past', days: daysBetween(last, day), start, end };
}

export interface LastAsked {
  readonly atMs: number;
  readonly note: string | null;
}

/** The latest time it was asked about, ignoring records after `nowMs` (a briefing is as of now). */
export function lastAsked(e: LifeEvent, nowMs: number): LastAsked | null {
  let latest: LastAsked | null = null;
  for (const a of e.acknowledgements) {
    const atMs = instantMs(a.at);
    if (atMs <= nowMs && (latest === null || atMs > latest.atMs)) latest = { atMs, note: a.note };
  }
  return latest;
}

/** "surgery 2 Nov, ongoing", "born 3 weeks ago", "trip until 16 Nov", "illness ended last month". */
export function describeEventTiming(e: LifeEvent, timing: EventTiming, reader: DateReader): string {
  const word = typeOf(e).reasonWord;
  if (e.ongoing) return `${word} ${describeOngoing(timing.start, reader)}`;
  if (timing.end !== null && timing.phase === 'current') return `${word} until ${formatPrecise(timing.end, reader)}`;
  if (timing.end !== null && timing.phase === 'past') return `${word} ended ${describeWhen(timing.end, reader)}`;
  return `${word} ${describeWhen(timing.start, reader)}`;
}
