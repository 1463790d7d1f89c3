import type { Store } from '../../../db/connection.ts';
import { clients } from '../../../db/schema/clients.ts';
import { lifeEvents } from '../../../db/schema/life-events.ts';
import { people, relationships, roles } from '../../../db/schema/people.ts';
import { visits } from '../../../db/schema/visits.ts';
import { followUps, incidents, knowHow } from '../../../db/schema/work.ts';

type Extra<T> = Partial<T>;

/** Writes rows straight into the tables, the way any repository would; returns their ids. */
export function records({ db }: Store) {
  return {
    client: (name: string, extra: Extra<typeof clients.$inferInsert> = {}) => db.insert(clients).values({ name, kind: 'business', ...extra }).returning().get().id,
    person: (givenName: string, familyName: string | null = null, extra: Extra<typeof people.$inferInsert> = {}) =>
      db.insert(people).values({ givenName, familyName, ...extra }).returning().get().id,
    role: (personId: number, clientId: number, extra: Extra<typeof roles.$inferInsert> = {}) => db.insert(roles).values({ personId, clientId, role: 'owner', ...extra }).returning().get().id,
    /** `kind` reads "a is the <kind> of b" for parent and grandparent. */
    relationship: (personAId: number, kind: (typeof relationships.$inferInsert)['kind'], personBId: number, extra: Extra<typeof relationships.$inferInsert> = {}) =>
      db.insert(relationships).values({ personAId, personBId, kind, ...extra }).returning().get().id,
    event: (title: string, extra: Extra<typeof lifeEvents.$inferInsert> = {}) =>
      db.insert(lifeEvents).values({ typeKey: 'other', title, date: '2026-05-01', precision: 'day', ...extra }).returning().get().id,
    visit: (clientId: number, extra: Extra<typeof visits.$inferInsert> = {}) => db.insert(visits).values({ clientId, startsAt: '2026-03-04T10:00:00.000Z', ...extra }).returning().get().id,
    followUp: (clientId: number, extra: Extra<typeof followUps.$inferInsert> = {}) =>
      db.insert(followUps).values({ clientId, dueAt: '2026-03-05T18:00:00.000Z', kind: 'call', ...extra }).returning().get().id,
    incident: (clientId: number, summary: string, extra: Extra<typeof incidents.$inferInsert> = {}) =>
      db.insert(incidents).values({ clientId, summary, startedAt: '2026-02-01T08:00:00.000Z', ...extra }).returning().get().id,
    knowHow: (clientId: number, question: string, extra: Extra<typeof knowHow.$inferInsert> = {}) =>
      db.insert(knowHow).values({ clientId, question, lastAskedAt: '2026-02-01T08:00:00.000Z', ...extra }).returning().get().id,
  };
}
