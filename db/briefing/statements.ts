import { and, asc, desc, eq, gt, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, incidents, knowHow } from '../schema/work.ts';
import { contacts } from '../schema/contacts.ts';

/** `column in (ids)` with the ids bound as one JSON parameter, so the statement is prepared once. */
export const inIds = (column: SQLiteColumn, name: string): SQL => sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;

export const personColumns = {
  id: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  nickname: people.nickname,
  birthdayMonth: people.birthdayMonth,
  birthdayDay: people.birthdayDay,
  birthdayYear: people.birthdayYear,
  diedOn: people.diedOn,
  interests: people.interests,
  preferences: people.preferences,
  techComfort: people.techComfort,
  explainHow: people.explainHow,
  followUpConsent: people.followUpConsent,
  followUpChannel: people.followUpChannel,
  followUpTimes: people.followUpTimes,
};

const eventColumns = {
  id: lifeEvents.id,
  typeKey: lifeEvents.typeKey,
  title: lifeEvents.title,
  date: lifeEvents.date,
  precision: lifeEvents.precision,
  endDate: lifeEvents.endDate,
  ongoing: lifeEvents.ongoing,
  toneOverride: lifeEvents.toneOverride,
  clientId: lifeEvents.clientId,
  notes: lifeEvents.notes,
};

const relationshipColumns = {
  id: relationships.id,
  aId: relationships.personAId,
  bId: relationships.personBId,
  kind: relationships.kind,
  since: relationships.since,
  until: relationships.until,
};

const roleColumns = { personId: roles.personId, clientId: roles.clientId, role: roles.role, since: roles.since, until: roles.until };

/**
 * The briefing's reads, prepared once per database: each is a single indexed lookup
 * (see tests/integration/briefing/gather-query-plans.test.ts).
 */
export function briefingStatements(db: Db) {
  const live = <T extends { deletedAt: SQLiteColumn }>(t: T) => isNull(t.deletedAt);
  return {
    visit: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      .where(and(eq(visits.id, sql.placeholder('id')), live(visits)))
      .prepare(),
    expected: db
      .select({ visitId: visitAttendees.visitId, personId: visitAttendees.personId })
      .from(visitAttendees)
      .where(and(eq(visitAttendees.visitId, sql.placeholder('id')), eq(visitAttendees.expected, true)))
      .prepare(),
    client: db
      .select({
        id: clients.id,
        name: clients.name,
        kind: clients.kind,
        rhythmDays: clients.rhythmDays,
        accessHours: clients.accessHours,
        parking: clients.parking,
        askFor: clients.askFor,
        siteNotes: clients.siteNotes,
        notes: clients.notes,
      })
      .from(clients)
      .where(eq(clients.id, sql.placeholder('id')))
      .prepare(),
    rolesAtClient: db.select(roleColumns).from(roles).where(eq(roles.clientId, sql.placeholder('clientId'))).prepare(),
    relationshipsOf: db
      .select(relationshipColumns)
      .from(relationships)
      .where(or(inIds(relationships.personAId, 'ids'), inIds(relationships.personBId, 'ids')))
      .prepare(),
    peopleByIds: db.select(personColumns).from(people).where(and(inIds(people.id, 'ids'), live(people))).prepare(),
    eventLinksOf: db
      .selectDistinct({ eventId: lifeEventPeople.eventId })
      .from(lifeEventPeople)
      .where(inIds(lifeEventPeople.personId, 'ids'))
      .prepare(),
    clientEventIds: db
      .select({ eventId: lifeEvents.id })
      .from(lifeEvents)
      .where(eq(lifeEvents.clientId, sql.placeholder('clientId')))
      .prepare(),
    eventsByIds: db.select(eventColumns).from(lifeEvents).where(and(inIds(lifeEvents.id, 'ids'), live(lifeEvents))).orderBy(asc(lifeEvents.date)).prepare(),
    peopleOfEvents: db.select({ eventId: lifeEventPeople.eventId, personId: lifeEventPeople.personId }).from(lifeEventPeople).where(inIds(lifeEventPeople.eventId, 'ids')).prepare(),
    acksOfEvents: db
      .select({ eventId: acknowledgements.eventId, at: acknowledgements.at, visitId: acknowledgements.visitId, note: acknowledgements.note })
      .from(acknowledgements)
      .where(inIds(acknowledgements.eventId, 'ids'))
      .orderBy(asc(acknowledgements.at))
      .prepare(),
    recentVisits: db
      .select({ id: visits.id, startsAt: visits.startsAt, status: visits.status, notes: visits.notes, workDone: visits.workDone })
      .from(visits)
      .where(and(eq(visits.clientId, sql.placeholder('clientId')), lt(visits.startsAt, sql.placeholder('before')), ne(visits.id, sql.placeholder('visitId')), live(visits)))
      .orderBy(desc(visits.startsAt))
      .limit(10)
      .prepare(),
    /** The client's calls, e-mails and messages before the visit, newest first (contacts_client_occurred_idx). */
    recentContacts: db
      .select({ id: contacts.id, kind: contacts.kind, occurredAt: contacts.occurredAt, personId: contacts.personId, summary: contacts.summary, promised: contacts.promised })
      .from(contacts)
      .where(and(eq(contacts.clientId, sql.placeholder('clientId')), lt(contacts.occurredAt, sql.placeholder('before')), isNull(contacts.deletedAt)))
      .orderBy(desc(contacts.occurredAt))
      .limit(5)
      .prepare(),
    attendeesOfVisits: db
      .select({ visitId: visitAttendees.visitId, personId: visitAttendees.personId, attended: visitAttendees.attended })
      .from(visitAttendees)
      .where(inIds(visitAttendees.visitId, 'ids'))
      .prepare(),
    openFollowUps: db
      .select({ id: followUps.id, clientId: followUps.clientId, personId: followUps.personId, dueAt: followUps.dueAt, kind: followUps.kind, context: followUps.context })
      .from(followUps)
      .where(and(eq(followUps.clientId, sql.placeholder('clientId')), isNull(followUps.doneAt), live(followUps)))
      .orderBy(asc(followUps.dueAt))
      .prepare(),
    unexplainedIncidents: db
      .select({ id: incidents.id, startedAt: incidents.startedAt, summary: incidents.summary, cause: incidents.cause, prevention: incidents.prevention, explainedAt: incidents.explainedAt })
      .from(incidents)
      .where(and(eq(incidents.clientId, sql.placeholder('clientId')), or(isNull(incidents.explainedAt), gt(incidents.explainedAt, sql.placeholder('explainedAfter'))), live(incidents)))
      .orderBy(desc(incidents.startedAt))
      .prepare(),
    knowHowOf: db
      .select({ id: knowHow.id, personId: knowHow.personId, question: knowHow.question, answer: knowHow.answer, timesAsked: knowHow.timesAsked, lastAskedAt: knowHow.lastAskedAt })
      .from(knowHow)
      .where(and(eq(knowHow.clientId, sql.placeholder('clientId')), live(knowHow)))
      .orderBy(desc(knowHow.timesAsked))
      .limit(20)
      .prepare(),
    nextPlanned: db
      .select({ id: visits.id })
      .from(visits)
      // Before 2201: a time stored before dates were bounded (or unreadable text, which sorts after digits) is never "next".
      .where(and(gt(visits.startsAt, sql.placeholder('after')), sql`${visits.startsAt} < '2201'`, eq(visits.status, 'planned'), live(visits)))
      .orderBy(asc(visits.startsAt))
      .limit(1)
      .prepare(),
  };
}

export type BriefingStatements = ReturnType<typeof briefingStatements>;
