import {
  buildDashboardList,
  buildDashboardVisits,
  byDay,
  DASHBOARD_LISTS,
  type Dashboard,
  type DashboardList,
  type DashboardOptions,
  type DashboardVisitList,
  type DashboardVisitsPage,
  type DatedItem,
} from '../../src/briefing/dashboard.ts';
import { DASHBOARD_PAGE, datedItemKey, type DashboardPage } from '../../src/briefing/dashboard-paging.ts';
import type { DashboardSnapshot } from '../../src/briefing/snapshot.ts';
import { CATCH_UP_DATES_DAYS, DASHBOARD_AHEAD_DAYS } from '../../src/briefing/windows.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { localDateOf, todayIn } from '../../src/dates/time-zone.ts';
import { pastRhythmTest } from '../../src/briefing/dashboard-rhythm.ts';
import type { DashboardStatements } from './dashboard-statements.ts';
import { isReadableInstant } from './rows.ts';
import { gatherVisits } from './gather-visit.ts';
import {
  datedIdsBetween,
  emptySnapshot,
  pagedDatesBetween,
  gatherDated,
  gatherFollowUps,
  gatherLossesToRank,
  mergeSnapshots,
  toFollowUp,
  type DashboardWindow,
  type DatedIds,
} from './gather-dashboard.ts';
import type { BriefingStatements } from './statements.ts';
import { startOfLocalDay } from './window.ts';

/**
 * The dashboard a page at a time. Home shows five items per list, so no list is ever built in
 * full: a lean pass ranks and counts a list's items from only what decides them (SQL keeps or
 * drops birthdays and celebrations; the engine ranks the few losses, rhythms, unlogged visits and
 * came-due follow-ups from rows without their context), and a second pass gathers the full
 * context for the one page asked for and words it with the engine. Follow-ups need no lean pass:
 * SQL pages and counts them in due order.
 */

const json = (ids: Iterable<number>) => JSON.stringify([...ids]);
const UNLOGGED_DAYS = 60;

interface Reading {
  readonly options: DashboardOptions;
  readonly window: DashboardWindow;
  readonly today: CalendarDate;
}

/** What a page's items are about, to gather their full context. */
function refsOf(items: readonly DatedItem[]) {
  const refs = { people: new Set<number>(), events: new Set<number>(), followUps: new Set<number>(), visits: new Set<number>(), clients: new Set<number>() };
  for (const item of items)
    for (const r of item.about) {
      if (r.type === 'person') refs.people.add(r.id);
      else if (r.type === 'event') refs.events.add(r.id);
      else if (r.type === 'follow-up') refs.followUps.add(r.id);
      else if (r.type === 'visit') refs.visits.add(r.id);
      else if (r.type === 'client') refs.clients.add(r.id);
    }
  return refs;
}

