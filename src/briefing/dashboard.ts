import type { CalendarDate } from '../dates/calendar-date.ts';
import { addDays } from '../dates/calendar-date.ts';
import { describeDay } from '../dates/phrases.ts';
import { DEFAULT_LOCALE, dateFormat } from '../dates/date-format.ts';
import { assertTimeZone, instantMs, localDateOf, todayIn } from '../dates/time-zone.ts';
import type { Instant } from '../dates/time-zone.ts';
import type { BriefingSettings } from './briefing.ts';
import { reconcile } from './consequences.ts';
import { buildContext } from './context.ts';
import type { RuleContext } from './context.ts';
import { anniversaryDates, birthdayDates, mindfulDates, placeFinder } from './dashboard-dates.ts';
import type { DateRange, DatedItem } from './dashboard-dates.ts';
import { pastRhythmItems, rhythmItem, rhythmOf } from './dashboard-rhythm.ts';
import { renewalItems } from './renewals.ts';
import { buildBriefing } from './engine.ts';
import { followUpItem } from './follow-ups.ts';
import { DASHBOARD_LISTS, type DashboardList, type DashboardVisitList } from './dashboard-paging.ts';
import { missingCase } from './exhaustive.ts';
import { byPriority, priority, ref } from './items.ts';
import type { Item } from './items.ts';
import type { DashboardSnapshot, Id, Visit, VisitStatus } from './snapshot.ts';
import { CATCH_UP_DATES_DAYS, DASHBOARD_AHEAD_DAYS } from './windows.ts';

export type { DateRange, DatedItem } from './dashboard-dates.ts';

/** What buildDashboard returns: the week at a glance. */

export interface DashboardVisit {
  readonly visitId: Id;
  readonly clientId: Id;
  readonly clientName: string;
  readonly startsAt: Instant;
  readonly day: CalendarDate;
  /** Local wall-clock time, "09:30". */
  readonly time: string;
  readonly status: VisitStatus;
  readonly people: ReadonlyArray<{ readonly personId: Id; readonly name: string }>;
  /** The briefing's first highlights (planned visits only): what could hurt first. */
  readonly topItems: readonly Item[];
}

export interface Dashboard {
  readonly today: CalendarDate;
  readonly visitsToday: readonly DashboardVisit[];
  /** Visits after today up to the end of the range. */
  readonly visitsThisWeek: readonly DashboardVisit[];
  /** Open follow-ups due by the end of the range, overdue first, each with its context. */
  readonly followUps: readonly DatedItem[];
  /** Clients' licences, warranties and domains whose reminder has begun, the most overdue first. */
  readonly renewals: readonly DatedItem[];
  /** Birthdays and anniversaries of living people in the next 14 days. */
  readonly dates: readonly DatedItem[];
  /** Anniversaries of deaths in the next 14 days. */
  readonly mindful: readonly DatedItem[];
  /** Clients not seen for longer than their usual rhythm, longest overdue first. */
  readonly pastRhythm: readonly DatedItem[];
  /** What came due since the app was last opened, oldest first; empty on first opening. */
  readonly catchUp: readonly DatedItem[];
  /** How many items each list has in all; the lists above may hold only the first page. */
  readonly totals: Readonly<Record<DashboardList | DashboardVisitList, number>>;
}

/** One page of a visit list ("Show N more" under Today or This week), and how many it has in all. */
export interface DashboardVisitsPage {
  readonly list: DashboardVisitList;
  readonly offset: number;
  readonly total: number;
  readonly visits: readonly DashboardVisit[];
}

export interface DashboardOptions {
  readonly now: Date;
  readonly timeZone: string;
  /** The user's locale (BCP 47): dates and times in sentences are written its way (default en-GB). */
  readonly locale?: string;
  /** First and last day of the visits range (usually this week), both included. */
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** When the app was last opened; null on first opening (no catch-up). */
  readonly lastOpenedAt: Date | null;
  readonly settings?: BriefingSettings;
}

const TOP_ITEMS = 3;

/** The dashboard's order for dated items: by day, then by priority. */
export const byDay = (a: DatedItem, b: DatedItem): number => (a.on.date < b.on.date ? -1 : a.on.date > b.on.date ? 1 : byPriority(a, b));

