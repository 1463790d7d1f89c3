import { buildBriefing } from '../../src/briefing/engine.ts';
import { dashboardStatements } from '../briefing/dashboard-statements.ts';
import { dashboardLists } from '../briefing/dashboard-lists.ts';
import { gatherVisit } from '../briefing/gather-visit.ts';
import { briefingStatements } from '../briefing/statements.ts';
import { dashboardWindow } from '../briefing/window.ts';
import { settingsRepository } from '../repositories/settings.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

/** Catch-up covers what came due after this instant; dismissing moves it to now. */
export const CATCH_UP_SINCE = 'catchUpSince';

const machineTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function briefingHandlers({ store, clock }: HandlerContext): DomainHandlers<'briefing'> & DomainHandlers<'dashboard'> {
  const visitQueries = briefingStatements(store.db);
  const lists = dashboardLists(dashboardStatements(store.db), visitQueries);
  const settings = settingsRepository(store.db, clock);
  const reader = (input: { now?: string | undefined; timeZone?: string | undefined }) => ({
    now: input.now ? new Date(input.now) : clock(),
    timeZone: input.timeZone ?? machineTimeZone(),
  });

  return {
    'briefing:forVisit': (input) => {
      const snapshot = gatherVisit(visitQueries, input.id);
      const settingsOverride = input.itemsPerSection ? { itemsPerSection: input.itemsPerSection } : undefined;
      return buildBriefing(snapshot, { ...reader(input), ...(settingsOverride ? { settings: settingsOverride } : {}) });
    },

    'briefing:next': (input) => {
      const { now, timeZone } = reader(input);
      const next = visitQueries.nextPlanned.get({ after: now.toISOString() });
      return { briefing: next ? buildBriefing(gatherVisit(visitQueries, next.id), { now, timeZone }) : null };
    },

    'dashboard:get': (input) => {
      const { now, timeZone } = reader(input);
      const window = dashboardWindow(now, timeZone, input.from, input.to);
      const since = settings.get<string>(CATCH_UP_SINCE);
      // First opening: nothing to catch up on; from now on, track what comes due.
      if (since === undefined) settings.set(CATCH_UP_SINCE, now.toISOString());
      return lists.home({ now, timeZone, from: window.from, to: window.to, lastOpenedAt: since ? new Date(since) : null }, window);
    },

    'dashboard:more': (input) => {
      const { now, timeZone } = reader(input);
      const window = dashboardWindow(now, timeZone, input.from, input.to);
      const since = settings.get<string>(CATCH_UP_SINCE);
      return lists.page(input.list, input.offset, input.limit, { now, timeZone, from: window.from, to: window.to, lastOpenedAt: since ? new Date(since) : null }, window);
    },

    'dashboard:dismissCatchUp': (input) => {
      const dismissedAt = input.at ?? clock().toISOString();
      settings.set(CATCH_UP_SINCE, dismissedAt);
      return { dismissedAt };
    },
  };
}
