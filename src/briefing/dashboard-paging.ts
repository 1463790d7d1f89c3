import type { DatedItem } from './dashboard-dates.ts';

/** The dated lists of the dashboard, each paged behind "Show N more". */
export const DASHBOARD_LISTS = ['followUps', 'renewals', 'dates', 'mindful', 'pastRhythm', 'catchUp'] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

/** The dashboard's visit lists (today, and the rest of the range), paged like the dated lists. */
export const DASHBOARD_VISIT_LISTS = ['visitsToday', 'visitsThisWeek'] as const;
export type DashboardVisitList = (typeof DASHBOARD_VISIT_LISTS)[number];

/** Items per dashboard list on Home; "Show N more" pages the rest. */
export const DASHBOARD_PAGE = 5;

/** One page of a dashboard list, and how many items the list has in all. */
export interface DashboardPage {
  readonly list: DashboardList;
  readonly offset: number;
  readonly total: number;
  readonly items: readonly DatedItem[];
}

const NAMING = new Set(['event', 'follow-up', 'visit', 'client-field']);

/**
 * Says which item this is, however much context it was built with: the kind, the day, and the
 * record it is about (the event, follow-up or visit if there is one, else the first it names).
 */
export function datedItemKey(item: DatedItem): string {
  const about = item.about.find((r) => NAMING.has(r.type)) ?? item.about[0];
  return `${item.kind}|${item.on.date}|${about === undefined ? '' : `${about.type}:${about.id}`}`;
}
