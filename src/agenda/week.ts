import { TZDate } from '@date-fns/tz/date';
import { addDays, dateParts, toNoonDate, type CalendarDate } from '../dates/calendar-date.ts';
import { instantMs, localDateOf } from '../dates/time-zone.ts';

/**
 * The agenda's calendar arithmetic: which day a week starts on, the instant of a slot on the
 * user's clock, and where a moved visit ends. Pure: the zone and the days are passed in.
 */

export const WEEK_STARTS = ['mon', 'sun', 'sat'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];
const WEEKDAY_NUMBER: Record<WeekStart, number> = { sun: 0, mon: 1, sat: 6 };

/** The first day of the week that holds `day`, for a week starting on `weekStart`. */
export function weekStartOn(day: CalendarDate, weekStart: WeekStart): CalendarDate {
  const back = (toNoonDate(day).getDay() - WEEKDAY_NUMBER[weekStart] + 7) % 7;
  return addDays(day, -back);
}

/** `count` days from `start`, in order. */
export function daysFrom(start: CalendarDate, count: number): CalendarDate[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

/** The UTC instant of a wall-clock time on a day in `timeZone` (DST included): 09:30 on 29 Mar in London. */
export function instantAtLocal(day: CalendarDate, hour: number, minute: number, timeZone: string): string {
  const { year, month, day: d } = dateParts(day);
  return new Date(new TZDate(year, month - 1, d, hour, minute, 0, timeZone).getTime()).toISOString();
}

/** The instant that starts `day` on the user's calendar. */
const startOfLocalDay = (day: CalendarDate, timeZone: string): string => instantAtLocal(day, 0, 0, timeZone);

/** Whole minutes since local midnight of the instant, on the user's clock. */
function localMinutes(instant: string, timeZone: string): number {
  const ms = instantMs(instant);
  return Math.round((ms - instantMs(startOfLocalDay(localDateOf(ms, timeZone), timeZone))) / 60_000);
}

export interface VisitTimes {
  startsAt: string;
  endsAt: string | null;
}

/** A visit moved to start at `startsAt`, keeping its length. */
export function movedTo(visit: VisitTimes, startsAt: string): VisitTimes {
  if (visit.endsAt === null) return { startsAt, endsAt: null };
  const length = instantMs(visit.endsAt) - instantMs(visit.startsAt);
  return { startsAt, endsAt: new Date(instantMs(startsAt) + length).toISOString() };
}

/** A visit moved to another day at the same wall-clock time (what dragging to another day does). */
export function movedToDay(visit: VisitTimes, day: CalendarDate, timeZone: string): VisitTimes {
  const minutes = localMinutes(visit.startsAt, timeZone);
  return movedTo(visit, instantAtLocal(day, Math.floor(minutes / 60), minutes % 60, timeZone));
}

/** A visit moved by whole days, or by minutes on the same day, on the user's clock. */
export function movedBy(visit: VisitTimes, { days = 0, minutes = 0 }: { days?: number; minutes?: number }, timeZone: string): VisitTimes {
  const day = addDays(localDateOf(visit.startsAt, timeZone), days);
  const at = Math.min(Math.max(localMinutes(visit.startsAt, timeZone) + minutes, 0), 24 * 60 - 15);
  return movedTo(visit, instantAtLocal(day, Math.floor(at / 60), at % 60, timeZone));
}
