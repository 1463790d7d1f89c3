import { and, asc, desc, eq, inArray, isNull, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';
import { isLifeEventTypeKey, lifeEventType, type LifeEventTypeKey } from '../../src/catalogue/life-events.ts';
import { atPrecision } from '../../src/dates/calendar-date.ts';
import { AppFailure } from '../../src/contract/result.ts';
import type { LifeEvent, LifeEventCreate, LifeEventList, LifeEventUpdate } from '../../src/contract/schemas/events.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people } from '../schema/people.ts';
import { eventConsequences } from './event-consequences.ts';
import { definedFields } from './patch.ts';
import { requireClient, requireEvent, requirePerson } from './references.ts';
import { toAcknowledgement } from './rows.ts';

type Parsed<T extends z.ZodType> = z.output<T>;
type EventRow = typeof lifeEvents.$inferSelect;

const refuseUnknownType = (typeKey: string) => {
  if (!isLifeEventTypeKey(typeKey)) throw new AppFailure('invalid_input', `"${typeKey}" is not a kind of life event Ask After knows. Choose one from the list.`);
};

const refuseEventAboutNobody = (personIds: number[], clientId: number | null) => {
  if (personIds.length === 0 && clientId === null) throw new AppFailure('invalid_input', 'Say who the event is about: at least one person, or a client.');
};

export function lifeEventsRepository(db: Db, clock: Clock) {
  const consequences = eventConsequences(db, clock);
  /** Adds people (not in the trash) and acknowledgements to the events whose ids `eventIds` selects. */
  const withDetails = (rows: EventRow[], eventIds: SQLWrapper): LifeEvent[] => {
    if (rows.length === 0) return [];
    const links = db
      .select({ eventId: lifeEventPeople.eventId, personId: lifeEventPeople.personId })
      .from(lifeEventPeople)
      .innerJoin(people, eq(people.id, lifeEventPeople.personId))
      .where(and(inArray(lifeEventPeople.eventId, eventIds), isNull(people.deletedAt)))
      .orderBy(asc(lifeEventPeople.personId))
      .all();
    const acks = db.select().from(acknowledgements).where(inArray(acknowledgements.eventId, eventIds)).orderBy(asc(acknowledgements.at), asc(acknowledgements.id)).all();
    return rows.map(({ deletedAt: _deleted, typeKey, ...row }) => ({
      ...row,
      typeKey: typeKey as LifeEventTypeKey,
      tone: row.toneOverride ?? lifeEventType(typeKey as LifeEventTypeKey).tone,
      personIds: links.filter((l) => l.eventId === row.id).map((l) => l.personId),
      acknowledgements: acks.filter((a) => a.eventId === row.id).map(toAcknowledgement),
    }));
  };

  const get = (id: number): LifeEvent => {
    const row = requireEvent(db, id);
    return withDetails([row], db.select({ id: lifeEvents.id }).from(lifeEvents).where(eq(lifeEvents.id, id)))[0] as LifeEvent;
  };

  const requirePeople = (personIds: number[]): number[] => {
    const unique = [...new Set(personIds)];
    for (const id of unique) requirePerson(db, id);
    return unique;
  };

  const linkPeople = (eventId: number, personIds: number[]) => {
    if (personIds.length > 0) db.insert(lifeEventPeople).values(personIds.map((personId) => ({ eventId, personId }))).onConflictDoNothing().run();
  };

  /** Newest first; events in the trash are left out. With both filters, events matching both. */
  const list = ({ personId, clientId }: Parsed<typeof LifeEventList>): LifeEvent[] => {
    const filters: (SQL | undefined)[] = [isNull(lifeEvents.deletedAt)];
    if (personId !== undefined) {
      requirePerson(db, personId);
      filters.push(inArray(lifeEvents.id, db.select({ id: lifeEventPeople.eventId }).from(lifeEventPeople).where(eq(lifeEventPeople.personId, personId))));
    }
    if (clientId !== undefined) {
      requireClient(db, clientId);
      filters.push(eq(lifeEvents.clientId, clientId));
    }
    const where = and(...filters);
    const rows = db.select().from(lifeEvents).where(where).orderBy(desc(lifeEvents.date), desc(lifeEvents.id)).all();
    return withDetails(rows, db.select({ id: lifeEvents.id }).from(lifeEvents).where(where));
  };

  return {
    get,
    list,

    /** Events of one catalogue type about a person on a date (to find the one to correct rather than add another). */
    findAbout(personId: number, typeKey: LifeEventTypeKey, date: string): LifeEvent[] {
      return list({ personId }).filter((e) => e.typeKey === typeKey && e.date === date);
    },

    /** Saves the event and sets what it implies (a death, the end of a partnership or role), saying what else changed. */
    create({ personIds, subjectId, ...input }: Parsed<typeof LifeEventCreate>): LifeEvent {
      refuseUnknownType(input.typeKey);
      const about = requirePeople(personIds);
      if (input.clientId !== null) requireClient(db, input.clientId);
      refuseEventAboutNobody(about, input.clientId);
      const now = isoNow(clock);
      // better-sqlite3 transactions nest as savepoints, so this is also safe inside the dispatcher's.
      return db.transaction(() => {
        const row = db
          .insert(lifeEvents)
          .values({ ...input, date: atPrecision(input.date, input.precision), createdAt: now, updatedAt: now })
          .returning()
          .get();
        linkPeople(row.id, about);
        const alsoChanged = consequences.apply({ ...input, id: row.id, date: row.date, personIds: about }, subjectId);
        return { ...get(row.id), alsoChanged };
      });
    },

    /** `personIds`, when given, replaces who the event is about (links to people in the trash are kept for a restore). */
    update({ id, personIds, subjectId, ...patch }: Parsed<typeof LifeEventUpdate>): LifeEvent {
      const current = get(id);
      const changes = definedFields(patch);
      const next = { ...current, ...changes };
      refuseUnknownType(next.typeKey);
      if (changes.clientId) requireClient(db, changes.clientId);
      const about = personIds === undefined ? current.personIds : requirePeople(personIds);
      refuseEventAboutNobody(about, next.clientId);
      const date = atPrecision(next.date, next.precision);
      if (next.endDate !== null && next.endDate < date) throw new AppFailure('invalid_input', `The end date (${next.endDate}) is before the event's date (${date}). Check the dates and try again.`);
      return db.transaction(() => {
        db.update(lifeEvents).set({ ...changes, date, updatedAt: isoNow(clock) }).where(eq(lifeEvents.id, id)).run();
        if (personIds !== undefined) {
          const dropped = current.personIds.filter((personId) => !about.includes(personId));
          db.delete(lifeEventPeople).where(and(eq(lifeEventPeople.eventId, id), inArray(lifeEventPeople.personId, dropped))).run();
          linkPeople(id, about);
        }
        const saved = get(id);
        const alsoChanged = consequences.apply(saved, subjectId ?? null);
        return { ...get(id), alsoChanged };
      });
    },

    /** Moves the event to the trash; its people and acknowledgements stay linked for a restore. */
    trash(id: number): TrashItem {
      const event = get(id);
      const now = isoNow(clock);
      return db.transaction(() => {
        db.update(lifeEvents).set({ deletedAt: now, updatedAt: now }).where(eq(lifeEvents.id, id)).run();
        consequences.revert(event);
        return { entity: 'event', id, label: event.title, day: null, deletedAt: now };
      });
    },

    /** Sets again what a restored event implies. */
    reapply(id: number): void {
      consequences.apply(get(id), null);
    },
  };
}

export type LifeEventsRepository = ReturnType<typeof lifeEventsRepository>;
