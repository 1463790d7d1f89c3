import { ALWAYS_MATTER_TYPES, matterTest, storedMattersSince } from '../../src/briefing/event-relevance.ts';
import type { BriefingSnapshot } from '../../src/briefing/snapshot.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { notFound } from '../../src/contract/result.ts';
import type { BriefingStatements } from './statements.ts';
import { isReadableInstant, toSnapshotEvents, toSnapshotPerson } from './rows.ts';

/** How far before the visit an explanation may be and still not have happened as of a re-read `now`. */
const EXPLAINED_LOOKBACK_MS = 90 * 24 * 60 * 60 * 1000;
/** How many earlier visits a briefing looks back on. */
const RECENT_VISITS = 10;

const json = (ids: Iterable<number>) => JSON.stringify([...new Set(ids)]);

/** Rows grouped by a key, each group in the order the rows came. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A day no later than the visit's local day in any time zone; null when its time cannot be read. */
const earliestDayOf = (startsAt: string): CalendarDate | null => (isReadableInstant(startsAt) ? addDays(new Date(startsAt).toISOString().slice(0, 10), -1) : null);
/** Bounds every stored date meets. */
const EVERY_EVENT = { day: '', month: '', year: '' };
const ALWAYS_MATTER = JSON.stringify([...ALWAYS_MATTER_TYPES]);

const explainedAfterOf = (startsAt: string): string => (isReadableInstant(startsAt) ? new Date(Date.parse(startsAt) - EXPLAINED_LOOKBACK_MS).toISOString() : '');

/** Fills the briefing snapshot for one visit (see gatherVisits). */
export function gatherVisit(q: BriefingStatements, visitId: number): BriefingSnapshot {
  return gatherVisits(q, [visitId])[0]!;
}

/**
 * Fills the briefing snapshots of several visits (the dashboard's week) in a fixed number of
 * indexed queries, however many visits there are: each query reads the rows of every visit at
 * once (the clients' people, the expected attendees and everyone one relationship away from
 * them, their life events with acknowledgements, the clients' open work), then each visit takes
 * its own. In the order given; a visit in the trash or gone is "not found".
 */
/** How many of a client's calls and messages before a visit are read for its briefing. */
const CONTACTS_READ = 5;

