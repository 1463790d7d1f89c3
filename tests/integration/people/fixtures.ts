import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Clock } from '../../../db/clock.ts';
import type { Store } from '../../../db/connection.ts';
import { clientsRepository } from '../../../db/repositories/clients.ts';
import { lifeEventsRepository } from '../../../db/repositories/life-events.ts';
import { peopleRepository } from '../../../db/repositories/people.ts';
import { relationshipsRepository } from '../../../db/repositories/relationships.ts';
import { rolesRepository } from '../../../db/repositories/roles.ts';
import * as schema from '../../../db/schema/index.ts';
import { PersonCreate } from '../../../src/contract/schemas/people.ts';
import { ClientCreate } from '../../../src/contract/schemas/clients.ts';
import type { RelationshipKind } from '../../../src/contract/schemas/people.ts';

/** The repositories of this domain over one store, plus shortcuts for building a family. */
export function repos(store: Store, clock: Clock) {
  const people = peopleRepository(store.db, clock);
  const relationships = relationshipsRepository(store.db, clock);
  return {
    people,
    roles: rolesRepository(store.db, clock),
    relationships,
    events: lifeEventsRepository(store.db, clock),
    clients: clientsRepository(store.db, clock),
    person: (givenName: string, familyName?: string, more: Partial<PersonCreate> = {}) => people.create(PersonCreate.parse({ givenName, familyName, ...more })),
    client: (name: string, kind: 'business' | 'household' = 'business') => clientsRepository(store.db, clock).create(ClientCreate.parse({ name, kind })),
    relate: (personAId: number, kind: RelationshipKind, personBId: number, until: string | null = null) =>
      relationships.create({ personAId, personBId, kind, since: null, until, notes: null }),
  };
}

/**
 * Runs `action` on repositories whose every statement is captured, then returns SQLite's
 * query plan for each one: the real queries, not copies of them.
 */
export function queryPlans(store: Store, action: (db: typeof store.db) => void): string[][] {
  const queries: { sql: string; params: unknown[] }[] = [];
  const db = drizzle(store.sqlite, { schema, logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
  action(db);
  return queries.map(({ sql, params }) =>
    (store.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail),
  );
}
