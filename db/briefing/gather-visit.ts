import type { BriefingSnapshot } from '../../src/briefing/snapshot.ts';
import { notFound } from '../../src/contract/result.ts';
import type { BriefingStatements } from './statements.ts';
import { isReadableInstant, toSnapshotEvents, toSnapshotPerson } from './rows.ts';

/** How far before the visit an explanation may be and still not have happened as of a re-read `now`. */
const EXPLAINED_LOOKBACK_MS = 90 * 24 * 60 * 60 * 1000;

const json = (ids: Iterable<number>) => JSON.stringify([...ids]);

/**
 * Fills the briefing snapshot for one visit in a fixed number of indexed queries (no N+1):
 * the client's people, the expected attendees and everyone one relationship away from them,
 * their life events with acknowledgements, and the client's open work.
 */
export function gatherVisit(q: BriefingStatements, visitId: number): BriefingSnapshot {
  const visit = q.visit.get({ id: visitId });
  if (!visit) throw notFound('Visit', visitId);
  const client = q.client.get({ id: visit.clientId });
  if (!client) throw notFound('Client', visit.clientId);

  const expectedAttendeeIds = q.expected.all({ id: visitId }).map((a) => a.personId);
  const roles = q.rolesAtClient.all({ clientId: client.id });
  const core = new Set([...roles.map((r) => r.personId), ...expectedAttendeeIds]);
  const relationships = q.relationshipsOf.all({ ids: json(core) });
  const everyone = new Set(core);
  for (const r of relationships) {
    everyone.add(r.aId);
    everyone.add(r.bId);
  }
  const people = q.peopleByIds.all({ ids: json(everyone) }).map(toSnapshotPerson);

  const eventIds = new Set(q.eventLinksOf.all({ ids: json(everyone) }).map((l) => l.eventId));
  for (const e of q.clientEventIds.all({ clientId: client.id })) eventIds.add(e.eventId);
  const idsJson = json(eventIds);
  const lifeEvents = toSnapshotEvents(q.eventsByIds.all({ ids: idsJson }), q.peopleOfEvents.all({ ids: idsJson }), q.acksOfEvents.all({ ids: idsJson }));

  const past = q.recentVisits.all({ clientId: client.id, before: visit.startsAt, visitId }).filter((v) => isReadableInstant(v.startsAt));
  const attendance = q.attendeesOfVisits.all({ ids: json(past.map((v) => v.id)) });
  const recentVisits = past.map((v) => ({
    ...v,
    // A logged visit says who was there; a planned one only who was expected.
    attendeeIds: attendance.filter((a) => a.visitId === v.id && (a.attended || v.status !== 'completed')).map((a) => a.personId),
  }));

  return {
    visit: { ...visit, expectedAttendeeIds },
    client,
    people,
    roles,
    relationships,
    lifeEvents,
    recentVisits,
    recentContacts: q.recentContacts.all({ clientId: client.id, before: visit.startsAt }).filter((c) => isReadableInstant(c.occurredAt)),
    followUps: q.openFollowUps.all({ clientId: client.id }).filter((f) => isReadableInstant(f.dueAt)).map((f) => ({ ...f, context: f.context ?? '', done: false })),
    // Explained ones too, lately: the engine judges "explained" as of now, so an earlier briefing reads as it did.
    incidents: q.unexplainedIncidents.all({ clientId: client.id, explainedAfter: isReadableInstant(visit.startsAt) ? new Date(Date.parse(visit.startsAt) - EXPLAINED_LOOKBACK_MS).toISOString() : '' }),
    knowHow: q.knowHowOf.all({ clientId: client.id }).map((k) => ({ ...k, answer: k.answer ?? '' })),
  };
}
