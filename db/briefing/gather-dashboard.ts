import { LIFE_EVENT_TYPES } from '../../src/catalogue/life-events.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import type * as S from '../../src/briefing/snapshot.ts';
import type { DashboardStatements } from './dashboard-statements.ts';
import { gatherVisit } from './gather-visit.ts';
import { isReadableInstant, toSnapshotEvents, toSnapshotPerson } from './rows.ts';
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
export function gatherDashboard(q: DashboardStatements, visitQueries: BriefingStatements, w: DashboardWindow): S.DashboardSnapshot {
  const visits = q.visitIdsBetween.all({ from: w.visitsFrom, to: w.visitsTo }).map((v) => gatherVisit(visitQueries, v.id));
  const since = new Date(Date.parse(w.now) - 60 * 86_400_000).toISOString();
  const unloggedVisits = q.unlogged.all({ now: w.now, since }).filter((v) => isReadableInstant(v.startsAt)).map((v) => ({ ...v, expectedAttendeeIds: [] }));
  const followUps = q.openFollowUpsDueBy.all({ dueBy: w.visitsTo }).filter((f) => isReadableInstant(f.dueAt)).map((f) => ({ ...f, context: f.context ?? '', done: false }));

  const days = monthDays(w.firstDay, w.lastDay);
  const dayKeys = JSON.stringify(days.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
  // Month-precision yearly events are stored on the 1st: look those up for every month in the window.
  const monthStarts = JSON.stringify([...new Set(days.map(([m]) => `${String(m).padStart(2, '0')}-01`))]);
  const eventIds = new Set<number>();
  for (const key of [dayKeys, monthStarts]) for (const e of q.yearlyEventsOn.all({ types: YEARLY_TYPES, monthDays: key })) eventIds.add(e.id);
  const eventIdsJson = json(eventIds);

  const birthdays = q.birthdaysOn.all({ monthDays: JSON.stringify(days) }).map((p) => p.id);
  const deaths = q.diedOn.all({ monthDays: dayKeys }).map((p) => p.id);
  const named = new Set<number>([...birthdays, ...deaths]);
  for (const p of q.peopleOfEvents.all({ ids: eventIdsJson })) named.add(p.personId);
  for (const f of followUps) if (f.personId !== null) named.add(f.personId);
  const namedRoles = q.rolesOf.all({ ids: json(named) });

  // One relationship out only where the dashboard needs it: to say whose relative someone with a
  // birthday is when they are not a client contact themselves, and who was close to whoever died.
  const contacts = new Set(namedRoles.filter((r) => r.until === null).map((r) => r.personId));
  const reachOut = [...birthdays.filter((id) => !contacts.has(id)), ...deaths];
  const byId = new Map<number, S.Relationship>();
  for (const r of visitQueries.relationshipsOf.all({ ids: json(reachOut) })) byId.set(r.id, r);
  for (const r of q.relationshipsAmong.all({ ids: json(named) })) byId.set(r.id, r);
  const relationships = [...byId.values()];
  const everyone = new Set(named);
  for (const r of relationships) {
    everyone.add(r.aId);
    everyone.add(r.bId);
  }
  const others = [...everyone].filter((id) => !named.has(id));

  return {
    visits,
    unloggedVisits,
    clients: q.clients.all({ now: w.now }),
    followUps,
    people: visitQueries.peopleByIds.all({ ids: json(everyone) }).map(toSnapshotPerson),
    relationships,
    roles: [...namedRoles, ...q.rolesOf.all({ ids: json(others) })],
    lifeEvents: toSnapshotEvents(visitQueries.eventsByIds.all({ ids: eventIdsJson }), visitQueries.peopleOfEvents.all({ ids: eventIdsJson }), visitQueries.acksOfEvents.all({ ids: eventIdsJson })),
  };
}
