import { z } from 'zod';
import type { Briefing } from '../../briefing/briefing.ts';
import type { Dashboard, DashboardVisitsPage } from '../../briefing/dashboard.ts';
import { DASHBOARD_LISTS, DASHBOARD_VISIT_LISTS, type DashboardPage } from '../../briefing/dashboard-paging.ts';
import { assertTimeZone } from '../../dates/time-zone.ts';
import { CalendarDate, Id, Instant, Locale } from './common.ts';

export type { Briefing, Dashboard, DashboardPage, DashboardVisitsPage };

const validZone = (zone: string) => {
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
};

/** The reader's clock, time zone and locale; the clock and zone default to the machine's, the locale to en-GB. */
const readerFields = {
  now: Instant.optional(),
  timeZone: z.string().refine(validZone, { message: 'Unknown time zone: use an IANA name such as "Europe/London".' }).optional(),
  locale: Locale.optional(),
};

export const BriefingForVisit = z.object({ id: Id, ...readerFields, itemsPerSection: z.number().int().min(1).max(50).optional() }).strict();
export const BriefingNext = z.object({ ...readerFields }).strict().default({});

export const DashboardGet = z
  .object({
    ...readerFields,
    /** First and last day of the visits range, both included (default: today and the next 6 days). */
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
  })
  .strict()
  .default({})
  .refine((d) => !d.from || !d.to || d.from <= d.to, { message: 'The range ends before it starts.', path: ['to'] })
  .refine((d) => !d.from || !d.to || Date.parse(d.to) - Date.parse(d.from) <= 92 * 86_400_000, { message: 'Show at most three months at once.', path: ['to'] });

const rangeFields = {
  ...readerFields,
  /** First and last day of the visits range, both included (default: today and the next 6 days). */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
};

/** "Show N more": the next page of one dated list of the dashboard. */
export const DashboardMore = z
  .object({
    ...rangeFields,
    list: z.enum(DASHBOARD_LISTS),
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine((d) => !d.from || !d.to || d.from <= d.to, { message: 'The range ends before it starts.', path: ['to'] });

/** "Show N more" under Today or This week: the next page of one visit list of the dashboard. */
export const DashboardMoreVisits = z
  .object({
    ...rangeFields,
    list: z.enum(DASHBOARD_VISIT_LISTS),
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine((d) => !d.from || !d.to || d.from <= d.to, { message: 'The range ends before it starts.', path: ['to'] });

export const CatchUpDismiss = z.object({ at: Instant.optional() }).strict().default({});

export interface NextBriefing {
  /** The next planned visit's briefing, or null when nothing is planned. */
  briefing: Briefing | null;
}
