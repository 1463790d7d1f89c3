import { useMemo } from 'react';
import type { CalendarDate, DatePrecision, PreciseDate } from '../../src/dates/calendar-date.ts';
import { dateFormat, type DateFormat, type DateReader } from '../../src/dates/date-format.ts';
import { describeWhen, formatDay } from '../../src/dates/phrases.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import type { Settings } from './settings.ts';
import { useSettings } from './SettingsContext.tsx';

export const PRECISION_LABEL: Record<DatePrecision, string> = { day: 'exact day', month: 'month only', year: 'year only' };

/**
 * The screens' dates: the same formatter (src/dates/date-format.ts) the engine's sentences,
 * the command line and exports use, set to the user's locale, date format and time zone.
 */
export interface Formatter {
  /** The shared formatter itself, for phrases (`describeDay(day, format.reader())`). */
  readonly dates: DateFormat;
  /** A calendar date in the chosen format: "14 Jul 2026". */
  date(date: CalendarDate): string;
  /** Day and month as sentences write it, with the year when it is not this year's: "2 Nov", "Nov 2". */
  day(date: CalendarDate): string;
  /** Only the known part of a date: "14 Jul 2026", "March 2026", "2019". */
  precise(value: PreciseDate): string;
  /** The precise date plus how it relates to today: "14 Jul 2026 (2 days ago)". */
  preciseWithDistance(value: PreciseDate): string;
  /** An instant on the user's clock: "14 Jul 2026, 18:00". */
  instant(iso: string): string;
  time(iso: string): string;
  /** The calendar day an instant falls on for the user. */
  dayOf(iso: string): CalendarDate;
  today(): CalendarDate;
  /** Today and the formatter, as the phrases (describeDay, describeWhen) take them. */
  reader(today?: CalendarDate): DateReader;
}

export function createFormatter(settings: Settings, now: () => Date = () => new Date()): Formatter {
  const { locale, dateFormat: dateStyle, timeZone } = settings;
  const dates = dateFormat({ locale, timeZone, dateStyle });
  const today = () => todayIn(now(), timeZone);
  const reader = (on: CalendarDate = today()): DateReader => ({ today: on, dates });
  const precise = ({ date: d, precision }: PreciseDate) =>
    precision === 'day' ? dates.date(d) : precision === 'month' ? (dateStyle === 'iso' ? d.slice(0, 7) : dates.month(d, true)) : d.slice(0, 4);

  return {
    dates,
    date: dates.date,
    day: (d) => formatDay(d, reader()),
    precise,
    preciseWithDistance: (value) => {
      const phrase = describeWhen(value, reader());
      // "in March" or "on 2 Nov" would only repeat the date itself.
      return /^on |^in \D/.test(phrase) ? precise(value) : `${precise(value)} (${phrase})`;
    },
    instant: dates.instant,
    time: dates.time,
    dayOf: dates.dayOf,
    today,
    reader,
  };
}

/**
 * One formatter per set of settings for the whole page: making its Intl formats costs about a
 * millisecond, and a list of fifty rows would otherwise make them fifty times.
 */
const shared = new Map<string, Formatter>();
const sharedFormatter = (settings: Settings): Formatter => {
  // What createFormatter reads: the week's first day plays no part in it.
  const key = `${settings.locale}|${settings.dateFormat}|${settings.timeZone}`;
  let formatter = shared.get(key);
  if (formatter === undefined) {
    formatter = createFormatter(settings);
    shared.set(key, formatter);
  }
  return formatter;
};

export function useFormat(): Formatter {
  const { settings } = useSettings();
  return useMemo(() => sharedFormatter(settings), [settings]);
}
