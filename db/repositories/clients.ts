import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Client, ClientArchive, ClientCreate, ClientList, ClientSummary, ClientUpdate } from '../../src/contract/schemas/clients.ts';
import { notFound } from '../../src/contract/result.ts';
import type { z } from 'zod';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { clientTags } from '../schema/tags.ts';
import type { DetailInput } from '../../src/contract/schemas/contact-details.ts';
import { contactDetailsRepository } from './contact-details.ts';
import { CONTACT_KINDS, type ContactKind } from '../../src/contract/schemas/contacts.ts';

type Row = typeof clients.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;

/** The stored form of "which kinds of contact count": null is all, '' none, else a comma list. */
export const contactKindsColumn = (kinds: readonly ContactKind[] | null): string | null => (kinds === null ? null : CONTACT_KINDS.filter((k) => kinds.includes(k)).join(','));
const contactKindsOf = (column: string | null): ContactKind[] | null => (column === null ? null : CONTACT_KINDS.filter((k) => column.split(',').includes(k)));

// last_visit_at and last_contact_at are the dashboard's bookkeeping (kept by triggers), not part of what a client is.
export const toClient = ({ archivedAt, deletedAt: _deleted, lastVisitAt: _last, lastContactAt: _contact, rhythmContactKinds, ...row }: Row): Client => ({
  ...row,
  rhythmContactKinds: contactKindsOf(rhythmContactKinds),
  archived: archivedAt !== null,
});

export function clientsRepository(db: Db, clock: Clock) {
  const get = (id: number): Client => {
    const row = db.select().from(clients).where(and(eq(clients.id, id), isNull(clients.deletedAt))).get();
    if (!row) throw notFound('Client', id);
    return toClient(row);
  };
  const details = contactDetailsRepository(db, clock);
  const setDetails = (clientId: number, phones: DetailInput[] | undefined, emails: DetailInput[] | undefined) => {
    if (phones !== undefined) details.replace({ clientId }, 'phone', phones);
    if (emails !== undefined) details.replace({ clientId }, 'email', emails);
  };

  /** The clients clients:list and clients:rows give: live ones, archived too if asked, with the tag if one is given. */
  const listed = ({ includeArchived, tagId }: Parsed<typeof ClientList>) => {
    const visible = includeArchived ? isNull(clients.deletedAt) : and(isNull(clients.deletedAt), isNull(clients.archivedAt));
    const tagged = tagId === undefined ? undefined : inArray(clients.id, db.select({ id: clientTags.clientId }).from(clientTags).where(eq(clientTags.tagId, tagId)));
    return and(visible, tagged);
  };

  return {
    get,

    list(input: Parsed<typeof ClientList>): Client[] {
      return db.select().from(clients).where(listed(input)).orderBy(asc(clients.name)).all().map(toClient);
    },

    rows(input: Parsed<typeof ClientList>): ClientSummary[] {
      const columns = { id: clients.id, name: clients.name, kind: clients.kind, phone: clients.phone, email: clients.email, address: clients.address, archivedAt: clients.archivedAt };
      return db
        .select(columns)
        .from(clients)
        .where(listed(input))
        .orderBy(asc(clients.name))
        .all()
        .map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
    },

    count({ includeArchived }: Parsed<typeof ClientList>): { count: number } {
      const visible = includeArchived ? isNull(clients.deletedAt) : and(isNull(clients.deletedAt), isNull(clients.archivedAt));
      return { count: db.select({ n: count() }).from(clients).where(visible).get()?.n ?? 0 };
    },

    create({ phones, emails, ...input }: Parsed<typeof ClientCreate>): Client {
      const now = isoNow(clock);
      // With the lists given, the columns follow their first entries (triggers).
      const columns = { ...(phones === undefined ? {} : { phone: null }), ...(emails === undefined ? {} : { email: null }) };
      const row = db
        .insert(clients)
        .values({ ...input, ...columns, rhythmContactKinds: contactKindsColumn(input.rhythmContactKinds), createdAt: now, updatedAt: now })
        .returning()
        .get();
      if (phones === undefined && emails === undefined) return toClient(row);
      setDetails(row.id, phones, emails);
      return get(row.id);
    },

    update({ id, rhythmContactKinds, phones, emails, ...given }: Parsed<typeof ClientUpdate>): Client {
      get(id);
      const kinds = rhythmContactKinds === undefined ? {} : { rhythmContactKinds: contactKindsColumn(rhythmContactKinds) };
      const { phone, email, ...patch } = given;
      const columns = { ...(phones === undefined && phone !== undefined ? { phone } : {}), ...(emails === undefined && email !== undefined ? { email } : {}) };
      db.update(clients)
        .set({ ...patch, ...columns, ...kinds, updatedAt: isoNow(clock) })
        .where(eq(clients.id, id))
        .run();
      setDetails(id, phones, emails);
      return get(id);
    },

    archive({ id, archived }: Parsed<typeof ClientArchive>): Client {
      const current = get(id);
      if (current.archived === archived) return current;
      const now = isoNow(clock);
      db.update(clients).set({ archivedAt: archived ? now : null, updatedAt: now }).where(eq(clients.id, id)).run();
      return get(id);
    },

    /** Moves the client to the trash; their people, visits and notes stay with them until the trash is emptied. */
    trash(id: number): TrashItem {
      const client = get(id);
      const now = isoNow(clock);
      db.update(clients).set({ deletedAt: now, updatedAt: now }).where(eq(clients.id, id)).run();
      return { entity: 'client', id, label: client.name, day: null, deletedAt: now };
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
