import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import type { ListPage } from '../../src/contract/schemas/pages.ts';
import type { KnowHow, KnowHowAskedAgain, KnowHowCreate, KnowHowList, KnowHowPage, KnowHowRow, KnowHowUpdate } from '../../src/contract/schemas/work.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { people } from '../schema/people.ts';
import { knowHow } from '../schema/work.ts';
import { requireClient, requirePerson } from './references.ts';
import { displayName } from './rows.ts';
import { everyWordIn } from './text-filter.ts';

type Row = typeof knowHow.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;

const toKnowHow = ({ deletedAt: _deleted, ...row }: Row): KnowHow => row;

/**
 * Questions a page at a time, most asked first (know_how_most_asked_idx gives them in order),
 * with who asked. Hidden while their client or person is in the trash, as in the full list.
 * The filter looks in the question, the answer and the client's and person's names.
 */
export function knowHowPage(db: Db, { query, limit }: Parsed<typeof KnowHowPage>): ListPage<KnowHowRow> {
  const where = and(
    isNull(knowHow.deletedAt),
    isNull(clients.deletedAt),
    isNull(people.deletedAt),
    ...everyWordIn(query, [knowHow.question, knowHow.answer, clients.name, people.givenName, people.familyName, people.nickname]),
  );
  const counted = () => db.select({ n: count() }).from(knowHow).leftJoin(clients, eq(clients.id, knowHow.clientId)).leftJoin(people, eq(people.id, knowHow.personId));
  const rows = db
    .select({ knowHow, clientName: clients.name, givenName: people.givenName, familyName: people.familyName })
    .from(knowHow)
    .leftJoin(clients, eq(clients.id, knowHow.clientId))
    .leftJoin(people, eq(people.id, knowHow.personId))
    .where(where)
    .orderBy(desc(knowHow.timesAsked), desc(knowHow.lastAskedAt), asc(knowHow.id))
    .limit(limit)
    .all();
  const total = counted().where(where).get()?.n ?? 0;
  return {
    items: rows.map((r) => ({ ...toKnowHow(r.knowHow), clientName: r.clientName, personName: r.givenName === null ? null : displayName({ givenName: r.givenName, familyName: r.familyName }) })),
    total,
  };
}

export function knowHowRepository(db: Db, clock: Clock) {
  /**
   * Questions outside the trash, most asked first. A question goes with its client and its person
   * (emptying the trash deletes it with either), so it is hidden while either is in the trash.
   */
  const select = ({ id, clientId, personId }: Parsed<typeof KnowHowList> & { id?: number }) =>
    db
      .select({ knowHow })
      .from(knowHow)
      .leftJoin(clients, eq(clients.id, knowHow.clientId))
      .leftJoin(people, eq(people.id, knowHow.personId))
      .where(
        and(
          isNull(knowHow.deletedAt),
          isNull(clients.deletedAt),
          isNull(people.deletedAt),
          id === undefined ? undefined : eq(knowHow.id, id),
          clientId === undefined ? undefined : eq(knowHow.clientId, clientId),
          personId === undefined ? undefined : eq(knowHow.personId, personId),
        ),
      )
      .orderBy(desc(knowHow.timesAsked), desc(knowHow.lastAskedAt), asc(knowHow.id));

  const get = (id: number): KnowHow => {
    const row = select({ id }).get();
    if (!row) throw notFound('Question', id);
    return toKnowHow(row.knowHow);
  };

  const checkAskedBy = (clientId: number | null | undefined, personId: number | null | undefined) => {
    if (clientId != null) requireClient(db, clientId);
    if (personId != null) requirePerson(db, personId);
  };

  const setColumns = (id: number, columns: Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt'>>): KnowHow => {
    db.update(knowHow)
      .set({ ...columns, updatedAt: isoNow(clock) })
      .where(eq(knowHow.id, id))
      .run();
    return get(id);
  };

  return {
    get,

    page: (input: Parsed<typeof KnowHowPage>): ListPage<KnowHowRow> => knowHowPage(db, input),

    list(filter: Parsed<typeof KnowHowList>): KnowHow[] {
      return select(filter)
        .all()
        .map((r) => toKnowHow(r.knowHow));
    },

    create({ lastAskedAt, ...input }: Parsed<typeof KnowHowCreate>): KnowHow {
      checkAskedBy(input.clientId, input.personId);
      const now = isoNow(clock);
      const row = db
        .insert(knowHow)
        .values({ ...input, timesAsked: 1, lastAskedAt: lastAskedAt ?? now, createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toKnowHow(row);
    },

    update({ id, ...patch }: Parsed<typeof KnowHowUpdate>): KnowHow {
      const current = get(id);
      const next = { ...current, ...patch };
      if (next.clientId == null && next.personId == null) {
        throw new AppFailure('invalid_input', 'A question needs the client or the person who asked it. Keep at least one of them.');
      }
      checkAskedBy(patch.clientId, patch.personId);
      return setColumns(id, patch);
    },

    /** They asked again: one more time, and the latest time it was asked moves on (never back). */
    askedAgain({ id, at }: Parsed<typeof KnowHowAskedAgain>): KnowHow {
      const current = get(id);
      const askedAt = at ?? isoNow(clock);
      return setColumns(id, { timesAsked: current.timesAsked + 1, lastAskedAt: askedAt > current.lastAskedAt ? askedAt : current.lastAskedAt });
    },

    trash(id: number): TrashItem {
      const question = get(id);
      const now = isoNow(clock);
      db.update(knowHow).set({ deletedAt: now, updatedAt: now }).where(eq(knowHow.id, id)).run();
      return { entity: 'knowHow', id, label: question.question, day: null, deletedAt: now };
    },
  };
}

export type KnowHowRepository = ReturnType<typeof knowHowRepository>;
