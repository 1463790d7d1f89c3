import { buildBriefing } from '../../src/briefing/engine.ts';
import { dashboardStatements } from '../briefing/dashboard-statements.ts';
import { dashboardLists } from '../briefing/dashboard-lists.ts';
import { gatherVisit } from '../briefing/gather-visit.ts';
import { briefingStatements } from '../briefing/statements.ts';
import { dashboardWindow } from '../briefing/window.ts';
import { BRIEFING_PREFERENCES_KEY, readBriefingPreferences } from '../briefing/preferences.ts';
import { settingsRepository } from '../repositories/settings.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

/** Catch-up covers what came due after this instant; dismissing moves it to now. */
export const CATCH_UP_SINCE = 'catchUpSince';

const machineTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function briefingHandlers({ store, clock }: HandlerContext): DomainHandlers<'briefing'> & DomainHandlers<'dashboard'> & DomainHandlers<'briefingSettings'> {
  const visitQueries = briefingStatements(store.db);
  const lists = dashboardLists(dashboardStatements(store.db), visitQueries);
  const settings = settingsRepository(store.db, clock);
  const reader = (input: { now?: string | undefined; timeZone?: string | undefined; locale?: string | undefined }) => ({
    now: input.now ? new Date(input.now) : clock(),
    timeZone: input.timeZone ?? machineTimeZone(),
    ...(input.locale ? { locale: input.locale } : {}),
    settings: { griefSoftensDays: readBriefingPreferences(store.db, clock).griefSoftensDays },
  });

  return {
    'briefing:forVisit': (input) => {
      const snapshot = gatherVisit(visitQueries, input.id);
      const read = reader(input);
      return buildBriefing(snapshot, { ...read, settings: { ...read.settings, ...(input.itemsPerSection ? { itemsPerSection: input.itemsPerSection } : {}) } });
    },

    'briefing:next': (input) => {
      const read = reader(input);
      const next = visitQueries.nextPlanned.get({ after: read.now.toISOString() });
      return { briefing: next ? buildBriefing(gatherVisit(visitQueries, next.id), read) : null };
    },

    'dashboard:get': (input) => {
      const read = reader(input);
      const { now, timeZone } = read;
      const window = dashboardWindow(now, timeZone, input.from, input.to);
      const since = settings.get<string>(CATCH_UP_SINCE);
      // First opening: nothing to catch up on; from now on, track what comes due.
      if (since === undefined) settings.set(CATCH_UP_SINCE, now.toISOString());
      return lists.home({ ...read, from: window.from, to: window.to, lastOpenedAt: since ? new Date(since) : null }, window);
    },

    'dashboard:more': (input) => {
      const read = reader(input);
      const window = dashboardWindow(read.now, read.timeZone, input.from, input.to);
      const since = settings.get<string>(CATCH_UP_SINCE);
      return lists.page(input.list, input.offset, input.limit, { ...read, from: window.from, to: window.to, lastOpenedAt: since ? new Date(since) : null }, window);
    },

    'dashboard:moreVisits': (input) => {
      const read = reader(input);
      const window = dashboardWindow(read.now, read.timeZone, input.from, input.to);
      return lists.visitsPage(input.list, input.offset, input.limit, { ...read, from: window.from, to: window.to, lastOpenedAt: null }, window);
    },

    'briefingSettings:get': () => readBriefingPreferences(store.db, clock),
    'briefingSettings:save': (input) => {
      settings.set(BRIEFING_PREFERENCES_KEY, input);
      return readBriefingPreferences(store.db, clock);
    },

    'dashboard:dismissCatchUp': (input) => {
      const dismissedAt = input.at ?? clock().toISOString();
      settings.set(CATCH_UP_SINCE, dismissedAt);
      return { dismissedAt };
    },
  };
}
