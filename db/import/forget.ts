import { and, count, eq, inArray, ne, notInArray, or } from 'drizzle-orm';
import { notFound } from '../../src/contract/result.ts';
import type { ForgetOutcome } from '../../src/contract/schemas/transfer.ts';
import type { Db } from '../connection.ts';
import { findMentions, nearnessOf } from '../export/mentions.ts';
import { displayName } from '../repositories/rows.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visitAttendees } from '../schema/visits.ts';
import { followUps, knowHow } from '../schema/work.ts';

/**
 * Deletes a person for good, in the trash or not, with every row about them: roles,
 * relationships, attendance, follow-ups and know-how about them, and the life events that were
 * about them alone (with their acknowledgements). Events shared with others stay, without them.
 * The search index follows by its triggers. Free text cannot be rewritten safely, so the
 * records whose text still names them are returned for the user to edit by hand.
 */
export function forgetPerson(db: Db, id: number): ForgetOutcome {
  return db.transaction(() => {
    const person = db.select().from(people).where(eq(people.id, id)).get();
    if (!person) throw notFound('Person', id);
    const near = nearnessOf(db, id);
    const tally = (query: { n: number } | undefined) => query?.n ?? 0;

    const theirEvents = db.select({ id: lifeEventPeople.eventId }).from(lifeEventPeople).where(eq(lifeEventPeople.personId, id));
    const sharedEvents = db.select({ id: lifeEventPeople.eventId }).from(lifeEventPeople).where(and(inArray(lifeEventPeople.eventId, theirEvents), ne(lifeEventPeople.personId, id)));
    const deleted: ForgetOutcome['deleted'] = {
      people: 1,
      roles: tally(db.select({ n: count() }).from(roles).where(eq(roles.personId, id)).get()),
      relationships: tally(db.select({ n: count() }).from(relationships).where(or(eq(relationships.personAId, id), eq(relationships.personBId, id))).get()),
      eventLinks: tally(db.select({ n: count() }).from(lifeEventPeople).where(eq(lifeEventPeople.personId, id)).get()),
      attendance: tally(db.select({ n: count() }).from(visitAttendees).where(eq(visitAttendees.personId, id)).get()),
      lifeEvents: db.delete(lifeEvents).where(and(inArray(lifeEvents.id, theirEvents), notInArray(lifeEvents.id, sharedEvents))).run().changes,
      followUps: db.delete(followUps).where(eq(followUps.personId, id)).run().changes,
      knowHow: db.delete(knowHow).where(eq(knowHow.personId, id)).run().changes,
    };
    // Roles, relationships, event links and attendance go with the person (ON DELETE CASCADE).
    db.delete(people).where(eq(people.id, id)).run();
    return { personId: id, name: displayName(person), deleted, mentions: findMentions(db, person, near) };
  });
}
