import { parseAbsolute, toCalendarDate } from '@internationalized/date';

export interface SnoozeChoice {
  id: string;
  label: string;
  days: number;
}

export const SNOOZE_CHOICES: readonly SnoozeChoice[] = [
  { id: 'day', label: 'A day later', days: 1 },
  { id: 'three-days', label: 'Three days later', days: 3 },
  { id: 'week', label: 'A week later', days: 7 },
];

/**
 * The new due time for "not now": `days` after the due day, or after today when it is already
 * overdue, at the same time of day on the user's clock (a 6 pm call stays a 6 pm call).
 */
export function snoozedDueAt(dueAt: string, days: number, timeZone: string, now: Date = new Date()): string {
  const due = parseAbsolute(dueAt, timeZone);
  const todayThere = toCalendarDate(parseAbsolute(now.toISOString(), timeZone));
  const dueDay = toCalendarDate(due);
  const from = dueDay.compare(todayThere) < 0 ? todayThere : dueDay;
  const target = from.add({ days });
  return due.set({ year: target.year, month: target.month, day: target.day }).toAbsoluteString();
}
