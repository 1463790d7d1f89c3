import type { CalendarDate } from '../dates/calendar-date.ts';
import { addDays, daysBetween } from '../dates/calendar-date.ts';
import { describeDay } from '../dates/phrases.ts';
import { instantMs, localDateOf } from '../dates/time-zone.ts';
import { CONTACT_KIND_WORDS, type ContactKind } from '../contract/schemas/contacts.ts';
import type { RuleContext } from './context.ts';
import type { DatedItem } from './dashboard-dates.ts';
import { priority, ref } from './items.ts';
import type { DashboardClient } from './snapshot.ts';

/**
 * Clients not seen or spoken to for longer than their usual rhythm, counted from the last
 * completed visit or, when it came later, the last contact that counts (a call, an e-mail…).
 */

const rhythmPhrase = (days: number): string => (days === 7 ? 'week' : days % 7 === 0 ? `${days / 7} weeks` : `${days} days`);

export interface Rhythm {
  readonly rhythmDays: number;
  /** The day of the last visit, or of the last contact that counts when that came later. */
  readonly lastVisit: CalendarDate;
  /** What that last contact was, when it was not a visit. */
  readonly lastContactKind: ContactKind | null;
  /** The day the client became due a visit. */
  readonly due: CalendarDate;
}

/** Whether the rhythm counts from the last contact: it came after the last completed visit, or there was none. */
const countsFromContact = (contactAt: string, lastVisitAt: string | null): boolean => lastVisitAt === null || instantMs(contactAt) > instantMs(lastVisitAt);

/** Null when the client has no rhythm or was never visited nor contacted: there is nothing to count from. */
export function rhythmOf(c: DashboardClient, timeZone: string): Rhythm | null {
  if (c.rhythmDays === null) return null;
  const contact = c.lastContact ?? null;
  const fromContact = contact !== null && countsFromContact(contact.at, c.lastCompletedVisitAt);
  const last = fromContact ? contact.at : c.lastCompletedVisitAt;
  if (last === null) return null;
  const lastVisit = localDateOf(last, timeZone);
  return { rhythmDays: c.rhythmDays, lastVisit, lastContactKind: fromContact ? contact.kind : null, due: addDays(lastVisit, c.rhythmDays) };
}

/** What decides whether a client is past its rhythm: rhythmOf's inputs without the wording (the last contact's time, not yet its kind). */
export interface RhythmFacts {
  readonly rhythmDays: number | null;
  readonly lastCompletedVisitAt: string | null;
  readonly lastContactAt: string | null;
}

/**
 * Whether a client is past its rhythm on `today` (pastRhythmItems' test, as rhythmOf counts),
 * the test made once per day and zone: the day by which each length of rhythm must have begun
 * (`today` less that many days) is worked out once per length, so judging a client reads one
 * local day. A due day (the last day plus the rhythm) falls before today exactly when the last
 * day falls before today less the rhythm.
 */
export function pastRhythmTest(today: CalendarDate, timeZone: string): (c: RhythmFacts) => boolean {
  const startedBefore = new Map<number, CalendarDate>();
  return (c) => {
    if (c.rhythmDays === null) return false;
    const last = c.lastContactAt !== null && countsFromContact(c.lastContactAt, c.lastCompletedVisitAt) ? c.lastContactAt : c.lastCompletedVisitAt;
    if (last === null) return false;
    let before = startedBefore.get(c.rhythmDays);
    if (before === undefined) startedBefore.set(c.rhythmDays, (before = addDays(today, -c.rhythmDays)));
    return localDateOf(last, timeZone) < before;
  };
}

export function rhythmItem(c: DashboardClient, { rhythmDays, lastVisit, lastContactKind, due }: Rhythm, ctx: RuleContext): DatedItem {
  const booked = c.nextPlannedVisitAt === null ? null : `Next visit booked ${describeDay(localDateOf(c.nextPlannedVisitAt, ctx.timeZone), ctx)}.`;
  const daysOver = daysBetween(due, ctx.today);
  return {
    kind: 'past-rhythm',
    text: `Time to see ${c.name}: usually every ${rhythmPhrase(rhythmDays)}.`,
    reason: `${lastContactKind === null ? 'last visit' : `last ${CONTACT_KIND_WORDS[lastContactKind]}`} ${describeDay(lastVisit, ctx)}; due ${describeDay(due, ctx)}`,
    about: [ref('client', c.id)],
    // Already booked is less pressing than not booked at all.
    priority: priority(50 + Math.min(daysOver, 40) - (booked === null ? 0 : 30)),
    detail: booked,
    on: { date: due, precision: 'day' },
  };
}

/** Clients whose due day is before today. */
export function pastRhythmItems(clients: readonly DashboardClient[], ctx: RuleContext): DatedItem[] {
  return clients.flatMap((c) => {
    const rhythm = rhythmOf(c, ctx.timeZone);
    return rhythm !== null && rhythm.due < ctx.today ? [rhythmItem(c, rhythm, ctx)] : [];
  });
}
