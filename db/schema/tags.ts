import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';
import { people } from './people.ts';

/** A word the consultant groups clients and people by ("on retainer", "backup contract"). */
export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** A visit rhythm for the clients with this tag that have none of their own (migration 0013's triggers). */
    rhythmDays: integer('rhythm_days'),
    ...timestamps,
  },
  // "On retainer" and "on retainer" are one tag.
  (t) => [uniqueIndex('tags_name_idx').on(sql`${t.name} collate nocase`)],
);

export const clientTags = sqliteTable(
  'client_tags',
  {
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.tagId] }), index('client_tags_tag_idx').on(t.tagId, t.clientId)],
);

export const personTags = sqliteTable(
  'person_tags',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.tagId] }), index('person_tags_tag_idx').on(t.tagId, t.personId)],
);
