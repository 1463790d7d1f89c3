import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { withFastRows, withFastRowsAll } from './row-mapping.ts';
import { clientFields } from '../schema/client-fields.ts';
import { clients } from '../schema/clients.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visits } from '../schema/visits.ts';
import { followUps } from '../schema/work.ts';
import { inIds, relationshipColumns } from './statements.ts';
import type { ContactKind } from '../../src/contract/schemas/contacts.ts';
import type { DashboardClient } from '../../src/briefing/snapshot.ts';

interface ClientRow extends Omit<DashboardClient, 'lastContact'> {
  lastContactAt: string | null;
  lastContactKind: ContactKind | null;
}

/** The rhythm's last contact as the engine takes it: only when it came after the last visit. */
function asDashboardClients<P>(prepared: { all: (params: P) => ClientRow[]; getQuery: () => { sql: string; params: unknown[] } }) {
  const statement = withFastRows(prepared);
  return {
    getQuery: () => statement.getQuery(),
    all: (params: P): DashboardClient[] =>
      statement.all(params).map(({ lastContactAt, lastContactKind, ...c }) => ({
        ...c,
        lastContact: lastContactAt === null || lastContactKind === null ? null : { at: lastContactAt, kind: lastContactKind },
      })),
  };
}

/** The dashboard's reads, prepared once per database; each uses an index (see the query-plan test). */
export function dashboardStatements(db: Db) {
  const nextPlannedAt = sql<string | null>`(select min(v.starts_at) from visits v where v.client_id = clients.id and v.status = 'planned' and v.starts_at >= ${sql.placeholder('now')} and v.deleted_at is null)`;
  const clientColumns = {
    id: clients.id,
    name: clients.name,
    // The client's own rhythm, else its tags' (clients.tag_rhythm_days, kept by triggers).
    rhythmDays: sql<number | null>`case when ${clients.archivedAt} is null then coalesce(${clients.rhythmDays}, ${clients.tagRhythmDays}) end`,
    lastCompletedVisitAt: clients.lastVisitAt,
    // One seek per client in visits_client_status_starts_idx; read only for the clients shown.
    nextPlannedVisitAt: nextPlannedAt,
    lastContactAt: clients.lastContactAt,
    // What the last contact was, when it came after the last visit: one seek in contacts_client_occurred_idx.
    lastContactKind: sql<ContactKind | null>`case when ${clients.lastContactAt} > coalesce(${clients.lastVisitAt}, '') then (select c.kind from contacts c where c.client_id = clients.id and c.deleted_at is null and c.occurred_at = ${clients.lastContactAt} order by c.id desc limit 1) end`,
  };
  // clients_next_due_idx, word for word: the day a client falls due (as a Julian day), and the clients it holds.
  const nextDue = sql`julianday(${clients.lastContactAt}) + coalesce(${clients.rhythmDays}, ${clients.tagRhythmDays})`;
  const inNextDueIndex = sql`coalesce(${clients.rhythmDays}, ${clients.tagRhythmDays}) is not null and ${clients.lastContactAt} is not null and ${clients.archivedAt} is null and ${clients.deletedAt} is null`;
  const dueBefore = sql`${nextDue} < julianday(${sql.placeholder('dueBefore')})`;
  const dueFrom = sql`${nextDue} >= julianday(${sql.placeholder('dueFrom')})`;
  const followUpColumns = { id: followUps.id, clientId: followUps.clientId, personId: followUps.personId, dueAt: followUps.dueAt, kind: followUps.kind, context: followUps.context };
  const openDueBefore = and(isNull(followUps.doneAt), lt(followUps.dueAt, sql.placeholder('dueBy')), isNull(followUps.deletedAt));

  const reminderColumns = { id: clientFields.id, clientId: clientFields.clientId, label: clientFields.label, date: clientFields.value, remindDaysBefore: sql<number>`${clientFields.remindDaysBefore}` };
  // One range of client_fields_reminder_idx (whose expression this repeats word for word): only the reminders begun by today, of clients at work.
  const reminderBegun = and(
    isNotNull(clientFields.remindDaysBefore),
    sql`julianday(${clientFields.value}) - ${clientFields.remindDaysBefore} <= julianday(${sql.placeholder('today')})`,
    isNull(clients.deletedAt),
    isNull(clients.archivedAt),
  );

  const livingBirthdayOn = and(
    sql`(${people.birthdayMonth}, ${people.birthdayDay}) in (select value ->> 0, value ->> 1 from json_each(${sql.placeholder('monthDays')}))`,
    isNull(people.diedOn),
    isNull(people.deletedAt),
  );
  // The order of life_events_yearly_cover_idx, so ties rank alike however many days are read, at no sort.
  const celebrationOrder = [asc(lifeEvents.typeKey), asc(sql`substr(${lifeEvents.date}, 6)`), asc(lifeEvents.deletedAt), asc(lifeEvents.toneOverride), asc(lifeEvents.date), asc(lifeEvents.precision), asc(lifeEvents.clientId), asc(lifeEvents.celebrationEndsOn), asc(lifeEvents.id)];
  /**
   * Yearly celebrations on the given `MM-dd` days that the dashboard keeps (the rules in
   * src/briefing/dashboard-dates.ts): nobody on them has died, no two of them had split up by
   * today, and they name someone or a client outside the trash. Triggers keep each event's
   * `celebration_ends_on` by those rules (migration 0019), so a count reads the covering index alone.
   */
  const celebrationKept = and(
    inIds(lifeEvents.typeKey, 'types'),
    sql`substr(${lifeEvents.date}, 6) in (select value from json_each(${sql.placeholder('monthDays')}))`,
    isNull(lifeEvents.deletedAt),
    sql`(${lifeEvents.toneOverride} = 'celebration' or (${lifeEvents.toneOverride} is null and ${lifeEvents.typeKey} in (select value from json_each(${sql.placeholder('celebrations')}))))`,
    sql`(${lifeEvents.celebrationEndsOn} is null or ${lifeEvents.celebrationEndsOn} > ${sql.placeholder('today')})`,
  );
  return withFastRowsAll({
    /** The Renewals list a page at a time: the reminders begun by today, the most overdue first. */
    renewalsPage: db
      .select(reminderColumns)
      .from(clientFields)
      .innerJoin(clients, eq(clients.id, clientFields.clientId))
      .where(reminderBegun)
      .orderBy(asc(clientFields.value), asc(clientFields.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
    renewalsCount: db.select({ n: count() }).from(clientFields).innerJoin(clients, eq(clients.id, clientFields.clientId)).where(reminderBegun).prepare(),
    visitIdsBetween: db
      .select({ id: visits.id })
      .from(visits)
      .where(and(gte(visits.startsAt, sql.placeholder('from')), lt(visits.startsAt, sql.placeholder('to')), isNull(visits.deletedAt)))
      .orderBy(asc(visits.startsAt))
      .prepare(),
    /** The range's visits with what places them on a list (when, and whether cancelled), to page them before gathering. */
    visitTimesBetween: db
      .select({ id: visits.id, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      .where(and(gte(visits.startsAt, sql.placeholder('from')), lt(visits.startsAt, sql.placeholder('to')), isNull(visits.deletedAt)))
      .orderBy(asc(visits.startsAt), asc(visits.id))
      .prepare(),
    unlogged: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      .where(and(eq(visits.status, 'planned'), lt(visits.startsAt, sql.placeholder('now')), gte(visits.startsAt, sql.placeholder('since')), isNull(visits.deletedAt)))
      .orderBy(desc(visits.startsAt))
      .limit(50)
      .prepare(),
    /** Clients by id, with what the rhythm needs; archived ones (kept to name their follow-ups) with no rhythm. */
    clientsByIds: asDashboardClients(
      db
        .select(clientColumns)
        .from(clients)
        .where(and(inIds(clients.id, 'ids'), isNull(clients.deletedAt)))
        .prepare(),
    ),
    /**
     * Active clients with a rhythm (their own, else their tags') due (a visit that many days
     * after the last) before `dueBefore`: one range of clients_next_due_idx, whose expression
     * this repeats word for word.
     */
    rhythmDueBefore: asDashboardClients(
      db
        .select(clientColumns)
        .from(clients)
        .where(and(dueBefore, inNextDueIndex))
        .prepare(),
    ),
    /** rhythmDueBefore, soonest due first, the first `limit` of them: the start of the same index range. */
    rhythmDueFirst: asDashboardClients(
      db
        .select(clientColumns)
        .from(clients)
        .where(and(dueBefore, inNextDueIndex))
        .orderBy(nextDue, asc(clients.id))
        .limit(sql.placeholder('limit'))
        .prepare(),
    ),
    /** What decides whether each client in a range of the next-due index is past its rhythm (pastRhythmTest): the few near a day's edge. */
    rhythmFactsBetween: db
      .select({ rhythmDays: sql<number>`coalesce(${clients.rhythmDays}, ${clients.tagRhythmDays})`, lastCompletedVisitAt: clients.lastVisitAt, lastContactAt: clients.lastContactAt })
      .from(clients)
      .where(and(dueBefore, dueFrom, inNextDueIndex))
      .prepare(),
    /** How many rhythmDueBefore would read: counted in the index alone. */
    rhythmDueCount: db
      .select({ n: count() })
      .from(clients)
      .where(and(dueBefore, inNextDueIndex))
      .prepare(),
    /** As rhythmDueBefore, but only clients that fell due from `dueFrom` on (the catch-up's): the same index range, bounded below. */
    rhythmDueBetween: asDashboardClients(
      db
        .select(clientColumns)
        .from(clients)
        .where(and(dueBefore, dueFrom, inNextDueIndex))
        .prepare(),
    ),
    /** One page of the open follow-ups due before `dueBy`, in due order. */
    followUpsPage: db
      .select(followUpColumns)
      .from(followUps)
      .where(openDueBefore)
      .orderBy(asc(followUps.dueAt), asc(followUps.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
    /** How many followUpsPage pages through: counted in the small index of open follow-ups (named: a planner without statistics would take the larger one). */
    followUpsCount: db.select({ n: count() }).from(sql`${followUps} indexed by follow_ups_open_due_idx`).where(openDueBefore).prepare(),
    /** Open follow-ups that came due in (after, through]: the catch-up's. */
    followUpsCameDue: db
      .select(followUpColumns)
      .from(followUps)
      .where(and(isNull(followUps.doneAt), isNull(followUps.deletedAt), gt(followUps.dueAt, sql.placeholder('after')), lte(followUps.dueAt, sql.placeholder('through'))))
      .prepare(),
    followUpsByIds: db.select(followUpColumns).from(followUps).where(inIds(followUps.id, 'ids')).prepare(),
    unloggedByIds: db
      .select({ id: visits.id, clientId: visits.clientId, startsAt: visits.startsAt, status: visits.status })
      .from(visits)
      // `+status`: looked up by id, never by scanning the planned visits' partial index.
      .where(and(inIds(visits.id, 'ids'), sql`+${visits.status} = 'planned'`, isNull(visits.deletedAt)))
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
    /** The living, not in the trash, whose birthday is one of the given `[month, day]` pairs: the birthdays to rank. */
    livingBirthdaysOn: db
      .select({
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        month: people.birthdayMonth,
        day: people.birthdayDay,
        year: people.birthdayYear,
      })
      .from(people)
      .where(livingBirthdayOn)
      .prepare(),
    /** The celebrations kept on the given `MM-dd` days (celebrationKept): the anniversaries to rank. */
    celebrationsOn: db
      .select({ id: lifeEvents.id, date: lifeEvents.date, precision: lifeEvents.precision })
      .from(lifeEvents)
      .where(celebrationKept)
      .orderBy(...celebrationOrder)
      .prepare(),
    /**
     * The first `limit` month-precision celebrations kept on one month's first day (`monthDays`
     * holds its `MM-01`) from before `year`, in celebrationsOn's order: a month's anniversaries,
     * all ranked alike, of which a page shows a few.
     */
    monthCelebrationsOn: db
      .select({ id: lifeEvents.id, date: lifeEvents.date, precision: lifeEvents.precision })
      .from(lifeEvents)
      .where(and(celebrationKept, eq(lifeEvents.precision, 'month'), sql`${lifeEvents.date} < ${sql.placeholder('yearStart')}`))
      .orderBy(...celebrationOrder)
      .limit(sql.placeholder('limit'))
      .prepare(),
    /**
     * How many living people have their birthday on each given `[month, day]` pair: what ranks
     * and counts the birthdays without reading each person.
     */
    livingBirthdayCounts: db
      .select({ month: people.birthdayMonth, day: people.birthdayDay, n: count() })
      .from(people)
      .where(livingBirthdayOn)
      .groupBy(people.birthdayMonth, people.birthdayDay)
      .prepare(),
    /** celebrationsOn, counted by date and precision: each such group has the same anniversaries. */
    celebrationCounts: db
      .select({ date: lifeEvents.date, precision: lifeEvents.precision, n: count() })
      .from(lifeEvents)
      .where(celebrationKept)
      .groupBy(lifeEvents.date, lifeEvents.precision)
      .prepare(),
    /** People whose death has an anniversary on one of the given `MM-dd` days. */
    diedOn: db
      .select({ id: people.id })
      .from(people)
      // By the small index of the dead: the birthday index also holds died_on, and a planner without
      // statistics would read all of it instead.
      .where(
        sql`${people.id} in (select d.id from people d indexed by people_died_on_idx where d.died_on is not null and substr(d.died_on, 6) in (select value from json_each(${sql.placeholder('monthDays')})) and d.deleted_at is null)`,
      )
      .prepare(),
    /**
     * The relationships of the people given with someone who has a role at a client: all that
     * can say where each belongs ("Lily (Sue Hill's grandchild)"), without everyone they know.
     */
    relationshipsToRoleHoldersOf: db
      .select(relationshipColumns)
      .from(relationships)
      .where(
        or(
          and(inIds(relationships.personAId, 'ids'), sql`exists (select 1 from ${roles} where ${roles.personId} = ${relationships.personBId})`),
          and(inIds(relationships.personBId, 'ids'), sql`exists (select 1 from ${roles} where ${roles.personId} = ${relationships.personAId})`),
        ),
      )
      .prepare(),
    /** Relationships with both people in the set: between the people of an anniversary, say. */
    relationshipsAmong: db
      .select(relationshipColumns)
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
    /**
     * Yearly events on the given `MM-dd` days that read as a loss: any yearly date the user marked
     * as grief, or a death left as it is. Two ranges of life_events_yearly_cover_idx (its tone is
     * in the index), so the fortnight's celebrations are never read to be turned away.
     */
    yearlyLossesOn: db
      .select({ id: lifeEvents.id })
      .from(lifeEvents)
      .where(
        or(
          and(
            inIds(lifeEvents.typeKey, 'types'),
            sql`substr(${lifeEvents.date}, 6) in (select value from json_each(${sql.placeholder('monthDays')}))`,
            isNull(lifeEvents.deletedAt),
            eq(lifeEvents.toneOverride, 'grief'),
          ),
          and(
            inIds(lifeEvents.typeKey, 'griefTypes'),
            sql`substr(${lifeEvents.date}, 6) in (select value from json_each(${sql.placeholder('monthDays')}))`,
            isNull(lifeEvents.deletedAt),
            isNull(lifeEvents.toneOverride),
          ),
        ),
      )
      .prepare(),
    peopleOfEvents: db.select({ personId: lifeEventPeople.personId }).from(lifeEventPeople).where(inIds(lifeEventPeople.eventId, 'ids')).prepare(),
    rolesOf: db
      .select({ personId: roles.personId, clientId: roles.clientId, role: roles.role, since: roles.since, until: roles.until })
      .from(roles)
      .where(inIds(roles.personId, 'ids'))
      .prepare(),
  });
}

export type DashboardStatements = ReturnType<typeof dashboardStatements>;
