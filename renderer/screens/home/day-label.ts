import { useMemo } from 'react';
import type { CalendarDate, PreciseDate } from '../../../src/dates/calendar-date.ts';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';

/**
 * Short day names for lists ("Thu 26 Nov", with the year when it is not this year's); a
 * month-precise date shows only its month.
 */
export function useDayLabels() {
  const { settings } = useSettings();
  const format = useFormat();
  return useMemo(() => {
    // Calendar days are formatted at UTC midnight in UTC, so no zone can shift them.
    const utc = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);
    const short = new Intl.DateTimeFormat(settings.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    const withYear = new Intl.DateTimeFormat(settings.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const thisYear = format.today().slice(0, 4);
    const long = new Intl.DateTimeFormat(settings.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    return {
      short: (on: PreciseDate) => (on.precision !== 'day' ? format.precise(on) : (on.date.startsWith(thisYear) ? short : withYear).format(utc(on.date))),
      long: (date: CalendarDate) => long.format(utc(date)),
    };
  }, [settings.locale, format]);
}