function dashboardVisits(snapshot: DashboardSnapshot, options: DashboardOptions, today: CalendarDate): DashboardVisit[] {
  const clientNames = new Map(snapshot.clients.map((c) => [c.id, c.name]));
  return snapshot.visits
    .filter((s) => {
      const day = localDateOf(s.visit.startsAt, options.timeZone);
      return s.visit.status !== 'cancelled' && day >= today && day >= options.from && day <= options.to;
    })
    .map((s): DashboardVisit => {
      const briefing = buildBriefing(s, { now: options.now, timeZone: options.timeZone, ...(options.locale ? { locale: options.locale } : {}), settings: { ...options.settings, highlights: TOP_ITEMS } });
      return {
        visitId: s.visit.id,
        clientId: s.client.id,
        clientName: clientNames.get(s.client.id) ?? s.client.name,
        startsAt: s.visit.startsAt,
        day: briefing.day,
        time: dateFormat({ locale: options.locale ?? DEFAULT_LOCALE, timeZone: options.timeZone }).time(s.visit.startsAt),
        status: s.visit.status,
        people: briefing.people.map((p) => ({ personId: p.personId, name: p.name })),
        topItems: s.visit.status === 'planned' ? briefing.highlights : [],
      };
    })
    .sort((a, b) => instantMs(a.startsAt) - instantMs(b.startsAt) || a.visitId - b.visitId);
}

function unloggedVisitItem(v: Visit, clientName: string, ctx: RuleContext): DatedItem {
  const day = localDateOf(v.startsAt, ctx.timeZone);
  return {
    kind: 'unlogged-visit',
    text: `Log the visit to ${clientName}.`,
    reason: `visit ${describeDay(day, ctx)} at ${ctx.dates.time(v.startsAt)}, not logged yet`,
    about: [ref('visit', v.id), ref('client', v.clientId)],
    priority: priority(70),
    detail: null,
    on: { date: day, precision: 'day' },
  };
}

/** Birthdays and anniversaries in a range of days. */
function celebrationsIn(snapshot: DashboardSnapshot, range: DateRange, ctx: RuleContext): DatedItem[] {
  const clientNames = new Map(snapshot.clients.map((c) => [c.id, c.name]));
  return [...birthdayDates(snapshot.people, range, ctx, placeFinder(snapshot, ctx)), ...anniversaryDates(snapshot.lifeEvents, range, ctx, (id) => clientNames.get(id) ?? null)];
}

/** Mindful dates in a range of days. */
const mindfulIn = (snapshot: DashboardSnapshot, range: DateRange, ctx: RuleContext): DatedItem[] => mindfulDates(snapshot.people, snapshot.lifeEvents, range, ctx, placeFinder(snapshot, ctx));

/**
 * What came due while the app was closed: follow-ups, visits never logged, clients that
 * became due a visit, and (from the last two weeks only) dates that passed.
 */
function catchUp(snapshot: DashboardSnapshot, lastOpenedAt: Date, ctx: RuleContext, followUps: ReadonlyMap<Id, DatedItem>): DatedItem[] {
  const openedMs = instantMs(lastOpenedAt);
  const openedDay = localDateOf(lastOpenedAt, ctx.timeZone);
  const clientNames = new Map(snapshot.clients.map((c) => [c.id, c.name]));
  const cameDue = (at: Instant) => {
    const ms = instantMs(at);
    return ms > openedMs && ms <= ctx.nowMs;
  };
  const items: DatedItem[] = [];
  for (const f of snapshot.followUps) {
    const item = followUps.get(f.id);
    if (item !== undefined && cameDue(f.dueAt)) items.push(item);
  }
  for (const v of snapshot.unloggedVisits) if (cameDue(v.startsAt)) items.push(unloggedVisitItem(v, clientNames.get(v.clientId) ?? 'a client', ctx));
  for (const c of snapshot.clients) {
    const rhythm = rhythmOf(c, ctx.timeZone);
    if (rhythm !== null && rhythm.due > openedDay && rhythm.due <= ctx.today) items.push(rhythmItem(c, rhythm, ctx));
  }
  const from = addDays(openedDay > addDays(ctx.today, -CATCH_UP_DATES_DAYS) ? openedDay : addDays(ctx.today, -CATCH_UP_DATES_DAYS), 1);
  const to = addDays(ctx.today, -1);
  if (from <= to) {
    // Only dates known to the day can have passed on a day; a month is still in the look-ahead lists.
    items.push(...[...celebrationsIn(snapshot, { from, to }, ctx), ...mindfulIn(snapshot, { from, to }, ctx)].filter((i) => i.on.precision === 'day'));
  }
  return items.sort(byDay);
}

