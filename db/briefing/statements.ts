import { and, asc, desc, eq, gt, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../connection.ts';
import { clientFields } from '../schema/client-fields.ts';
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

const clientColumns = {
  id: clients.id,
  name: clients.name,
  kind: clients.kind,
  // Its own rhythm, else its tags': as the dashboard counts it.
  rhythmDays: sql<number | null>`coalesce(${clients.rhythmDays}, ${clients.tagRhythmDays})`,
  accessHours: clients.accessHours,
  parking: clients.parking,
  askFor: clients.askFor,
  siteNotes: clients.siteNotes,
  notes: clients.notes,
};

const roleColumns = { personId: roles.personId, clientId: roles.clientId, role: roles.role, since: roles.since, until: roles.until };

/**
 * The briefing's reads, prepared once per database: each is a single indexed lookup
 * (see tests/integration/briefing/gather-query-plans.test.ts).
 */
export function briefingStatements(db: Db) {
  const live = <T extends { deletedAt: SQLiteColumn }>(t: T) => isNull(t.deletedAt);
  /** The latest `keep` visits of each client before `before`, newest first (a window over visits_client_starts_idx). */
  const recentOfClients = db
    .select({
      id: visits.id,
      clientId: visits.clientId,
      startsAt: visits.startsAt,
      status: visits.status,
      notes: visits.notes,
      workDone: visits.workDone,
      n: sql<number>`row_number() over (partition by ${visits.clientId} order by ${visits.startsAt} desc, ${visits.id} desc)`.as('n'),
    })
    .from(visits)
    .where(and(inIds(visits.clientId, 'clientIds'), lt(visits.startsAt, sql.placeholder('before')), live(visits)))
    .as('recent');
  /** The latest `keep` calls, e-mails and messages of each client before `before`, newest first (contacts_client_occurred_idx). */
  const recentContactsOf = db
    .select({
      id: contacts.id,
      clientId: contacts.clientId,
      kind: contacts.kind,
      occurredAt: contacts.occurredAt,
      personId: contacts.personId,
      summary: contacts.summary,
      promised: contacts.promised,
      n: sql<number>`row_number() over (partition by ${contacts.clientId} order by ${contacts.occurredAt} desc, ${contacts.id} desc)`.as('n'),
    })
    .from(contacts)
    .where(and(inIds(contacts.clientId, 'clientIds'), lt(contacts.occurredAt, sql.placeholder('before')), live(contacts)))
    .as('recent_contacts');
  /** Each client's most asked know-how, 20 at most. */
  const knowHowOfClients = db
    .select({
      id: knowHow.id,
      clientId: knowHow.clientId,
      personId: knowHow.personId,
      question: knowHow.question,
      answer: knowHow.answer,
      timesAsked: knowHow.timesAsked,
      lastAskedAt: knowHow.lastAskedAt,
      n: sql<number>`row_number() over (partition by ${knowHow.clientId} order by ${knowHow.timesAsked} desc, ${knowHow.id})`.as('n'),
    })
    .from(knowHow)
    .where(and(inIds(knowHow.clientId, 'clientIds'), live(knowHow)))
    .as('asked');
  return {
    // Several visits at once (the dashboard's week): each reads all the visits' rows in one query.
    visitsByIds: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      .where(and(inIds(visits.id, 'ids'), live(visits)))
      .prepare(),
    expectedOfVisits: db
      .select({ visitId: visitAttendees.visitId, personId: visitAttendees.personId })
      .from(visitAttendees)
      .where(and(inIds(visitAttendees.visitId, 'ids'), eq(visitAttendees.expected, true)))
      .prepare(),
    clientsByIds: db.select(clientColumns).from(clients).where(inIds(clients.id, 'ids')).prepare(),
    rolesAtClients: db
      .select({ ...roleColumns })
      .from(roles)
      .where(inIds(roles.clientId, 'clientIds'))
      .prepare(),
    eventLinksOfPeople: db.select({ eventId: lifeEventPeople.eventId, personId: lifeEventPeople.personId }).from(lifeEventPeople).where(inIds(lifeEventPeople.personId, 'ids')).prepare(),
    eventIdsOfClients: db
      .select({ eventId: lifeEvents.id, clientId: lifeEvents.clientId })
      .from(lifeEvents)
      .where(inIds(lifeEvents.clientId, 'clientIds'))
      .prepare(),
    recentVisitsOfClients: db
      .select({ id: recentOfClients.id, clientId: recentOfClients.clientId, startsAt: recentOfClients.startsAt, status: recentOfClients.status, notes: recentOfClients.notes, workDone: recentOfClients.workDone })
      .from(recentOfClients)
      .where(lte(recentOfClients.n, sql.placeholder('keep')))
      .orderBy(desc(recentOfClients.startsAt), desc(recentOfClients.id))
      .prepare(),
    recentContactsOfClients: db
      .select({
        id: recentContactsOf.id,
        clientId: recentContactsOf.clientId,
        kind: recentContactsOf.kind,
        occurredAt: recentContactsOf.occurredAt,
        personId: recentContactsOf.personId,
        summary: recentContactsOf.summary,
        promised: recentContactsOf.promised,
      })
      .from(recentContactsOf)
      .where(lte(recentContactsOf.n, sql.placeholder('keep')))
      .orderBy(desc(recentContactsOf.occurredAt), desc(recentContactsOf.id))
      .prepare(),
    /** The clients' dates with a reminder (a few per client; client_fields_client_idx): the engine keeps those begun. */
    renewalsOfClients: db
      .select({ id: clientFields.id, clientId: clientFields.clientId, label: clientFields.label, date: clientFields.value, remindDaysBefore: sql<number>`${clientFields.remindDaysBefore}` })
      .from(clientFields)
      .where(and(inIds(clientFields.clientId, 'clientIds'), sql`${clientFields.remindDaysBefore} is not null`))
      .orderBy(asc(clientFields.value), asc(clientFields.id))
      .prepare(),
    openFollowUpsOfClients: db
      .select({ id: followUps.id, clientId: followUps.clientId, personId: followUps.personId, dueAt: followUps.dueAt, kind: followUps.kind, context: followUps.context })
      .from(followUps)
      .where(and(inIds(followUps.clientId, 'clientIds'), isNull(followUps.doneAt), live(followUps)))
      .orderBy(asc(followUps.dueAt), asc(followUps.id))
      .prepare(),
    incidentsOfClients: db
      .select({
        id: incidents.id,
        clientId: incidents.clientId,
        startedAt: incidents.startedAt,
        summary: incidents.summary,
        cause: incidents.cause,
        prevention: incidents.prevention,
        explainedAt: incidents.explainedAt,
      })
      .from(incidents)
      .where(and(inIds(incidents.clientId, 'clientIds'), or(isNull(incidents.explainedAt), gt(incidents.explainedAt, sql.placeholder('explainedAfter'))), live(incidents)))
      .orderBy(desc(incidents.startedAt), desc(incidents.id))
      .prepare(),
    knowHowOfClients: db
      .select({
        id: knowHowOfClients.id,
        clientId: knowHowOfClients.clientId,
        personId: knowHowOfClients.personId,
        question: knowHowOfClients.question,
        answer: knowHowOfClients.answer,
        timesAsked: knowHowOfClients.timesAsked,
        lastAskedAt: knowHowOfClients.lastAskedAt,
      })
      .from(knowHowOfClients)
      .where(lte(knowHowOfClients.n, 20))
      .orderBy(desc(knowHowOfClients.timesAsked), asc(knowHowOfClients.id))
      .prepare(),
    relationshipsOf: db
      .select(relationshipColumns)
      .from(relationships)
      .where(or(inIds(relationships.personAId, 'ids'), inIds(relationships.personBId, 'ids')))
      .prepare(),
    peopleByIds: db.select(personColumns).from(people).where(and(inIds(people.id, 'ids'), live(people))).prepare(),
    eventsByIds: db.select(eventColumns).from(lifeEvents).where(and(inIds(lifeEvents.id, 'ids'), live(lifeEvents))).orderBy(asc(lifeEvents.date)).prepare(),
    peopleOfEvents: db.select({ eventId: lifeEventPeople.eventId, personId: lifeEventPeople.personId }).from(lifeEventPeople).where(inIds(lifeEventPeople.eventId, 'ids')).prepare(),
    acksOfEvents: db
      .select({ eventId: acknowledgements.eventId, at: acknowledgements.at, visitId: acknowledgements.visitId, note: acknowledgements.note })
      .from(acknowledgements)
      .where(inIds(acknowledgements.eventId, 'ids'))
      .orderBy(asc(acknowledgements.at))
      .prepare(),
    attendeesOfVisits: db
      .select({ visitId: visitAttendees.visitId, personId: visitAttendees.personId, attended: visitAttendees.attended })
      .from(visitAttendees)
      .where(inIds(visitAttendees.visitId, 'ids'))
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
