import { LIFE_EVENT_TYPES, type LifeEventTypeKey } from '../catalogue/life-events.ts';
import { addDays, type CalendarDate, type DatePrecision } from '../dates/calendar-date.ts';
import { DEATH_TYPES, RELATIONSHIP_ENDING_TYPES, ROLE_ENDING_TYPES } from './consequences.ts';
import type { LifeEvent } from './snapshot.ts';
import { ASK_WINDOWS, BEREAVEMENT_DAYS, DEFAULT_ASK_WINDOW, GRIEF_SOFTENS_MAX_DAYS, PET_LOSS_DAYS, SENSITIVE_AFTER_DAYS } from './windows.ts';

/**
 * Which life events can still change a briefing for a given day. A client of twenty years has
 * hundreds of events; most are news long told (a trip three years ago). The gather reads only
 * those that can still matter, and the property test in event-relevance.test.ts holds the
 * engine to it: a briefing is the same, word for word, with or without the events left out.
 *
 * Always kept: yearly events (their anniversaries come round), events that change someone's
 * state (a death, a separation, a retirement: their consequences never expire), and ongoing
 * ones. Any other event matters until the longest window after it has passed.
 */

/** Types whose events matter however old they are. */
export const ALWAYS_MATTER_TYPES: ReadonlySet<string> = new Set<LifeEventTypeKey>([
  ...LIFE_EVENT_TYPES.filter((t) => t.recursYearly).map((t) => t.key),
  ...DEATH_TYPES,
  ...RELATIONSHIP_ENDING_TYPES,
  ...ROLE_ENDING_TYPES,
]);

/** The longest any rule looks back at a finished event, in days. */
export const MATTERS_FOR_DAYS = Math.max(
  BEREAVEMENT_DAYS,
  PET_LOSS_DAYS,
  SENSITIVE_AFTER_DAYS,
  GRIEF_SOFTENS_MAX_DAYS,
  DEFAULT_ASK_WINDOW.after,
  ...Object.values(ASK_WINDOWS).map((w) => w.after),
);

/** What relevance is judged on (a stored row's type is any string until it is read). */
export type RelevanceFacts = Pick<LifeEvent, 'date' | 'endDate' | 'precision' | 'ongoing'> & { readonly typeKey: string };

/** The first day an event must reach (its last day, at its precision) to matter on `day`. */
export const mattersSince = (day: CalendarDate): CalendarDate => addDays(day, -MATTERS_FOR_DAYS);

/**
 * The test of whether an event can still change a briefing for `day`, made once per day: an
 * event matters when its last day at its precision (of the later of its date and end: an end
 * typed before the start does not hide the start) is on or after `mattersSince(day)`. Compared
 * as stored dates, exactly as the gather's query compares them (storedMattersSince).
 */
export function matterTest(day: CalendarDate): (e: RelevanceFacts) => boolean {
  const since = storedMattersSince(day);
  return (e) => e.ongoing || ALWAYS_MATTER_TYPES.has(e.typeKey) || (e.endDate !== null && e.endDate > e.date ? e.endDate : e.date) >= since[e.precision];
}

/** Whether the event can still change a briefing for `day` (see matterTest). */
export const canStillMatter = (e: RelevanceFacts, day: CalendarDate): boolean => matterTest(day)(e);

/**
 * mattersSince as bounds on stored dates, one per precision: a month-precision date reaches the
 * bound when its month does (it may be stored as the month's first day), a year's when its year does.
 */
export function storedMattersSince(day: CalendarDate): Record<DatePrecision, CalendarDate> {
  const since = mattersSince(day);
  return { day: since, month: `${since.slice(0, 8)}01`, year: `${since.slice(0, 5)}01-01` };
}

/** mattersThrough for an event that never stops mattering: after every stored date. */
const MATTERS_ALWAYS = '9999-12-31';

/**
 * The last day an event can still matter from, as a stored date: kept on each of its links to a
 * person (life_event_people.matters_through, by the SQL function `event_matters_through`), so a
 * gather reads only the links of events that can matter on a day, never the rows of the others.
 * It never says less than matterTest: when an event matters on `day`, this is on or after
 * `mattersSince(day)` (a month-precision date counts to its month's last day, a year's to
 * 31 December). A change to ALWAYS_MATTER_TYPES needs a migration that works the links out again.
 */
export function mattersThrough(e: RelevanceFacts): string {
  if (e.ongoing || ALWAYS_MATTER_TYPES.has(e.typeKey)) return MATTERS_ALWAYS;
  const last = e.endDate !== null && e.endDate > e.date ? e.endDate : e.date;
  return e.precision === 'day' ? last : e.precision === 'month' ? `${last.slice(0, 7)}-31` : `${last.slice(0, 4)}-12-31`;
}
