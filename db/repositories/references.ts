import { and, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../src/contract/result.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { lifeEvents } from '../schema/life-events.ts';
import { people } from '../schema/people.ts';
import { visits } from '../schema/visits.ts';
import type { PersonRow } from './rows.ts';

/**
 * Checks that a record another one points at exists and is not in the trash, so a bad id is
 * reported as "not found" by name instead of surfacing as a foreign-key failure.
 */

export function requirePerson(db: Db, id: number): PersonRow {
  const row = db.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt))).get();
  if (!row) throw notFound('Person', id);
  return row;
}

export function requireClient(db: Db, id: number): typeof clients.$inferSelect {
  const row = db.select().from(clients).where(and(eq(clients.id, id), isNull(clients.deletedAt))).get();
  if (!row) throw notFound('Client', id);
  return row;
}

export function requireVisit(db: Db, id: number): void {
  const row = db.select({ id: visits.id }).from(visits).where(and(eq(visits.id, id), isNull(visits.deletedAt))).get();
  if (!row) throw notFound('Visit', id);
}

export function requireEvent(db: Db, id: number): typeof lifeEvents.$inferSelect {
  const row = db.select().from(lifeEvents).where(and(eq(lifeEvents.id, id), isNull(lifeEvents.deletedAt))).get();
  if (!row) throw notFound('Life event', id);
  return row;
}
