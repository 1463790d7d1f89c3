import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { Tag, TagAdd, TagDelete, TagRef, TagRemove, TagUpdate } from '../../src/contract/schemas/tags.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clientTags, personTags, tags } from '../schema/tags.ts';
import { requireClient, requirePerson } from './references.ts';

type Parsed<T extends z.ZodType> = z.output<T>;
type Owner = { clientId?: number | undefined; personId?: number | undefined };

const refColumns = { id: tags.id, name: tags.name, rhythmDays: tags.rhythmDays };
const byName = sql`${tags.name} collate nocase`;

// Counted outside the trash: a tag's count is what its filtered list shows.
const clientCount = sql<number>`(select count(*) from client_tags ct join clients c on c.id = ct.client_id where ct.tag_id = tags.id and c.deleted_at is null)`;
const personCount = sql<number>`(select count(*) from person_tags pt join people p on p.id = pt.person_id where pt.tag_id = tags.id and p.deleted_at is null)`;

/** Tags, and which clients and people wear them. A client's rhythm from its tags is kept by triggers (migration 0013). */
export function tagsRepository(db: Db, clock: Clock) {
  const get = (id: number): Tag => {
    const row = db.select({ ...refColumns, clients: clientCount, people: personCount }).from(tags).where(eq(tags.id, id)).get();
    if (!row) throw notFound('Tag', id);
    return row;
  };

  const named = (name: string): TagRef | undefined => db.select(refColumns).from(tags).where(sql`${byName} = ${name}`).get();

  const of = ({ clientId, personId }: Owner): TagRef[] => {
    if (clientId !== undefined) {
      requireClient(db, clientId);
      return db.select(refColumns).from(clientTags).innerJoin(tags, eq(tags.id, clientTags.tagId)).where(eq(clientTags.clientId, clientId)).orderBy(byName).all();
    }
    requirePerson(db, personId!);
    return db.select(refColumns).from(personTags).innerJoin(tags, eq(tags.id, personTags.tagId)).where(eq(personTags.personId, personId!)).orderBy(byName).all();
  };

  return {
    get,
    of,

    list(): Tag[] {
      return db.select({ ...refColumns, clients: clientCount, people: personCount }).from(tags).orderBy(byName).all();
    },

    /** Puts the tag on them, making it first when no tag has that name (in any case). Adding one they already wear changes nothing. */
    add({ clientId, personId, name }: Parsed<typeof TagAdd>): TagRef[] {
      of({ clientId, personId });
      const now = isoNow(clock);
      const tag = named(name) ?? db.insert(tags).values({ name, createdAt: now, updatedAt: now }).returning(refColumns).get();
      if (clientId !== undefined) db.insert(clientTags).values({ clientId, tagId: tag.id }).onConflictDoNothing().run();
      else db.insert(personTags).values({ personId: personId!, tagId: tag.id }).onConflictDoNothing().run();
      return of({ clientId, personId });
    },

    remove({ clientId, personId, tagId }: Parsed<typeof TagRemove>): TagRef[] {
      get(tagId);
      if (clientId !== undefined) {
        requireClient(db, clientId);
        db.delete(clientTags).where(and(eq(clientTags.clientId, clientId), eq(clientTags.tagId, tagId))).run();
      } else {
        requirePerson(db, personId!);
        db.delete(personTags).where(and(eq(personTags.personId, personId!), eq(personTags.tagId, tagId))).run();
      }
      return of({ clientId, personId });
    },

    update({ id, name, rhythmDays }: Parsed<typeof TagUpdate>): Tag {
      const current = get(id);
      if (name !== undefined) {
        const other = named(name);
        if (other && other.id !== id) throw new AppFailure('conflict', `There is already a tag called “${other.name}”. Choose another name, or delete one of the two.`);
      }
      db.update(tags)
        .set({ ...(name === undefined ? {} : { name }), ...(rhythmDays === undefined ? {} : { rhythmDays }), updatedAt: isoNow(clock) })
        .where(eq(tags.id, current.id))
        .run();
      return get(id);
    },

    /** For good: the links go with it (by cascade), and with them any rhythm the tag gave. */
    delete({ id }: Parsed<typeof TagDelete>): Tag {
      const current = get(id);
      db.delete(tags).where(eq(tags.id, id)).run();
      return current;
    },
  };
}

export type TagsRepository = ReturnType<typeof tagsRepository>;
