import { LIFE_EVENT_TYPES } from '../../src/catalogue/life-events.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import type * as S from '../../src/briefing/snapshot.ts';
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
}

/** The parts of a dashboard snapshot; each gather fills some of them. */
export const emptySnapshot = (): S.DashboardSnapshot => ({ visits: [], unloggedVisits: [], clients: [], followUps: [], people: [], relationships: [], roles: [], lifeEvents: [] });

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

/** The range's visits, each with its briefing facts. */
export function gatherDashboardVisits(q: DashboardStatements, v: BriefingStatements, w: DashboardWindow): S.BriefingSnapshot[] {
  return q.visitIdsBetween.all({ from: w.visitsFrom, to: w.visitsTo }).map((row) => gatherVisit(v, row.id));
}

export interface DatedIds {
  people: Set<number>;
  events: Set<number>;
}

/**
 * Who and what has a date (birthday, death, yearly event) between first and last, a day either
 * side so a time-zone edge never loses one: looked up by index, not by reading everyone.
 */
export function datedIdsBetween(q: DashboardStatements, first: CalendarDate, last: CalendarDate): DatedIds {
  const days = monthDays(addDays(first, -1), addDays(last, 1));
  const dayKeys = JSON.stringify(days.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
  // Month-precision yearly events are stored on the 1st: look those up for every month in the range.
  const monthStarts = JSON.stringify([...new Set(days.map(([m]) => `${String(m).padStart(2, '0')}-01`))]);
  const events = new Set<number>();
  for (const key of [dayKeys, monthStarts]) for (const e of q.yearlyEventsOn.all({ types: YEARLY_TYPES, monthDays: key })) events.add(e.id);
  const people = new Set<number>();
  for (const p of q.birthdaysOn.all({ monthDays: JSON.stringify(days) })) people.add(p.id);
  for (const p of q.diedOn.all({ monthDays: dayKeys })) people.add(p.id);
  return { people, events };
}

/**
 * The people and yearly events given, with what the rules need to keep or drop their dates
 * (the people on each event, the relationships among them, the clients events belong to). With
 * `context`, also what says where each belongs: roles, their clients, and one relationship out.
 */
export function gatherDated(q: DashboardStatements, v: BriefingStatements, ids: DatedIds, now: string, context: boolean): S.DashboardSnapshot {
  const eventIds = json(ids.events);
  const lifeEvents = toSnapshotEvents(v.eventsByIds.all({ ids: eventIds }), v.peopleOfEvents.all({ ids: eventIds }), v.acksOfEvents.all({ ids: eventIds }));
  const named = new Set(ids.people);
  for (const e of lifeEvents) for (const id of e.personIds) named.add(id);
  const byId = new Map<number, S.Relationship>();
  for (const r of q.relationshipsAmong.all({ ids: json(named) })) byId.set(r.id, r);
  let roles: S.Role[] = [];
  if (context) {
    roles = q.rolesOf.all({ ids: json(named) });
    // One relationship out: whose relative someone is, and who was close to whoever died.
    const contacts = new Set(roles.filter((r) => r.until === null).map((r) => r.personId));
    for (const r of v.relationshipsOf.all({ ids: json([...named].filter((id) => !contacts.has(id))) })) byId.set(r.id, r);
  }
  const relationships = [...byId.values()];
  const everyone = new Set(named);
  for (const r of relationships) everyone.add(r.aId).add(r.bId);
  if (context) roles = [...roles, ...q.rolesOf.all({ ids: json([...everyone].filter((id) => !named.has(id))) })];
  const clientIds = new Set<number>();
  for (const e of lifeEvents) if (e.clientId !== null) clientIds.add(e.clientId);
  for (const r of roles) clientIds.add(r.clientId);
  return {
    ...emptySnapshot(),
    clients: q.clientsByIds.all({ ids: json(clientIds), now }),
    people: v.peopleByIds.all({ ids: json(everyone) }).map(toSnapshotPerson),
    relationships,
    roles,
    lifeEvents,
  };
}

/** Several partial snapshots as one; a record named twice is kept once. */
export function mergeSnapshots(...parts: S.DashboardSnapshot[]): S.DashboardSnapshot {
  const unique = <T>(lists: T[][], key: (t: T) => string | number) => [...new Map(lists.flat().map((t) => [key(t), t])).values()];
  return {
    visits: parts.flatMap((p) => p.visits),
    unloggedVisits: unique(
      parts.map((p) => p.unloggedVisits),
      (x) => x.id,
    ),
    clients: unique(
      parts.map((p) => p.clients),
      (x) => x.id,
    ),
    followUps: unique(
      parts.map((p) => p.followUps),
      (x) => x.id,
    ),
    people: unique(
      parts.map((p) => p.people),
      (x) => x.id,
    ),
    relationships: unique(
      parts.map((p) => p.relationships),
      (x) => x.id,
    ),
    roles: unique(
      parts.map((p) => p.roles),
      (x) => `${x.personId}:${x.clientId}:${x.role}:${x.since ?? ''}`,
    ),
    lifeEvents: unique(
      parts.map((p) => p.lifeEvents),
      (x) => x.id,
    ),
  };
}

type FollowUpRow = Omit<S.FollowUp, 'done' | 'context'> & { context: string | null };
export const toFollowUp = (f: FollowUpRow): S.FollowUp => ({ ...f, context: f.context ?? '', done: false });

/** Follow-ups with the people they are about (and those people's context) and their clients. */
export function gatherFollowUps(q: DashboardStatements, v: BriefingStatements, rows: FollowUpRow[], now: string): S.DashboardSnapshot {
  const followUps = rows.map(toFollowUp);
  const people = new Set<number>();
  for (const f of followUps) if (f.personId !== null) people.add(f.personId);
  const dated = gatherDated(q, v, { people, events: new Set() }, now, true);
  return mergeSnapshots(dated, { ...emptySnapshot(), followUps, clients: q.clientsByIds.all({ ids: json(new Set(followUps.map((f) => f.clientId))), now }) });
}
