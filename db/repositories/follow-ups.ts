import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { ListPage } from '../../src/contract/schemas/pages.ts';
import type { FollowUp, FollowUpCreate, FollowUpDone, FollowUpList, FollowUpPage, FollowUpReassign, FollowUpRow, FollowUpUpdate } from '../../src/contract/schemas/work.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { people, roles } from '../schema/people.ts';
import { followUps } from '../schema/work.ts';
import { requireClient, requirePerson } from './references.ts';
import { displayName } from './rows.ts';
import { everyWordIn } from './text-filter.ts';
import { visitsRepository } from './visits.ts';

type Row = typeof followUps.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;
export type FollowUpFilter = Parsed<typeof FollowUpList> & { id?: number };

const toFollowUp = ({ deletedAt: _deleted, ...row }: Row): FollowUp => row;

/**
 * Follow-ups outside the trash, of clients outside the trash, soonest due first. Open ones
 * (done_at is null) due before a time run on follow_ups_due_idx (tests check the plan).
 * A person in the trash does not hide the follow-up: it still belongs to the client.
 */
export function selectFollowUps(db: Db, { id, clientId, personId, open, dueBefore }: FollowUpFilter) {
  return db
    .select({ followUp: followUps, clientName: clients.name })
    .from(followUps)
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .where(
      and(
        isNull(followUps.deletedAt),
        isNull(clients.deletedAt),
        id === undefined ? undefined : eq(followUps.id, id),
        clientId === undefined ? undefined : eq(followUps.clientId, clientId),
        personId === undefined ? undefined : eq(followUps.personId, personId),
        open === undefined ? undefined : open ? isNull(followUps.doneAt) : isNotNull(followUps.doneAt),
        dueBefore === undefined ? undefined : lt(followUps.dueAt, dueBefore),
      ),
    )
    .orderBy(asc(followUps.dueAt), asc(followUps.id));
}

/**
 * One section of the follow-ups screen, a page at a time, with the names it shows. Overdue and
 * upcoming are open ones due before and from now, soonest first (follow_ups_due_idx gives them
 * in order, so a page reads only its rows); done ones latest done first. The filter looks in
 * the kind, the context, the client's name and the person's name, over every row.
 */
export function followUpsPage(db: Db, now: string, { section, query, limit }: Parsed<typeof FollowUpPage>): ListPage<FollowUpRow> {
  const where = and(
    isNull(followUps.deletedAt),
    isNull(clients.deletedAt),
    section === 'done' ? isNotNull(followUps.doneAt) : isNull(followUps.doneAt),
    section === 'overdue' ? lt(followUps.dueAt, now) : section === 'upcoming' ? gte(followUps.dueAt, now) : undefined,
    ...everyWordIn(query, [followUps.kind, followUps.context, clients.name, people.givenName, people.familyName, people.nickname]),
  );
  // A person in the trash keeps the follow-up (it belongs to the client) but is not named.
  const person = and(eq(people.id, followUps.personId), isNull(people.deletedAt));
  const order = section === 'done' ? [desc(followUps.doneAt), desc(followUps.dueAt), desc(followUps.id)] : [asc(followUps.dueAt), asc(followUps.id)];
  const rows = db
    .select({ followUp: followUps, clientName: clients.name, givenName: people.givenName, familyName: people.familyName })
    .from(followUps)
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .leftJoin(people, person)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .all();
  const total = db.select({ n: count() }).from(followUps).innerJoin(clients, eq(clients.id, followUps.clientId)).leftJoin(people, person).where(where).get()?.n ?? 0;
  return {
    items: rows.map((r) => ({ ...toFollowUp(r.followUp), clientName: r.clientName, personName: r.givenName === null ? null : displayName({ givenName: r.givenName, familyName: r.familyName }) })),
    total,
  };
}