export { DASHBOARD_LISTS, DASHBOARD_VISIT_LISTS, type DashboardList, type DashboardVisitList } from './dashboard-paging.ts';

interface Prepared {
  readonly today: CalendarDate;
  readonly ctx: RuleContext;
  readonly followUps: ReadonlyMap<Id, DatedItem>;
}

function prepare(snapshot: DashboardSnapshot, options: DashboardOptions): Prepared {
  const { now, timeZone, to, locale = DEFAULT_LOCALE } = options;
  assertTimeZone(timeZone);
  const today = todayIn(now, timeZone);
  const ctx = buildContext(snapshot, { today, day: today, nowMs: instantMs(now), timeZone, dates: dateFormat({ locale, timeZone }) });
  const clientNames = new Map(snapshot.clients.map((c) => [c.id, c.name]));
  const followUps = new Map<Id, DatedItem>();
  for (const f of snapshot.followUps) {
    if (f.done || localDateOf(f.dueAt, timeZone) > to) continue;
    const person = f.personId === null ? null : (ctx.people.get(f.personId) ?? null);
    const item = followUpItem(f, person, clientNames.get(f.clientId) ?? 'a client', ctx, snapshot.roles, true);
    followUps.set(f.id, { ...item, on: { date: localDateOf(f.dueAt, timeZone), precision: 'day' } });
  }
  return { today, ctx, followUps };
}

function listOf(list: DashboardList, snapshot: DashboardSnapshot, options: DashboardOptions, { today, ctx, followUps }: Prepared): DatedItem[] {
  switch (list) {
    case 'followUps':
      return [...snapshot.followUps].sort((a, b) => instantMs(a.dueAt) - instantMs(b.dueAt) || a.id - b.id).flatMap((f) => followUps.get(f.id) ?? []);
    case 'renewals':
      return renewalItems(snapshot.renewals ?? [], new Map(snapshot.clients.map((c) => [c.id, c.name])), ctx);
    case 'dates':
      return celebrationsIn(snapshot, { from: today, to: addDays(today, DASHBOARD_AHEAD_DAYS) }, ctx).sort(byDay);
    case 'mindful':
      return mindfulIn(snapshot, { from: today, to: addDays(today, DASHBOARD_AHEAD_DAYS) }, ctx).sort(byDay);
    case 'pastRhythm':
      return pastRhythmItems(snapshot.clients, ctx).sort(byDay);
    case 'catchUp':
      return options.lastOpenedAt === null ? [] : catchUp(snapshot, options.lastOpenedAt, ctx, followUps);
    default:
      return missingCase(list, 'dashboard list');
  }
}

/**
 * One dated list, in the order it is shown: every item the snapshot holds for it. The gather
 * module pages a list by giving a snapshot of one page's rows (see db/briefing/dashboard-lists.ts).
 */
export function buildDashboardList(list: DashboardList, given: DashboardSnapshot, options: DashboardOptions): DatedItem[] {
  const snapshot: DashboardSnapshot = { ...given, ...reconcile(given) };
  return listOf(list, snapshot, options, prepare(snapshot, options));
}

/** Today, and the visits of the range with their first few items. */
export function buildDashboardVisits(snapshot: DashboardSnapshot, options: DashboardOptions): Pick<Dashboard, 'today' | 'visitsToday' | 'visitsThisWeek'> {
  assertTimeZone(options.timeZone);
  const today = todayIn(options.now, options.timeZone);
  const visits = dashboardVisits(snapshot, options, today);
  return { today, visitsToday: visits.filter((v) => v.day === today), visitsThisWeek: visits.filter((v) => v.day > today) };
}

/** The whole dashboard from one snapshot, every item of every list (totals are the lists' lengths). */
export function buildDashboard(given: DashboardSnapshot, options: DashboardOptions): Dashboard {
  const snapshot: DashboardSnapshot = { ...given, ...reconcile(given) };
  const prepared = prepare(snapshot, options);
  const lists = Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, listOf(list, snapshot, options, prepared)])) as Record<DashboardList, DatedItem[]>;
  const visits = buildDashboardVisits(snapshot, options);
  return {
    ...visits,
    ...lists,
    totals: {
      ...(Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, lists[list].length])) as Record<DashboardList, number>),
      visitsToday: visits.visitsToday.length,
      visitsThisWeek: visits.visitsThisWeek.length,
    },
  };
}
