import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { consequencesOf, DEATH_TYPES, RELATIONSHIP_ENDING_TYPES, ROLE_ENDING_TYPES, subjectOf } from '../../src/briefing/consequences.ts';
import type { EventFacts, StateFacts } from '../../src/briefing/consequences.ts';
import type { LifeEventTypeKey } from '../../src/catalogue/life-events.ts';
import { AppFailure } from '../../src/contract/result.ts';
import type { FactChange } from '../../src/contract/schemas/events.ts';
import { calendarDate, fromDate } from '../../src/dates/calendar-date.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { toSnapshotPerson } from '../briefing/rows.ts';
import { clients } from '../schema/clients.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { displayName, type PersonRow } from './rows.ts';

/**
 * The domain side of "one fact, one truth": saving a life event that ends something also sets
 * the state it implies (a death sets the date of death, a separation ends the partnership, a
 * retirement ends the roles), and trashing the event takes back what it set, unless another
 * event still says so. The rules themselves are shared with the engine (src/briefing/consequences.ts).
 */

type Event = EventFacts & { id: number };

export function eventConsequences(db: Db, clock: Clock) {
  const nameOf = (id: number): string => {
    const row = db.select({ givenName: people.givenName, familyName: people.familyName }).from(people).where(eq(people.id, id)).get();
    return row ? displayName(row) : 'someone';
  };

  /** The state of the people on an event: who they are, their partnerships with each other, their roles. */
  const stateOf = (personIds: readonly number[]): StateFacts => {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return { people: new Map(), relationships: [], roles: [] };
    const rows = db.select().from(people).where(and(inArray(people.id, ids), isNull(people.deletedAt))).all();
    const rels = db
      .select()
      .from(relationships)
      .where(and(inArray(relationships.personAId, ids), inArray(relationships.personBId, ids)))
      .all()
      .map((r) => ({ id: r.id, aId: r.personAId, bId: r.personBId, kind: r.kind, since: r.since, until: r.until }));
    const roleRows = db
      .select()
      .from(roles)
      .where(inArray(roles.personId, ids))
      .all()
      .map((r) => ({ id: r.id, personId: r.personId, clientId: r.clientId, role: r.role, since: r.since, until: r.until }));
    return { people: new Map(rows.map((r) => [r.id, toSnapshotPerson(r)])), relationships: rels, roles: roleRows };
  };

  /** A date of death must be a real day of their life: not ahead of today, not before they were born. */
  const refuseImpossibleDeath = (person: PersonRow, diedOn: string) => {
    const name = displayName(person);
    if (diedOn > fromDate(clock())) throw new AppFailure('conflict', `The date of death (${diedOn}) is in the future. Check the date for ${name} and try again.`);
    const { birthdayYear: y, birthdayMonth: m, birthdayDay: d } = person;
    const born = y !== null && m !== null && d !== null ? calendarDate(y, m, d) : null;
    if (born !== null && diedOn < born) throw new AppFailure('conflict', `The date of death (${diedOn}) is before ${name} was born (${born}). Check the date and try again.`);
  };

  /** Links the family told about a death (current and former partners, parents, children, grandparents, siblings) to its event. */
  const linkFamily = (eventId: number, personId: number) => {
    const close = ['partner', 'spouse', 'parent', 'grandparent', 'sibling'] as const;
    const rels = db
      .select({ a: relationships.personAId, b: relationships.personBId })
      .from(relationships)
      .where(and(inArray(relationships.kind, [...close])))
      .all()
      .filter((r) => r.a === personId || r.b === personId);
    const ids = [...new Set(rels.map((r) => (r.a === personId ? r.b : r.a)))];
    const live = ids.length === 0 ? [] : db.select({ id: people.id }).from(people).where(and(inArray(people.id, ids), isNull(people.deletedAt))).all();
    if (live.length > 0) db.insert(lifeEventPeople).values(live.map((p) => ({ eventId, personId: p.id }))).onConflictDoNothing().run();
  };

  const clientName = (id: number) => db.select({ name: clients.name }).from(clients).where(eq(clients.id, id)).get()?.name ?? 'a client';

  /** Other live events (not `exceptId`) of these types about the person. */
  const otherEvents = (personId: number, types: ReadonlySet<LifeEventTypeKey>, exceptId: number): Event[] => {
    const rows = db
      .select({ id: lifeEvents.id, typeKey: lifeEvents.typeKey, title: lifeEvents.title, date: lifeEvents.date, precision: lifeEvents.precision, clientId: lifeEvents.clientId })
      .from(lifeEvents)
      .innerJoin(lifeEventPeople, eq(lifeEventPeople.eventId, lifeEvents.id))
      .where(and(eq(lifeEventPeople.personId, personId), isNull(lifeEvents.deletedAt), ne(lifeEvents.id, exceptId), inArray(lifeEvents.typeKey, [...types])))
      .all();
    return rows.map((r) => ({
      ...r,
      typeKey: r.typeKey as LifeEventTypeKey,
      personIds: db.select({ id: lifeEventPeople.personId }).from(lifeEventPeople).where(eq(lifeEventPeople.eventId, r.id)).all().map((l) => l.id),
    }));
  };

  return {
    /**
     * Sets what the saved event implies and says what else changed. `subjectId` is who it
     * happened to when the user said so ("Who died?"); otherwise it is read from the event.
     */
    apply(event: Event, subjectId: number | null): FactChange[] {
      if (subjectId !== null && !event.personIds.includes(subjectId)) {
        throw new AppFailure('invalid_input', `${nameOf(subjectId)} is not one of the people the event is about. Add them under "Who it is about", or choose someone else.`);
      }
      const found = consequencesOf(event, stateOf(event.personIds), subjectId);
      const now = isoNow(clock);
      const changes: FactChange[] = [];
      for (const d of found.deaths) {
        const row = db.select().from(people).where(eq(people.id, d.personId)).get();
        if (!row) continue;
        refuseImpossibleDeath(row, d.on.date);
        db.update(people).set({ diedOn: d.on.date, updatedAt: now }).where(eq(people.id, d.personId)).run();
        linkFamily(event.id, d.personId);
        changes.push({ kind: 'died', recordId: d.personId, personName: displayName(row), otherName: null, date: d.on.date, precision: d.on.precision });
      }
      for (const r of found.endedRelationships) {
        const row = db.select().from(relationships).where(eq(relationships.id, r.id)).get();
        if (!row) continue;
        db.update(relationships).set({ until: r.until, updatedAt: now }).where(eq(relationships.id, r.id)).run();
        changes.push({ kind: 'relationship-ended', recordId: r.id, personName: nameOf(row.personAId), otherName: nameOf(row.personBId), date: r.until, precision: event.precision });
      }
      for (const r of found.endedRoles) {
        const row = db.select().from(roles).where(eq(roles.id, r.id)).get();
        if (!row) continue;
        db.update(roles).set({ until: r.until, updatedAt: now }).where(eq(roles.id, r.id)).run();
        changes.push({ kind: 'role-ended', recordId: r.id, personName: nameOf(row.personId), otherName: clientName(row.clientId), date: r.until, precision: event.precision });
      }
      return changes;
    },

    /** Takes back what the event set (the date of death, the end of a partnership or role) unless another live event says the same. */
    revert(event: Event): FactChange[] {
      const state = stateOf(event.personIds);
      const now = isoNow(clock);
      const changes: FactChange[] = [];
      if (DEATH_TYPES.has(event.typeKey)) {
        const subject = subjectOf(event, state.people);
        if (subject !== null && subject.diedOn?.date === event.date) {
          const others = otherEvents(subject.id, DEATH_TYPES, event.id).filter((e) => subjectOf(e, state.people)?.id === subject.id);
          if (others.length === 0) {
            db.update(people).set({ diedOn: null, updatedAt: now }).where(eq(people.id, subject.id)).run();
            changes.push({ kind: 'died', recordId: subject.id, personName: nameOf(subject.id), otherName: null, date: event.date, precision: event.precision });
          }
        }
      }
      if (RELATIONSHIP_ENDING_TYPES.has(event.typeKey)) {
        for (const r of state.relationships) {
          if ((r.kind !== 'partner' && r.kind !== 'spouse') || r.until !== event.date) continue;
          const others = otherEvents(r.aId, RELATIONSHIP_ENDING_TYPES, event.id).filter((e) => e.personIds.includes(r.bId));
          if (others.length > 0) continue;
          db.update(relationships).set({ until: null, updatedAt: now }).where(eq(relationships.id, r.id)).run();
          changes.push({ kind: 'relationship-ended', recordId: r.id, personName: nameOf(r.aId), otherName: nameOf(r.bId), date: event.date, precision: event.precision });
        }
      }
      if (ROLE_ENDING_TYPES.has(event.typeKey)) {
        const subject = subjectOf(event, state.people);
        for (const r of state.roles) {
          if (subject === null || r.personId !== subject.id || r.until !== event.date || (event.clientId !== null && r.clientId !== event.clientId)) continue;
          if (otherEvents(subject.id, ROLE_ENDING_TYPES, event.id).some((e) => e.date === event.date)) continue;
          db.update(roles).set({ until: null, updatedAt: now }).where(eq(roles.id, r.id)).run();
          changes.push({ kind: 'role-ended', recordId: r.id, personName: subject.givenName, otherName: clientName(r.clientId), date: event.date, precision: event.precision });
        }
      }
      return changes;
    },
  };
}
