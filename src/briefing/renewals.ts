import { addDays, daysBetween } from '../dates/calendar-date.ts';
import { formatDay } from '../dates/phrases.ts';
import type { DatedItem } from './dashboard-dates.ts';
import type { RuleContext } from './context.ts';
import { priority, ref } from './items.ts';
import type { FieldReminder } from './snapshot.ts';

/**
 * Renewals: a client's own date field with a reminder ("Microsoft 365 renewal", 1 March, 30 days
 * before) becomes an item once its reminder has begun, and stays until the date is moved on (the
 * licence renewed) or the reminder taken off.
 */

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "in 30 days", "due tomorrow", "due today", "was due 3 days ago (renew or update the date)". */
function whenDue(daysLeft: number): string {
  if (daysLeft > 1) return `in ${days(daysLeft)}`;
  if (daysLeft === 1) return 'due tomorrow';
  if (daysLeft === 0) return 'due today';
  return `was due ${days(-daysLeft)} ago (renew or update the date)`;
}

/** Whether the reminder has begun by today. */
export const reminderBegun = (f: FieldReminder, today: string): boolean => addDays(f.date, -f.remindDaysBefore) <= today;

/** `clientName` names the client first, for lists that span clients (the dashboard). */
export function renewalItem(f: FieldReminder, clientName: string | null, ctx: RuleContext): DatedItem {
  const daysLeft = daysBetween(ctx.today, f.date);
  return {
    kind: 'renewal',
    text: `${clientName === null ? '' : `${clientName}: `}${f.label} ${whenDue(daysLeft)}.`,
    reason: `${daysLeft < 0 ? 'was due' : 'due'} ${formatDay(f.date, ctx)}; reminder from ${days(f.remindDaysBefore)} before`,
    about: [ref('client-field', f.id), ref('client', f.clientId)],
    // Overdue first, then the soonest.
    priority: priority(daysLeft < 0 ? 80 + Math.min(-daysLeft, 10) : 75 - Math.min(daysLeft, 60) / 3),
    detail: null,
    on: { date: f.date, precision: 'day' },
  };
}

/** The renewals whose reminder has begun, soonest (or most overdue) first. */
export function renewalItems(fields: readonly FieldReminder[], clientNames: ReadonlyMap<number, string> | null, ctx: RuleContext): DatedItem[] {
  return fields
    .filter((f) => reminderBegun(f, ctx.today))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((f) => renewalItem(f, clientNames === null ? null : (clientNames.get(f.clientId) ?? 'a client'), ctx));
}
