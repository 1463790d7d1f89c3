import { eq } from 'drizzle-orm';
import type { Store } from '../../../db/connection.ts';
import { clients } from '../../../db/schema/clients.ts';
import { people } from '../../../db/schema/people.ts';

/** Minimal rows written straight to the tables, so these tests do not depend on other domains' repositories. */
export const seedClient = (store: Store, name: string): number =>
  store.db.insert(clients).values({ name, kind: 'business' }).returning({ id: clients.id }).get().id;

export const seedPerson = (store: Store, givenName: string): number =>
  store.db.insert(people).values({ givenName }).returning({ id: people.id }).get().id;

export const trashClient = (store: Store, id: number): void => {
  store.db.update(clients).set({ deletedAt: '2026-11-01T00:00:00.000Z' }).where(eq(clients.id, id)).run();
};

export const trashPerson = (store: Store, id: number): void => {
  store.db.update(people).set({ deletedAt: '2026-11-01T00:00:00.000Z' }).where(eq(people.id, id)).run();
};

/** EXPLAIN QUERY PLAN of a drizzle query, one detail line per step. */
export function queryPlan(store: Store, query: { toSQL(): { sql: string; params: unknown[] } }): string[] {
  const { sql, params } = query.toSQL();
  return (store.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
}
