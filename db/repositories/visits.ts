import { and, asc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import type { Visit, VisitAttendee, VisitCancel, VisitComplete, VisitCreate, VisitList, VisitSetAttendees, VisitUpdate } from '../../src/contract/schemas/visits.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { people } from '../schema/people.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { requireClient } from './references.ts';
import { attendeesByVisit, replaceAttendees } from './visit-attendees.ts';

type Row = typeof visits.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;
export type VisitFilter = Parsed<typeof VisitList> & { id?: number };

const toVisit = ({ deletedAt: _deleted, ...row }: Row, clientName: string, attendees: VisitAttendee[]): Visit => ({ ...row, clientName, attendees });

/**
 * The one query behind get and list: visits outside the trash, of clients outside the trash,
 * in start order. A window is [from, to). With a client it runs on visits_client_starts_idx,
 * without one on visits_starts_idx (tests check the plans).
 */
export function selectVisits(db: Db, { id, clientId, from, to, status, limit }: VisitFilter) {
  return db
    .select({ visit: visits, clientName: clients.name })
    .from(visits)
    .innerJoin(clients, eq(clients.id, visits.clientId))
    .where(
      and(
        isNull(visits.deletedAt),
        isNull(clients.deletedAt),
        id === undefined ? undefined : eq(visits.id, id),
        clientId === undefined ? undefined : eq(visits.clientId, clientId),
        from === undefined ? undefined : gte(visits.startsAt, from),
        to === undefined ? undefined : lt(visits.startsAt, to),
        status === undefined ? undefined : eq(visits.status, status),
      ),
    )
    .orderBy(asc(visits.startsAt), asc(visits.id))
    .limit(limit);
}

/** A column set from the patch only when the patch has it: `@setX` says whether, `@x` what to. */
const patched = (column: SQLiteColumn, name: string): SQL => sql`case when ${sql.placeholder(`set_${name}`)} then ${sql.placeholder(name)} else ${column} end`;
const PATCHABLE = ['clientId', 'startsAt', 'endsAt', 'purpose', 'location', 'notes', 'workDone'] as const;

/** Statements the autosave path runs on every keystroke pause, prepared once per database. */
function preparedVisitStatements(db: Db) {
  return {
    byId: db
      .select({ visit: visits, clientName: clients.name })
      .from(visits)
      .innerJoin(clients, eq(clients.id, visits.clientId))
      .where(and(eq(visits.id, sql.placeholder('id')), isNull(visits.deletedAt), isNull(clients.deletedAt)))
      .prepare(),
    attendees: db
      .select({ personId: visitAttendees.personId, expected: visitAttendees.expected, attended: visitAttendees.attended })
      .from(visitAttendees)
      .innerJoin(people, eq(people.id, visitAttendees.personId))
      .where(and(eq(visitAttendees.visitId, sql.placeholder('id')), isNull(people.deletedAt)))
      .orderBy(asc(visitAttendees.personId))
      .prepare(),
    /**
     * One statement for every patch: writes only the fields given, and only when the visit
     * would still end after it starts (checked against the stored values, no read first).
     */
    update: db
      .update(visits)
      .set({
        clientId: patched(visits.clientId, 'clientId'),
        startsAt: patched(visits.startsAt, 'startsAt'),
        endsAt: patched(visits.endsAt, 'endsAt'),
        purpose: patched(visits.purpose, 'purpose'),
        location: patched(visits.location, 'location'),
        notes: patched(visits.notes, 'notes'),
        workDone: patched(visits.workDone, 'workDone'),
        updatedAt: sql`${sql.placeholder('now')}`,
      })
      .where(
        and(
          eq(visits.id, sql.placeholder('id')),
          isNull(visits.deletedAt),
          sql`exists (select 1 from ${clients} where ${clients.id} = ${visits.clientId} and ${clients.deletedAt} is null)`,
          sql`coalesce(${patched(visits.endsAt, 'endsAt')}, ${patched(visits.startsAt, 'startsAt')}) >= ${patched(visits.startsAt, 'startsAt')}`,
        ),
      )
      .prepare(),
  };
}

export function visitsRepository(db: Db, clock: Clock) {
  const statements = preparedVisitStatements(db);
  const list = (filter: VisitFilter): Visit[] => {
    const rows = selectVisits(db, filter).all();
    const attendees = attendeesByVisit(
      db,
      rows.map((r) => r.visit.id),
    );
    return rows.map((r) => toVisit(r.visit, r.clientName, attendees.get(r.visit.id) ?? []));
  };

  const get = (id: number): Visit => {
    const row = statements.byId.get({ id });
    if (!row) throw notFound('Visit', id);
    return toVisit(row.visit, row.clientName, statements.attendees.all({ id }));
  };

  const setColumns = (id: number, columns: Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt'>>): Visit => {
    db.update(visits)
      .set({ ...columns, updatedAt: isoNow(clock) })
      .where(eq(visits.id, id))
      .run();
    return get(id);
  };

  return {
    get,
    list,

    create({ expectedPersonIds, ...fields }: Parsed<typeof VisitCreate>): Visit {
      requireClient(db, fields.clientId);
      const now = isoNow(clock);
      // better-sqlite3 is synchronous: queries on `db` inside run in this transaction (a savepoint when nested).
      return db.transaction(() => {
        const row = db
          .insert(visits)
          .values({ ...fields, completedAt: fields.status === 'completed' ? now : null, createdAt: now, updatedAt: now })
          .returning({ id: visits.id })
          .get();
        replaceAttendees(
          db,
          row.id,
          [...new Set(expectedPersonIds)].map((personId) => ({ personId, expected: true, attended: false })),
        );
        return get(row.id);
      });
    },

    /** Also the autosave of the visit log: writes only the fields given, so it is safe to repeat. One write, one read. */
    update({ id, ...patch }: Parsed<typeof VisitUpdate>): Visit {
      if (patch.clientId !== undefined) requireClient(db, patch.clientId);
      const values: Record<string, unknown> = { id, now: isoNow(clock) };
      for (const name of PATCHABLE) {
        const value = patch[name];
        values[`set_${name}`] = value === undefined ? 0 : 1;
        values[name] = value ?? null;
      }
      if (statements.update.run(values).changes === 0) {
        get(id); // not found says so; otherwise the only reason left:
        throw new AppFailure('invalid_input', 'The visit would end before it starts. Change the end time or the start time.');
      }
      return get(id);
    },

    /** Who was there: the given set replaces the previous one. */
    setAttendees({ id, attendees }: Parsed<typeof VisitSetAttendees>): Visit {
      get(id);
      return db.transaction(() => {
        replaceAttendees(db, id, attendees);
        return setColumns(id, {});
      });
    },

    /** Logs the visit as done. Completing again only moves completedAt, and only if a new one is given. */
    complete({ id, completedAt, startsAt }: Parsed<typeof VisitComplete>): Visit {
      const current = get(id);
      if (current.status === 'cancelled') {
        throw new AppFailure('conflict', `The visit to ${current.clientName} was cancelled, so it cannot be logged as completed. Plan a new visit and log that one instead.`);
      }
      if (startsAt !== undefined && startsAt > isoNow(clock)) {
        throw new AppFailure('invalid_input', 'A visit can only be logged as done once it has happened. Choose the day it actually took place.', [
          { path: 'startsAt', message: 'Choose a day that is not in the future.' },
        ]);
      }
      if (startsAt !== undefined && startsAt !== current.startsAt) {
        // The visit happened earlier than planned: it moves, keeping its length.
        const shift = Date.parse(startsAt) - Date.parse(current.startsAt);
        const endsAt = current.endsAt === null ? null : new Date(Date.parse(current.endsAt) + shift).toISOString();
        return setColumns(id, { status: 'completed', startsAt, endsAt, completedAt: completedAt ?? isoNow(clock) });
      }
      if (current.status === 'completed' && (completedAt === undefined || completedAt === current.completedAt)) return current;
      return setColumns(id, { status: 'completed', completedAt: completedAt ?? isoNow(clock) });
    },

    cancel({ id }: Parsed<typeof VisitCancel>): Visit {
      const current = get(id);
      if (current.status === 'cancelled') return current;
      if (current.status === 'completed') {
        throw new AppFailure('conflict', `The visit to ${current.clientName} has already been logged as completed, so it cannot be cancelled. Delete it instead if it never happened.`);
      }
      return setColumns(id, { status: 'cancelled' });
    },

    /** Moves the visit to the trash; its attendees and acknowledgements come back with it on restore. */
    trash(id: number): TrashItem {
      const visit = get(id);
      const now = isoNow(clock);
      db.update(visits).set({ deletedAt: now, updatedAt: now }).where(eq(visits.id, id)).run();
      // Worded as the trash list words it.
      return { entity: 'visit', id, label: `Visit to ${visit.clientName} on`, day: visit.startsAt.slice(0, 10), deletedAt: now };
    },
  };
}

export type VisitsRepository = ReturnType<typeof visitsRepository>;
