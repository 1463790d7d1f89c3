import { buildDashboardList, buildDashboardVisits, DASHBOARD_LISTS, type Dashboard, type DashboardList, type DashboardOptions, type DatedItem } from '../../src/briefing/dashboard.ts';
import { DASHBOARD_PAGE, datedItemKey, type DashboardPage } from '../../src/briefing/dashboard-paging.ts';
import type { DashboardSnapshot } from '../../src/briefing/snapshot.ts';
import { CATCH_UP_DATES_DAYS, DASHBOARD_AHEAD_DAYS } from '../../src/briefing/windows.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { localDateOf, todayIn } from '../../src/dates/time-zone.ts';
import type { DashboardStatements } from './dashboard-statements.ts';
import { datedIdsBetween, emptySnapshot, gatherDashboardVisits, gatherDated, gatherFollowUps, mergeSnapshots, toFollowUp, type DashboardWindow, type DatedIds } from './gather-dashboard.ts';
import type { BriefingStatements } from './statements.ts';
import { startOfLocalDay } from './window.ts';

/**
 * The dashboard a page at a time. Home shows five items per list, so no list is ever built in
 * full: for each list a lean pass reads only what decides which items there are and their order
 * (the rows in the list's window, without the context that words them), the engine ranks those,
 * and a second pass gathers the full context for the one page asked for and words it. Follow-ups
 * need no lean pass: SQL pages and counts them in due order.
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
  const dated = (ids: DatedIds, r: Reading, context: boolean) => gatherDated(q, v, ids, r.window.now, context);

  /** Clients whose rhythm may make them due by `through` (a day of slack either side for time zones). */
  const rhythmCandidates = (r: Reading, through: CalendarDate) =>
    q.rhythmDueBefore.all({ dueBefore: startOfLocalDay(addDays(through, 2), r.options.timeZone), now: r.window.now });

  const catchUpFrom = (r: Reading): CalendarDate | null => {
    const opened = r.options.lastOpenedAt;
    if (opened === null) return null;
    const openedDay = localDateOf(opened, r.options.timeZone);
    const earliest = addDays(r.today, -CATCH_UP_DATES_DAYS);
    return openedDay > earliest ? openedDay : earliest;
  };

  /** Everything that decides which items a list has, without the context that words them. */
  const lean = (list: DashboardList, r: Reading): DashboardSnapshot => {
    switch (list) {
      case 'followUps':
        return emptySnapshot();
      case 'dates':
      case 'mindful':
        return dated(datedIdsBetween(q, r.today, addDays(r.today, DASHBOARD_AHEAD_DAYS)), r, false);
      case 'pastRhythm':
        return { ...emptySnapshot(), clients: rhythmCandidates(r, r.today) };
      case 'catchUp': {
        const from = catchUpFrom(r);
        if (from === null || r.options.lastOpenedAt === null) return emptySnapshot();
        const opened = r.options.lastOpenedAt.toISOString();
        const followUps = q.followUpsCameDue.all({ after: opened, through: r.window.now }).map(toFollowUp);
        const since = new Date(Date.parse(r.window.now) - UNLOGGED_DAYS * 86_400_000).toISOString();
        const unloggedVisits = q.unlogged.all({ now: r.window.now, since }).map((u) => ({ ...u, expectedAttendeeIds: [] }));
        const named = new Set([...followUps.map((f) => f.clientId), ...unloggedVisits.map((u) => u.clientId)]);
        return mergeSnapshots(dated(datedIdsBetween(q, from, addDays(r.today, -1)), r, false), {
          ...emptySnapshot(),
          followUps,
          unloggedVisits,
          clients: [...rhythmCandidates(r, r.today), ...q.clientsByIds.all({ ids: json(named), now: r.window.now })],
        });
      }
    }
  };

  /** The full context of the items on one page. */
  const full = (items: readonly DatedItem[], r: Reading): DashboardSnapshot => {
    const refs = refsOf(items);
    const followUps = refs.followUps.size === 0 ? emptySnapshot() : gatherFollowUps(q, v, q.followUpsByIds.all({ ids: json(refs.followUps) }), r.window.now);
    const unloggedVisits = q.unloggedByIds.all({ ids: json(refs.visits) }).map((u) => ({ ...u, expectedAttendeeIds: [] }));
    return mergeSnapshots(dated({ people: refs.people, events: refs.events }, r, true), followUps, {
      ...emptySnapshot(),
      unloggedVisits,
      clients: q.clientsByIds.all({ ids: json(refs.clients), now: r.window.now }),
    });
  };

  const page = (list: DashboardList, offset: number, limit: number, r: Reading, leanSnapshot?: DashboardSnapshot): DashboardPage => {
    if (list === 'followUps') {
      const dueBy = r.window.visitsTo;
      const rows = q.followUpsPage.all({ dueBy, limit, offset });
      const total = q.followUpsCount.get({ dueBy })?.n ?? 0;
      return { list, offset, total, items: buildDashboardList(list, gatherFollowUps(q, v, rows, r.window.now), r.options) };
    }
    const ranked = buildDashboardList(list, leanSnapshot ?? lean(list, r), r.options);
    const shown = ranked.slice(offset, offset + limit);
    if (shown.length === 0) return { list, offset, total: ranked.length, items: [] };
    const worded = new Map(buildDashboardList(list, full(shown, r), r.options).map((item) => [datedItemKey(item), item]));
    return { list, offset, total: ranked.length, items: shown.map((item) => worded.get(datedItemKey(item)) ?? item) };
  };

  const reading = (options: DashboardOptions, window: DashboardWindow): Reading => ({ options, window, today: todayIn(options.now, options.timeZone) });

  return {
    /** Home: the visits of the range and the first page of every list, with each list's total. */
    home(options: DashboardOptions, window: DashboardWindow): Dashboard {
      const r = reading(options, window);
      const dates = lean('dates', r);
      const pages = Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, page(list, 0, DASHBOARD_PAGE, r, list === 'dates' || list === 'mindful' ? dates : undefined)])) as Record<
        DashboardList,
        DashboardPage
      >;
      return {
        ...buildDashboardVisits({ ...emptySnapshot(), visits: gatherDashboardVisits(q, v, window) }, options),
        followUps: pages.followUps.items,
        dates: pages.dates.items,
        mindful: pages.mindful.items,
        pastRhythm: pages.pastRhythm.items,
        catchUp: pages.catchUp.items,
        totals: Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, pages[list].total])) as Record<DashboardList, number>,
      };
    },

    /** One page of one list ("Show N more"). */
    page(list: DashboardList, offset: number, limit: number, options: DashboardOptions, window: DashboardWindow): DashboardPage {
      return page(list, offset, limit, reading(options, window));
    },
  };
}
