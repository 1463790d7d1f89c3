import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { AppFailure } from '../../src/contract/result.ts';
import type { VisitAttendee } from '../../src/contract/schemas/visits.ts';
import type { Db } from '../connection.ts';
import { people } from '../schema/people.ts';
import { visitAttendees } from '../schema/visits.ts';
import { requirePerson } from './references.ts';

/** Attendees of each visit, people in the trash left out (they come back if restored). */
export function attendeesByVisit(db: Db, visitIds: readonly number[]): Map<number, VisitAttendee[]> {
  const byVisit = new Map<number, VisitAttendee[]>(visitIds.map((id) => [id, []]));
  if (visitIds.length === 0) return byVisit;
  const rows = db
    .select({ visitId: visitAttendees.visitId, personId: visitAttendees.personId, expected: visitAttendees.expected, attended: visitAttendees.attended })
    .from(visitAttendees)
    .innerJoin(people, eq(people.id, visitAttendees.personId))
    .where(and(inArray(visitAttendees.visitId, [...visitIds]), isNull(people.deletedAt)))
    .orderBy(asc(visitAttendees.visitId), asc(visitAttendees.personId))
    .all();
  for (const { visitId, ...attendee } of rows) byVisit.get(visitId)?.push(attendee);
  return byVisit;
}

/**
 * Replaces the visible attendee set of a visit. Rows of people in the trash are kept, so
 * restoring such a person also restores their place at the visit.
 */
export function replaceAttendees(db: Db, visitId: number, attendees: readonly VisitAttendee[]): void {
  const ids = attendees.map((a) => a.personId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new AppFailure('invalid_input', `Person ${twice} is listed twice for this visit. List each person once.`);
  for (const id of ids) requirePerson(db, id);
  db.delete(visitAttendees)
    .where(and(eq(visitAttendees.visitId, visitId), inArray(visitAttendees.personId, db.select({ id: people.id }).from(people).where(isNull(people.deletedAt)))))
    .run();
  if (attendees.length > 0) db.insert(visitAttendees).values(attendees.map((a) => ({ visitId, ...a }))).run();
}
