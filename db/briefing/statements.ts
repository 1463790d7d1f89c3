import { and, asc, desc, eq, gt, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../connection.ts';
import { withFastRowsAll } from './row-mapping.ts';
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

export const relationshipColumns = {
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
  /**
   * The latest `keep` of each client's rows before `before`, newest first: per client, a walk
   * back along its (client, time) index that stops after `keep` rows, so a client with years of
   * history costs no more than a new one (a window over all of them read every row). CROSS JOIN
   * keeps the clients the outer loop: on a small database the planner would otherwise read every
   * row and run the walk for each.
   */
  const latestOfEachClient = (table: 'visits' | 'contacts', at: 'starts_at' | 'occurred_at') =>
    sql`${sql.identifier(table)}.id in (select x.id from json_each(${sql.placeholder('clientIds')}) j cross join ${sql.identifier(table)} x on x.id in (
          select y.id from ${sql.identifier(table)} y where y.client_id = j.value and y.${sql.identifier(at)} < ${sql.placeholder('before')} and y.deleted_at is null
          order by y.${sql.identifier(at)} desc, y.id desc limit ${sql.placeholder('keep')}))`;
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
  return withFastRowsAll({
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
    /** The people's links to events that can still matter from `since` on (mattersSince of the earliest day wanted; '' for every one). */
    eventLinksOfPeople: db
      .select({ eventId: lifeEventPeople.eventId, personId: lifeEventPeople.personId })
      .from(lifeEventPeople)
      .where(and(inIds(lifeEventPeople.personId, 'ids'), gte(lifeEventPeople.mattersThrough, sql.placeholder('since'))))
      .prepare(),
    eventIdsOfClients: db
      .select({ eventId: lifeEvents.id, clientId: lifeEvents.clientId })
      .from(lifeEvents)
      .where(inIds(lifeEvents.clientId, 'clientIds'))
      .prepare(),
    recentVisitsOfClients: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status, notes: visits.notes, workDone: visits.workDone })
      .from(visits)
      .where(latestOfEachClient('visits', 'starts_at'))
      .orderBy(desc(visits.startsAt), desc(visits.id))
      .prepare(),
    /** The latest `keep` calls, e-mails and messages of each client before `before`, newest first (contacts_client_occurred_idx). */
    recentContactsOfClients: db
      .select({ id: contacts.id, clientId: contacts.clientId, kind: contacts.kind, occurredAt: contacts.occurredAt, personId: contacts.personId, summary: contacts.summary, promised: contacts.promised })
      .from(contacts)
      .where(latestOfEachClient('contacts', 'occurred_at'))
      .orderBy(desc(contacts.occurredAt), desc(contacts.id))
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
      // `+done_at`: by each client's few rows (follow_ups_client_idx), never by every open follow-up in due order.
      .where(and(inIds(followUps.clientId, 'clientIds'), sql`+${followUps.doneAt} is null`, live(followUps)))
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
    /**
     * eventsByIds, only those that can still matter to a briefing (src/briefing/event-relevance.ts
     * says which, and gives the bounds: the later of date and end on or after the bound for the
     * event's precision).
     */
    eventsThatMatterByIds: db
      .select(eventColumns)
      .from(lifeEvents)
      .where(
        and(
          inIds(lifeEvents.id, 'ids'),
          live(lifeEvents),
          sql`(${lifeEvents.ongoing} or ${lifeEvents.typeKey} in (select value from json_each(${sql.placeholder('alwaysTypes')}))
            or max(${lifeEvents.date}, coalesce(${lifeEvents.endDate}, ${lifeEvents.date})) >= case ${lifeEvents.precision} when 'day' then ${sql.placeholder('sinceDay')} when 'month' then ${sql.placeholder('sinceMonth')} else ${sql.placeholder('sinceYear')} end)`,
        ),
      )
      .orderBy(asc(lifeEvents.date))
      .prepare(),
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
  });
}

export type BriefingStatements = ReturnType<typeof briefingStatements>;
