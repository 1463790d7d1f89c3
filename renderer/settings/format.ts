import { useMemo } from 'react';
import type { CalendarDate, DatePrecision, PreciseDate } from '../../src/dates/calendar-date.ts';
import { describeWhen } from '../../src/dates/phrases.ts';
import { localDateOf, todayIn } from '../../src/dates/time-zone.ts';
import type { Settings } from './settings.ts';
import { useSettings } from './SettingsContext.tsx';

export const PRECISION_LABEL: Record<DatePrecision, string> = { day: 'exact day', month: 'month only', year: 'year only' };

const DATE_STYLES: Record<Exclude<Settings['dateFormat'], 'iso'>, Intl.DateTimeFormatOptions> = {
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** A calendar date as a UTC-midnight Date, formatted in UTC so no zone can shift the day. */
const utcDay = (date: CalendarDate): Date => new Date(`${date}T00:00:00Z`);

export interface Formatter {
  /** A calendar date in the chosen format: "14 Jul 2026". */
  date(date: CalendarDate): string;
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
}

export function createFormatter(settings: Settings, now: () => Date = () => new Date()): Formatter {
  const { locale, dateFormat, timeZone } = settings;
  const dayFormat = dateFormat === 'iso' ? null : new Intl.DateTimeFormat(locale, { ...DATE_STYLES[dateFormat], timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });

  const date = (d: CalendarDate) => (dayFormat ? dayFormat.format(utcDay(d)) : d);
  const precise = ({ date: d, precision }: PreciseDate) =>
    precision === 'day' ? date(d) : precision === 'month' ? (dateFormat === 'iso' ? d.slice(0, 7) : monthFormat.format(utcDay(d))) : d.slice(0, 4);
  const today = () => todayIn(now(), timeZone);
  const dayOf = (iso: string) => localDateOf(iso, timeZone);
  const time = (iso: string) => timeFormat.format(new Date(iso));

  return {
    date,
    precise,
    preciseWithDistance: (value) => {
      const phrase = describeWhen(value, today());
      // "in March" or "on 2 Nov" would only repeat the date itself.
      return /^on |^in \D/.test(phrase) ? precise(value) : `${precise(value)} (${phrase})`;
    },
    instant: (iso) => `${date(dayOf(iso))}, ${time(iso)}`,
    time,
    dayOf,
    today,
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