export function gatherVisits(q: BriefingStatements, visitIds: readonly number[]): BriefingSnapshot[] {
  if (visitIds.length === 0) return [];
  const visitsById = new Map(q.visitsByIds.all({ ids: json(visitIds) }).map((v) => [v.id, v]));
  const visits = visitIds.map((id) => {
    const visit = visitsById.get(id);
    if (!visit) throw notFound('Visit', id);
    return visit;
  });
  const clientIds = json(visits.map((v) => v.clientId));
  const clientsById = new Map(q.clientsByIds.all({ ids: clientIds }).map((c) => [c.id, c]));
  for (const v of visits) if (!clientsById.has(v.clientId)) throw notFound('Client', v.clientId);

  const expected = groupBy(q.expectedOfVisits.all({ ids: json(visitIds) }), (a) => a.visitId);
  const roles = groupBy(q.rolesAtClients.all({ clientIds }), (r) => r.clientId);
  const coreOf = new Map(visits.map((v) => [v.id, new Set([...(roles.get(v.clientId) ?? []).map((r) => r.personId), ...(expected.get(v.id) ?? []).map((a) => a.personId)])]));
  const allRelationships = q.relationshipsOf.all({ ids: json([...coreOf.values()].flatMap((core) => [...core])) });
  const relationshipsOf = new Map(visits.map((v) => [v.id, allRelationships.filter((r) => coreOf.get(v.id)!.has(r.aId) || coreOf.get(v.id)!.has(r.bId))]));
  const everyoneOf = new Map(
    visits.map((v) => {
      const everyone = new Set(coreOf.get(v.id));
      for (const r of relationshipsOf.get(v.id)!) everyone.add(r.aId).add(r.bId);
      return [v.id, everyone];
    }),
  );
  const allEveryone = [...everyoneOf.values()].flatMap((ids) => [...ids]);
  const allPeople = q.peopleByIds.all({ ids: json(allEveryone) }).map(toSnapshotPerson);

  // Only events that can still matter on the visit's day (a client of twenty years has hundreds told long ago):
  // their links say until when (life_event_people.matters_through), and the rows are judged again when read.
  const dayOf = new Map(visits.map((v) => [v.id, earliestDayOf(v.startsAt)]));
  const days = [...dayOf.values()];
  const since = days.includes(null) ? EVERY_EVENT : storedMattersSince(days.reduce((a, b) => (b! < a! ? b : a))!);
  const links = q.eventLinksOfPeople.all({ ids: json(allEveryone), since: since.day });
  const clientEvents = groupBy(q.eventIdsOfClients.all({ clientIds }), (e) => e.clientId);
  const eventIdsOf = new Map(
    visits.map((v) => {
      const everyone = everyoneOf.get(v.id)!;
      const ids = new Set(links.filter((l) => everyone.has(l.personId)).map((l) => l.eventId));
      for (const e of clientEvents.get(v.clientId) ?? []) ids.add(e.eventId);
      return [v.id, ids];
    }),
  );
  const eventRows = q.eventsThatMatterByIds.all({
    ids: json([...eventIdsOf.values()].flatMap((ids) => [...ids])),
    alwaysTypes: ALWAYS_MATTER,
    sinceDay: since.day,
    sinceMonth: since.month,
    sinceYear: since.year,
  });
  const keptIds = json(eventRows.map((e) => e.id));
  const eventPeople = q.peopleOfEvents.all({ ids: keptIds });
  const eventAcks = q.acksOfEvents.all({ ids: keptIds });

  // Each client's latest visits before the last of the given ones; each visit keeps those before it.
  const latestStart = visits.reduce((latest, v) => (v.startsAt > latest ? v.startsAt : latest), '');
  const recent = groupBy(q.recentVisitsOfClients.all({ clientIds, before: latestStart, keep: RECENT_VISITS + visits.length }), (r) => r.clientId);
  const pastOf = new Map(
    visits.map((v) => [
      v.id,
      (recent.get(v.clientId) ?? [])
        .filter((r) => r.startsAt < v.startsAt && r.id !== v.id)
        .slice(0, RECENT_VISITS)
        .filter((r) => isReadableInstant(r.startsAt)),
    ]),
  );
  const attendance = groupBy(q.attendeesOfVisits.all({ ids: json([...pastOf.values()].flatMap((past) => past.map((p) => p.id))) }), (a) => a.visitId);
  // Calls and messages: each visit recalls those since its client's last visit, a few at most.
  const contactsOf = groupBy(q.recentContactsOfClients.all({ clientIds, before: latestStart, keep: CONTACTS_READ + visits.length }), (c) => c.clientId);
  const followUps = groupBy(q.openFollowUpsOfClients.all({ clientIds }), (f) => f.clientId);
  const earliestExplainedAfter = visits.map((v) => explainedAfterOf(v.startsAt)).reduce((a, b) => (b < a ? b : a));
  const incidents = groupBy(q.incidentsOfClients.all({ clientIds, explainedAfter: earliestExplainedAfter }), (i) => i.clientId);
  const knowHow = groupBy(q.knowHowOfClients.all({ clientIds }), (k) => k.clientId);
  const renewals = groupBy(q.renewalsOfClients.all({ clientIds }), (f) => f.clientId);

  return visits.map((visit) => {
    const everyone = everyoneOf.get(visit.id)!;
    const day = dayOf.get(visit.id)!;
    const ids = eventIdsOf.get(visit.id)!;
    const matters = day === null ? () => true : matterTest(day);
    const eventIds = new Set(eventRows.filter((e) => ids.has(e.id) && matters(e)).map((e) => e.id));
    const explainedAfter = explainedAfterOf(visit.startsAt);
    return {
      visit: { ...visit, expectedAttendeeIds: (expected.get(visit.id) ?? []).map((a) => a.personId) },
      client: clientsById.get(visit.clientId)!,
      people: allPeople.filter((p) => everyone.has(p.id)),
      roles: (roles.get(visit.clientId) ?? []).map(({ personId, clientId, role, since, until }) => ({ personId, clientId, role, since, until })),
      relationships: relationshipsOf.get(visit.id)!,
      lifeEvents: toSnapshotEvents(
        eventRows.filter((e) => eventIds.has(e.id)),
        eventPeople.filter((l) => eventIds.has(l.eventId)),
        eventAcks.filter((a) => eventIds.has(a.eventId)),
      ),
      recentVisits: pastOf.get(visit.id)!.map(({ id, startsAt, status, notes, workDone }) => ({
        id,
        startsAt,
        status,
        notes,
        workDone,
        // A logged visit says who was there; a planned one only who was expected.
        attendeeIds: (attendance.get(id) ?? []).filter((a) => a.attended || status !== 'completed').map((a) => a.personId),
      })),
      recentContacts: (contactsOf.get(visit.clientId) ?? [])
        .filter((c) => c.occurredAt < visit.startsAt && isReadableInstant(c.occurredAt))
        .slice(0, CONTACTS_READ)
        .map(({ id, kind, occurredAt, personId, summary, promised }) => ({ id, kind, occurredAt, personId, summary, promised })),
      followUps: (followUps.get(visit.clientId) ?? []).filter((f) => isReadableInstant(f.dueAt)).map((f) => ({ ...f, context: f.context ?? '', done: false })),
      // Explained ones too, lately: the engine judges "explained" as of now, so an earlier briefing reads as it did.
      incidents: (incidents.get(visit.clientId) ?? [])
        .filter((i) => i.explainedAt === null || i.explainedAt > explainedAfter)
        .map(({ id, startedAt, summary, cause, prevention, explainedAt }) => ({ id, startedAt, summary, cause, prevention, explainedAt })),
      knowHow: (knowHow.get(visit.clientId) ?? []).map(({ id, personId, question, answer, timesAsked, lastAskedAt }) => ({ id, personId, question, answer: answer ?? '', timesAsked, lastAskedAt })),
      renewals: renewals.get(visit.clientId) ?? [],
    };
  });
}
