import { useMemo } from 'react';
import type { CalendarDate, PreciseDate } from '../../../src/dates/calendar-date.ts';
import { useFormat } from '../../settings/format.ts';

/**
 * Short day names for lists ("Thu 26 Nov", with the year when it is not this year's); a
 * month-precise date shows only its month.
 */
export function useDayLabels() {
  const format = useFormat();
  return useMemo(() => {
    const thisYear = format.today().slice(0, 4);
    return {
      short: (on: PreciseDate) => (on.precision !== 'day' ? format.precise(on) : on.date.startsWith(thisYear) ? format.dates.weekdayDayMonth(on.date) : format.dates.dayMonth(on.date, true)),
      long: (date: CalendarDate) => format.dates.weekdayLong(date),
    };
  }, [format]);
}
