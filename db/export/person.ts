import { asc, eq, inArray, or } from 'drizzle-orm';
import { notFound } from '../../src/contract/result.ts';
import { PERSON_EXPORT_FORMAT, type PersonExport } from '../../src/contract/schemas/transfer.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { displayName } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { personTags, tags } from '../schema/tags.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, knowHow } from '../schema/work.ts';
import { findMentions, nearnessOf } from './mentions.ts';
import { relationTo } from './vcard.ts';

/**
 * Everything held about one person, for a subject-access request: their record and every row
 * about them, records in the trash included, and the lines of other records that name them.
 */
export function exportPerson(db: Db, clock: Clock, id: number): PersonExport {
  const person = db.select().from(people).where(eq(people.id, id)).get();
  if (!person) throw notFound('Person', id);

  const theirRoles = db
    .select({ role: roles, clientName: clients.name })
    .from(roles)
    .innerJoin(clients, eq(clients.id, roles.clientId))
    .where(eq(roles.personId, id))
    .orderBy(asc(roles.id))
    .all();
  const links = db
    .select()
    .from(relationships)
    .where(or(eq(relationships.personAId, id), eq(relationships.personBId, id)))
    .orderBy(asc(relationships.id))
    .all();
  const others = new Map(
    db
      .select()
      .from(people)
      .where(inArray(people.id, links.map((r) => (r.personAId === id ? r.personBId : r.personAId))))
      .all()
      .map((p) => [p.id, p]),
  );
  const eventIds = db.select({ id: lifeEventPeople.eventId }).from(lifeEventPeople).where(eq(lifeEventPeople.personId, id)).all().map((l) => l.id);
  const eventPeople = db.select().from(lifeEventPeople).where(inArray(lifeEventPeople.eventId, eventIds)).all();
  const acks = db.select().from(acknowledgements).where(inArray(acknowledgements.eventId, eventIds)).orderBy(asc(acknowledgements.at), asc(acknowledgements.id)).all();
  const attendance = db
    .select({ attendee: visitAttendees, visit: visits, clientName: clients.name })
    .from(visitAttendees)
    .innerJoin(visits, eq(visits.id, visitAttendees.visitId))
    .innerJoin(clients, eq(clients.id, visits.clientId))
    .where(eq(visitAttendees.personId, id))
    .orderBy(asc(visits.startsAt), asc(visits.id))
    .all();

  return {
    format: PERSON_EXPORT_FORMAT,
    version: 1,
    exportedAt: isoNow(clock),
    person,
    contactDetails: db.select().from(contactDetails).where(eq(contactDetails.personId, id)).orderBy(asc(contactDetails.position), asc(contactDetails.id)).all(),
    roles: theirRoles.map(({ role, clientName }) => ({ ...role, clientName })),
    relationships: links.map((r) => {
      const otherPersonId = r.personAId === id ? r.personBId : r.personAId;
      const other = others.get(otherPersonId);
      return { ...r, otherPersonId, otherName: other ? displayName(other) : '', otherIs: relationTo(id, r) };
    }),
    lifeEvents: db
      .select()
      .from(lifeEvents)
      .where(inArray(lifeEvents.id, eventIds))
      .orderBy(asc(lifeEvents.date), asc(lifeEvents.id))
      .all()
      .map((e) => ({ ...e, personIds: eventPeople.filter((l) => l.eventId === e.id).map((l) => l.personId), acknowledgements: acks.filter((a) => a.eventId === e.id) })),
    attendance: attendance.map(({ attendee, visit, clientName }) => ({ ...attendee, clientId: visit.clientId, clientName, startsAt: visit.startsAt, status: visit.status })),
    followUps: db.select().from(followUps).where(eq(followUps.personId, id)).orderBy(asc(followUps.dueAt), asc(followUps.id)).all(),
    knowHow: db.select().from(knowHow).where(eq(knowHow.personId, id)).orderBy(asc(knowHow.id)).all(),
    tags: db
      .select({ name: tags.name })
      .from(personTags)
      .innerJoin(tags, eq(tags.id, personTags.tagId))
      .where(eq(personTags.personId, id))
      .orderBy(asc(tags.name))
      .all()
      .map((t) => t.name),
    mentions: findMentions(db, person, nearnessOf(db, id)),
  };
}
