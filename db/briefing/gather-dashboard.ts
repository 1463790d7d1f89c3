import { LIFE_EVENT_TYPES } from '../../src/catalogue/life-events.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import type { DashboardSnapshot } from '../../src/briefing/snapshot.ts';
import type { DashboardStatements } from './dashboard-statements.ts';
import { gatherVisit } from './gather-visit.ts';
import { toSnapshotEvents, toSnapshotPerson } from './rows.ts';
import type { BriefingStatements } from './statements.ts';

const YEARLY_TYPES = JSON.stringify(LIFE_EVENT_TYPES.filter((t) => t.recursYearly).map((t) => t.key));
const json = (ids: Iterable<number>) => JSON.stringify([...ids]);

export interface DashboardWindow {
  /** Instants bounding the visits shown (the range's first and last day, in the user's time zone). */
  visitsFrom: string;
  visitsTo: string;
  now: string;
  /** Calendar days whose birthdays, anniversaries and mindful dates matter (look-ahead and catch-up). */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

/** Every calendar day from first to last as [month, day]; 29 Feb is looked up whenever 28 Feb is. */
function monthDays(first: CalendarDate, last: CalendarDate): [number, number][] {
  const out: [number, number][] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const month = Number(d.slice(5, 7));
    const day = Number(d.slice(8, 10));
    out.push([month, day]);
    if (month === 2 && day === 28) out.push([2, 29]);
  }
  return out;
}

/**
 * Fills the dashboard snapshot: the range's visits (each with its briefing facts), unlogged
 * visits, every active client's rhythm, follow-ups due, and only the people and yearly events
 * whose dates fall in the window — looked up by index, not by reading everyone.
 */
export function gatherDashboard(q: DashboardStatements, visitQueries: BriefingStatements, w: DashboardWindow): DashboardSnapshot {
  const visits = q.visitIdsBetween.all({ from: w.visitsFrom, to: w.visitsTo }).map((v) => gatherVisit(visitQueries, v.id));
  const since = new Date(Date.parse(w.now) - 60 * 86_400_000).toISOString();
  const unloggedVisits = q.unlogged.all({ now: w.now, since }).map((v) => ({ ...v, expectedAttendeeIds: [] }));
  const followUps = q.openFollowUpsDueBy.all({ dueBy: w.visitsTo }).map((f) => ({ ...f, context: f.context ?? '', done: false }));

  const days = monthDays(w.firstDay, w.lastDay);
  const dayKeys = JSON.stringify(days.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
  // Month-precision yearly events are stored on the 1st: look those up for every month in the window.
  const monthStarts = JSON.stringify([...new Set(days.map(([m]) => `${String(m).padStart(2, '0')}-01`))]);
  const eventIds = new Set<number>();
  for (const key of [dayKeys, monthStarts]) for (const e of q.yearlyEventsOn.all({ types: YEARLY_TYPES, monthDays: key })) eventIds.add(e.id);
  const eventIdsJson = json(eventIds);

  const named = new Set<number>();
  for (const p of q.birthdaysOn.all({ monthDays: JSON.stringify(days) })) named.add(p.id);
  for (const p of q.deceased.all()) named.add(p.id);
  for (const p of q.peopleOfEvents.all({ ids: eventIdsJson })) named.add(p.personId);
  for (const f of followUps) if (f.personId !== null) named.add(f.personId);
  const relationships = visitQueries.relationshipsOf.all({ ids: json(named) });
  const everyone = new Set(named);
  for (const r of relationships) {
    everyone.add(r.aId);
    everyone.add(r.bId);
  }
  const everyoneJson = json(everyone);

  return {
    visits,
    unloggedVisits,
    clients: q.clients.all({ now: w.now }),
    followUps,
    people: visitQueries.peopleByIds.all({ ids: everyoneJson }).map(toSnapshotPerson),
    relationships,
    roles: q.rolesOf.all({ ids: everyoneJson }),
    lifeEvents: toSnapshotEvents(visitQueries.eventsByIds.all({ ids: eventIdsJson }), visitQueries.peopleOfEvents.all({ ids: eventIdsJson }), visitQueries.acksOfEvents.all({ ids: eventIdsJson })),
  };
}
