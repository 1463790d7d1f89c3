import { and, inArray, isNull } from 'drizzle-orm';
import { notFound } from '../../src/contract/result.ts';
import type { Db } from '../connection.ts';
import { people } from '../schema/people.ts';

/** Refuses, naming the first culprit, if any of these people is missing or in the trash. */
export function assertPeopleExist(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const found = new Set(
    db
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, [...ids]), isNull(people.deletedAt)))
      .all()
      .map((row) => row.id),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound('Person', missing);
}
