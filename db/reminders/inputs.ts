import { buildDashboardList, buildDashboardVisits } from '../../src/briefing/dashboard.ts';
import { addDays } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import type { ReminderInputs } from '../../src/reminders/due.ts';
import { dashboardStatements } from '../briefing/dashboard-statements.ts';
import { emptySnapshot, gatherDashboardVisits, gatherFollowUps } from '../briefing/gather-dashboard.ts';
import { readBriefingPreferences } from '../briefing/preferences.ts';
import { briefingStatements } from '../briefing/statements.ts';
import { dashboardWindow } from '../briefing/window.ts';
import { systemClock } from '../clock.ts';
import type { Db } from '../connection.ts';

/** More follow-ups than anyone has due in two days; a reminder groups what it cannot list. */
const FOLLOW_UPS_AT_MOST = 200;

/**
 * What reminders are made from: today's and tomorrow's planned visits with their briefing
 * highlights, and open follow-ups due by the end of tomorrow, read as the dashboard reads them.
 */
export function reminderInputReader(db: Db) {
  const dashboardQueries = dashboardStatements(db);
  const visitQueries = briefingStatements(db);
  return (now: Date, timeZone: string): ReminderInputs => {
    const today = todayIn(now, timeZone);
    const window = dashboardWindow(now, timeZone, today, addDays(today, 1));
    const options = { now, timeZone, from: window.from, to: window.to, lastOpenedAt: null, settings: { griefSoftensDays: readBriefingPreferences(db, systemClock).griefSoftensDays } };
    const visits = buildDashboardVisits({ ...emptySnapshot(), visits: gatherDashboardVisits(dashboardQueries, visitQueries, window) }, options);
    const rows = dashboardQueries.followUpsPage.all({ dueBy: window.visitsTo, limit: FOLLOW_UPS_AT_MOST, offset: 0 });
    const snapshot = gatherFollowUps(dashboardQueries, visitQueries, rows, window.now);
    const items = buildDashboardList('followUps', snapshot, options);
    const followUpText = new Map(items.flatMap((item) => item.about.filter((a) => a.type === 'follow-up').map((a) => [a.id, item.text] as const)));
    return {
      visits: [...visits.visitsToday, ...visits.visitsThisWeek]
        .filter((v) => v.status === 'planned')
        .map((v) => ({ visitId: v.visitId, startsAt: v.startsAt, clientName: v.clientName, lines: v.topItems.map((i) => ({ kind: i.kind, text: i.text })) })),
      followUps: snapshot.followUps.map((f) => ({ followUpId: f.id, dueAt: f.dueAt, text: followUpText.get(f.id) ?? 'A follow-up is due.' })),
    };
  };
}