export function followUpsRepository(db: Db, clock: Clock) {
  const visitsRepo = visitsRepository(db, clock);

  const find = (id: number) => {
    const row = selectFollowUps(db, { id }).get();
    if (!row) throw notFound('Follow-up', id);
    return row;
  };
  const get = (id: number): FollowUp => toFollowUp(find(id).followUp);

  /** The client, person and source visit must exist, and the visit must be one of this client's. */
  const checkReferences = ({ clientId, personId, sourceVisitId }: { clientId: number; personId?: number | null; sourceVisitId?: number | null }) => {
    const client = requireClient(db, clientId);
    if (personId != null) requirePerson(db, personId);
    if (sourceVisitId != null && visitsRepo.get(sourceVisitId).clientId !== clientId) {
      throw new AppFailure('invalid_input', `Visit ${sourceVisitId} was not a visit to ${client.name}. Choose one of their visits, or none.`);
    }
  };

  const setColumns = (id: number, columns: Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt'>>): FollowUp => {
    db.update(followUps)
      .set({ ...columns, updatedAt: isoNow(clock) })
      .where(eq(followUps.id, id))
      .run();
    return get(id);
  };

  return {
    get,

    page: (input: Parsed<typeof FollowUpPage>): ListPage<FollowUpRow> => followUpsPage(db, isoNow(clock), input),

    list(filter: Parsed<typeof FollowUpList>): FollowUp[] {
      return selectFollowUps(db, filter)
        .all()
        .map((r) => toFollowUp(r.followUp));
    },

    create(input: Parsed<typeof FollowUpCreate>): FollowUp {
      checkReferences(input);
      const now = isoNow(clock);
      return toFollowUp(
        db
          .insert(followUps)
          .values({ ...input, createdAt: now, updatedAt: now })
          .returning()
          .get(),
      );
    },

    update({ id, ...patch }: Parsed<typeof FollowUpUpdate>): FollowUp {
      const current = get(id);
      const next = { ...current, ...patch };
      // Only what changes is checked, so a person or visit trashed since does not block editing the context.
      checkReferences({
        clientId: next.clientId,
        personId: patch.personId,
        sourceVisitId: patch.sourceVisitId !== undefined || next.clientId !== current.clientId ? next.sourceVisitId : null,
      });
      return setColumns(id, patch);
    },

    /** Ticks the follow-up off (when: `at`, else now) or reopens it; the outcome is kept unless a new one is given. */
    done({ id, done, at, outcome }: Parsed<typeof FollowUpDone>): FollowUp {
      const current = get(id);
      const doneAt = done ? (at ?? current.doneAt ?? isoNow(clock)) : null;
      if (doneAt === current.doneAt && outcome === undefined) return current;
      return setColumns(id, { doneAt, ...(outcome === undefined ? {} : { outcome }) });
    },

    /**
     * "Ask someone else": the promise moves to another person at the client. Refused for someone
     * who has died or has no current role there, since that is the problem being solved.
     */
    reassign({ id, personId }: Parsed<typeof FollowUpReassign>): FollowUp {
      const current = get(id);
      const person = requirePerson(db, personId);
      const name = displayName(person);
      const client = requireClient(db, current.clientId);
      if (person.diedOn !== null) throw new AppFailure('conflict', `${name} has died. Choose someone else at ${client.name}.`);
      const today = isoNow(clock).slice(0, 10);
      const here = db.select().from(roles).where(and(eq(roles.personId, personId), eq(roles.clientId, current.clientId))).all();
      if (!here.some((r) => r.until === null || r.until > today)) throw new AppFailure('conflict', `${name} has no current role at ${client.name}. Choose someone who works or lives there.`);
      return setColumns(id, { personId });
    },

    trash(id: number): TrashItem {
      const { followUp, clientName } = find(id);
      const now = isoNow(clock);
      db.update(followUps).set({ deletedAt: now, updatedAt: now }).where(eq(followUps.id, id)).run();
      // Worded as the trash list words it.
      return { entity: 'followUp', id, label: `Follow-up (${followUp.kind}) with ${clientName}, due`, day: followUp.dueAt.slice(0, 10), deletedAt: now };
    },
  };
}

export type FollowUpsRepository = ReturnType<typeof followUpsRepository>;
