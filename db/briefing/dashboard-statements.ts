import { and, asc, desc, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visits } from '../schema/visits.ts';
import { followUps } from '../schema/work.ts';
import { inIds } from './statements.ts';

/** The dashboard's reads, prepared once per database; each uses an index (see the query-plan test). */
export function dashboardStatements(db: Db) {
  // Correlated per client so each is one seek in visits_client_status_starts_idx (a partial index of live visits).
  const lastCompletedAt = sql<string | null>`(select max(v.starts_at) from visits v where v.client_id = clients.id and v.status = 'completed' and v.deleted_at is null)`;
  const nextPlannedAt = sql<string | null>`(select min(v.starts_at) from visits v where v.client_id = clients.id and v.status = 'planned' and v.starts_at >= ${sql.placeholder('now')} and v.deleted_at is null)`;

  return {
    visitIdsBetween: db
      .select({ id: visits.id })
      .from(visits)
      .where(and(gte(visits.startsAt, sql.placeholder('from')), lt(visits.startsAt, sql.placeholder('to')), isNull(visits.deletedAt)))
      .orderBy(asc(visits.startsAt))
      .prepare(),
    unlogged: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      .where(and(eq(visits.status, 'planned'), lt(visits.startsAt, sql.placeholder('now')), gte(visits.startsAt, sql.placeholder('since')), isNull(visits.deletedAt)))
      .orderBy(desc(visits.startsAt))
      .limit(50)
      .prepare(),
    clients: db
      .select({
        id: clients.id,
        name: clients.name,
        // Archived clients are here only to be named (an open follow-up can outlive the contract): no rhythm.
        rhythmDays: sql<number | null>`case when ${clients.archivedAt} is null then ${clients.rhythmDays} end`,
        lastCompletedVisitAt: lastCompletedAt,
        nextPlannedVisitAt: nextPlannedAt,
      })
      .from(clients)
      .where(isNull(clients.deletedAt))
      .prepare(),
    openFollowUpsDueBy: db
      .select({ id: followUps.id, clientId: followUps.clientId, personId: followUps.personId, dueAt: followUps.dueAt, kind: followUps.kind, context: followUps.context })
      .from(followUps)
      .where(and(isNull(followUps.doneAt), lte(followUps.dueAt, sql.placeholder('dueBy')), isNull(followUps.deletedAt)))
      .orderBy(asc(followUps.dueAt))
      .prepare(),
    /** People whose birthday (month, day) is one of the given `[month, day]` pairs. */
    birthdaysOn: db
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          sql`(${people.birthdayMonth}, ${people.birthdayDay}) in (select value ->> 0, value ->> 1 from json_each(${sql.placeholder('monthDays')}))`,
          isNull(people.deletedAt),
        ),
      )
      .prepare(),
    /** People whose death has an anniversary on one of the given `MM-dd` days. */
    diedOn: db
      .select({ id: people.id })
      .from(people)
      .where(and(isNotNull(people.diedOn), sql`substr(${people.diedOn}, 6) in (select value from json_each(${sql.placeholder('monthDays')}))`, isNull(people.deletedAt)))
      .prepare(),
    /** Relationships with both people in the set: between the people of an anniversary, say. */
    relationshipsAmong: db
      .select({ id: relationships.id, aId: relationships.personAId, bId: relationships.personBId, kind: relationships.kind, since: relationships.since, until: relationships.until })
      .from(relationships)
      .where(and(inIds(relationships.personAId, 'ids'), inIds(relationships.personBId, 'ids')))
      .prepare(),
    yearlyEventsOn: db
      .select({ id: lifeEvents.id })
      .from(lifeEvents)
      .where(
        and(
          inIds(lifeEvents.typeKey, 'types'),
          sql`substr(${lifeEvents.date}, 6) in (select value from json_each(${sql.placeholder('monthDays')}))`,
          isNull(lifeEvents.deletedAt),
        ),
      )
      .prepare(),
    peopleOfEvents: db.select({ personId: lifeEventPeople.personId }).from(lifeEventPeople).where(inIds(lifeEventPeople.eventId, 'ids')).prepare(),
    rolesOf: db
      .select({ personId: roles.personId, clientId: roles.clientId, role: roles.role, since: roles.since, until: roles.until })
      .from(roles)
      .where(inIds(roles.personId, 'ids'))
      .prepare(),
  };
}

export type DashboardStatements = ReturnType<typeof dashboardStatements>;