export function dashboardLists(q: DashboardStatements, v: BriefingStatements) {
  const dated = (ids: DatedIds, r: Reading, context: boolean, placeOnly = false) => gatherDated(q, v, ids, r.window.now, context, placeOnly);

  /** Clients whose rhythm may make them due by `through` (a day of slack either side for time zones). */
  const rhythmCandidates = (r: Reading, through: CalendarDate) =>
    q.rhythmDueBefore.all({ dueBefore: startOfLocalDay(addDays(through, 2), r.options.timeZone), now: r.window.now });

  /**
   * Clients whose rhythm fell due after `openedDay` and by today (the catch-up's): a bounded range
   * of the next-due index, with a day of slack either side for time zones; none when opened today.
   */
  const cameDueSince = (r: Reading, openedDay: CalendarDate) =>
    openedDay >= r.today
      ? []
      : q.rhythmDueBetween.all({
          dueFrom: startOfLocalDay(openedDay, r.options.timeZone),
          dueBefore: startOfLocalDay(addDays(r.today, 2), r.options.timeZone),
          now: r.window.now,
        });

  /**
   * The clients past their rhythm, at least the first `reach` ranked, and how many there are,
   * without wording them all: the next-due index gives them soonest due first. Its key (the last
   * contact's instant plus the rhythm's days) can disagree with the local due day only by a
   * clock change (under a day), so whatever lies a day or more before today's start is past
   * due, counted in the index; only the few within a day of it are judged one by one.
   */
  const pastRhythmRanked = (r: Reading, reach: number): { ranked: DatedItem[]; total: number } => {
    const tz = r.options.timeZone;
    const candidatesBefore = startOfLocalDay(addDays(r.today, 2), tz);
    const soonest = q.rhythmDueFirst.all({ dueBefore: candidatesBefore, limit: reach, now: r.window.now });
    // Fewer than a page of candidates: they are all there is.
    if (soonest.length < reach) return all(engine('pastRhythm', { ...emptySnapshot(), clients: soonest }, r));
    const certainBefore = startOfLocalDay(addDays(r.today, -1), tz);
    const nearEdge = q.rhythmFactsBetween.all({ dueFrom: certainBefore, dueBefore: candidatesBefore }).filter(pastRhythmTest(r.today, tz));
    const total = (q.rhythmDueCount.get({ dueBefore: certainBefore })?.n ?? 0) + nearEdge.length;
    const first = engine('pastRhythm', { ...emptySnapshot(), clients: soonest }, r);
    if (first.length < reach) return { ranked: engine('pastRhythm', { ...emptySnapshot(), clients: rhythmCandidates(r, r.today) }, r), total };
    // Everyone due by the last of those days (ties are ranked by the engine), with two days' slack for clock changes.
    const lastDue = first.reduce((latest, item) => (item.on.date > latest ? item.on.date : latest), first[0]!.on.date);
    return { ranked: engine('pastRhythm', { ...emptySnapshot(), clients: rhythmCandidates(r, lastDue) }, r), total };
  };

  const catchUpFrom = (r: Reading): CalendarDate | null => {
    const opened = r.options.lastOpenedAt;
    if (opened === null) return null;
    const openedDay = localDateOf(opened, r.options.timeZone);
    const earliest = addDays(r.today, -CATCH_UP_DATES_DAYS);
    return openedDay > earliest ? openedDay : earliest;
  };

  const engine = (list: DashboardList, snapshot: DashboardSnapshot, r: Reading) => buildDashboardList(list, snapshot, r.options);

  const all = (items: DatedItem[]) => ({ ranked: items, total: items.length });

  /**
   * A list's items ranked, at least its first `reach`, and how many it has in all; worded only as
   * far as ranking needs.
   */
  const lean = (list: Exclude<DashboardList, 'followUps' | 'renewals' | 'dates'>, r: Reading, reach: number): { ranked: DatedItem[]; total: number } => {
    switch (list) {
      case 'mindful':
        return all(engine(list, gatherLossesToRank(v, datedIdsBetween(q, r.today, addDays(r.today, DASHBOARD_AHEAD_DAYS), true)), r));
      case 'pastRhythm':
        return pastRhythmRanked(r, reach);
      case 'catchUp': {
        const from = catchUpFrom(r);
        if (from === null || r.options.lastOpenedAt === null) return all([]);
        const opened = r.options.lastOpenedAt.toISOString();
        const followUps = q.followUpsCameDue.all({ after: opened, through: r.window.now }).filter((f) => isReadableInstant(f.dueAt)).map(toFollowUp);
        const since = new Date(Date.parse(r.window.now) - UNLOGGED_DAYS * 86_400_000).toISOString();
        const unloggedVisits = q.unlogged.all({ now: r.window.now, since }).filter((u) => isReadableInstant(u.startsAt)).map((u) => ({ ...u, expectedAttendeeIds: [] }));
        const named = new Set([...followUps.map((f) => f.clientId), ...unloggedVisits.map((u) => u.clientId)]);
        const yesterday = addDays(r.today, -1);
        // Losses go through the engine; birthdays and celebrations are counted by SQL, and only the
        // first `reach` of them read (only those known to the day can have passed).
        const passed = from < yesterday ? pagedDatesBetween(q, { from: addDays(from, 1), to: yesterday }, r.today, 0, reach, true) : { total: 0, items: [] };
        const rest = mergeSnapshots(dated(datedIdsBetween(q, from, yesterday, true), r, false), {
          ...emptySnapshot(),
          followUps,
          unloggedVisits,
          clients: [...cameDueSince(r, localDateOf(r.options.lastOpenedAt, r.options.timeZone)), ...q.clientsByIds.all({ ids: json(named), now: r.window.now })],
        });
        const losses = engine(list, rest, r);
        return { ranked: [...losses, ...passed.items].sort(byDay), total: losses.length + passed.total };
      }
    }
  };

  /**
   * The full context of the items on one page. `withRelatives`: also everyone one relationship
   * away from the people the items name (a loss's mindful date names those close to whoever died,
   * each placed by their own relationship to someone with a role).
   */
  const full = (items: readonly DatedItem[], r: Reading, withRelatives = false): DashboardSnapshot => {
    const refs = refsOf(items);
    if (withRelatives) for (const rel of v.relationshipsOf.all({ ids: json(refs.people) })) refs.people.add(rel.aId).add(rel.bId);
    const followUps = refs.followUps.size === 0 ? emptySnapshot() : gatherFollowUps(q, v, q.followUpsByIds.all({ ids: json(refs.followUps) }), r.window.now);
    const unloggedVisits = q.unloggedByIds.all({ ids: json(refs.visits) }).map((u) => ({ ...u, expectedAttendeeIds: [] }));
    return mergeSnapshots(dated({ people: refs.people, events: refs.events }, r, true, withRelatives), followUps, {
      ...emptySnapshot(),
      unloggedVisits,
      clients: q.clientsByIds.all({ ids: json(refs.clients), now: r.window.now }),
    });
  };

  const page = (list: DashboardList, offset: number, limit: number, r: Reading): DashboardPage => {
    if (list === 'followUps') {
      const dueBy = r.window.visitsTo;
      const rows = q.followUpsPage.all({ dueBy, limit, offset });
      const total = q.followUpsCount.get({ dueBy })?.n ?? 0;
      return { list, offset, total, items: buildDashboardList(list, gatherFollowUps(q, v, rows, r.window.now), r.options) };
    }
    if (list === 'renewals') {
      const renewals = q.renewalsPage.all({ today: r.today, limit, offset });
      const total = q.renewalsCount.get({ today: r.today })?.n ?? 0;
      const snapshot = { ...emptySnapshot(), renewals, clients: q.clientsByIds.all({ ids: json(new Set(renewals.map((f) => f.clientId))), now: r.window.now }) };
      return { list, offset, total, items: buildDashboardList(list, snapshot, r.options) };
    }
    if (list === 'dates') {
      // SQL counts the dates by day; only the days this page reaches are read and ranked.
      const dates = pagedDatesBetween(q, { from: r.today, to: addDays(r.today, DASHBOARD_AHEAD_DAYS) }, r.today, offset, limit);
      return { list, offset, total: dates.total, items: worded(list, dates.items, r) };
    }
    const { ranked, total } = lean(list, r, offset + limit);
    return { list, offset, total, items: worded(list, ranked.slice(offset, offset + limit), r) };
  };

  /** The items of one page as the engine words them, with the full context of only those items. */
  const worded = (list: DashboardList, shown: readonly DatedItem[], r: Reading): DatedItem[] => {
    if (shown.length === 0) return [];
    const byKey = new Map(buildDashboardList(list, full(shown, r, list === 'mindful'), r.options).map((item) => [datedItemKey(item), item]));
    return shown.map((item) => byKey.get(datedItemKey(item)) ?? item);
  };

  const reading = (options: DashboardOptions, window: DashboardWindow): Reading => ({ options, window, today: todayIn(options.now, options.timeZone) });

  /**
   * The ids on each visit list, in the order shown (by start, then id): only when and whether
   * cancelled are read, so a busy week costs a briefing per visit shown, not per visit planned.
   */
  const visitIds = (r: Reading): Record<DashboardVisitList, number[]> => {
    const lists: Record<DashboardVisitList, { id: number; at: number }[]> = { visitsToday: [], visitsThisWeek: [] };
    for (const row of q.visitTimesBetween.all({ from: r.window.visitsFrom, to: r.window.visitsTo })) {
      if (row.status === 'cancelled' || !isReadableInstant(row.startsAt)) continue;
      const day = localDateOf(row.startsAt, r.options.timeZone);
      if (day < r.today || day < r.options.from || day > r.options.to) continue;
      lists[day === r.today ? 'visitsToday' : 'visitsThisWeek'].push({ id: row.id, at: Date.parse(row.startsAt) });
    }
    const ordered = (rows: { id: number; at: number }[]) => rows.sort((a, b) => a.at - b.at || a.id - b.id).map((row) => row.id);
    return { visitsToday: ordered(lists.visitsToday), visitsThisWeek: ordered(lists.visitsThisWeek) };
  };

  /** The visits given, each with its briefing's first highlights, split into today and later. */
  const builtVisits = (ids: readonly number[], r: Reading) => buildDashboardVisits({ ...emptySnapshot(), visits: gatherVisits(v, ids) }, r.options);

  return {
    /** Home: the visits of the range and the first page of every list, with each list's total. */
    home(options: DashboardOptions, window: DashboardWindow): Dashboard {
      const r = reading(options, window);
      const pages = Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, page(list, 0, DASHBOARD_PAGE, r)])) as Record<
        DashboardList,
        DashboardPage
      >;
      const ids = visitIds(r);
      return {
        ...builtVisits([...ids.visitsToday.slice(0, DASHBOARD_PAGE), ...ids.visitsThisWeek.slice(0, DASHBOARD_PAGE)], r),
        followUps: pages.followUps.items,
        renewals: pages.renewals.items,
        dates: pages.dates.items,
        mindful: pages.mindful.items,
        pastRhythm: pages.pastRhythm.items,
        catchUp: pages.catchUp.items,
        totals: {
          ...(Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, pages[list].total])) as Record<DashboardList, number>),
          visitsToday: ids.visitsToday.length,
          visitsThisWeek: ids.visitsThisWeek.length,
        },
      };
    },

    /** One page of a visit list ("Show N more" under Today or This week). */
    visitsPage(list: DashboardVisitList, offset: number, limit: number, options: DashboardOptions, window: DashboardWindow): DashboardVisitsPage {
      const r = reading(options, window);
      const ids = visitIds(r)[list];
      const built = builtVisits(ids.slice(offset, offset + limit), r);
      return { list, offset, total: ids.length, visits: built[list] };
    },

    /** One page of one list ("Show N more"). */
    page(list: DashboardList, offset: number, limit: number, options: DashboardOptions, window: DashboardWindow): DashboardPage {
      return page(list, offset, limit, reading(options, window));
    },
  };
}
