import { asc, eq, isNull } from 'drizzle-orm';
import type { Client, ClientArchive, ClientCreate, ClientList, ClientUpdate } from '../../src/contract/schemas/clients.ts';
import { notFound } from '../../src/contract/result.ts';
import type { z } from 'zod';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';

type Row = typeof clients.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;

export const toClient = ({ archivedAt, ...row }: Row): Client => ({ ...row, archived: archivedAt !== null });

export function clientsRepository(db: Db, clock: Clock) {
  const get = (id: number): Client => {
    const row = db.select().from(clients).where(eq(clients.id, id)).get();
    if (!row) throw notFound('Client', id);
    return toClient(row);
  };

  return {
    get,

    list({ includeArchived }: Parsed<typeof ClientList>): Client[] {
      const query = db.select().from(clients);
      const rows = includeArchived ? query.orderBy(asc(clients.name)).all() : query.where(isNull(clients.archivedAt)).orderBy(asc(clients.name)).all();
      return rows.map(toClient);
    },

    create(input: Parsed<typeof ClientCreate>): Client {
      const now = isoNow(clock);
      const row = db.insert(clients).values({ ...input, createdAt: now, updatedAt: now }).returning().get();
      return toClient(row);
    },

    update({ id, ...patch }: Parsed<typeof ClientUpdate>): Client {
      get(id);
      db.update(clients).set({ ...patch, updatedAt: isoNow(clock) }).where(eq(clients.id, id)).run();
      return get(id);
    },

    archive({ id, archived }: Parsed<typeof ClientArchive>): Client {
      const current = get(id);
      if (current.archived === archived) return current;
      const now = isoNow(clock);
      db.update(clients).set({ archivedAt: archived ? now : null, updatedAt: now }).where(eq(clients.id, id)).run();
      return get(id);
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
