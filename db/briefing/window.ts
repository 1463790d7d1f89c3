import { TZDate } from '@date-fns/tz/date';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import type { DashboardWindow } from './gather-dashboard.ts';

/** The instant a calendar day begins for someone living in `timeZone` (DST-aware). */
export function startOfLocalDay(day: CalendarDate, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime()).toISOString();
}

/** What the dashboard must read for a range of days seen from `now`. */
export function dashboardWindow(now: Date, timeZone: string, from?: CalendarDate, to?: CalendarDate): DashboardWindow & { from: CalendarDate; to: CalendarDate } {
  const today = todayIn(now, timeZone);
  const first = from ?? today;
  const last = to ?? addDays(first, 6);
  return {
    from: first,
    to: last,
    // The dashboard shows no visits before today, so none are read.
    visitsFrom: startOfLocalDay(first > today ? first : today, timeZone),
    visitsTo: startOfLocalDay(addDays(last, 1), timeZone),
    now: now.toISOString(),
  };
}
