import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DETAIL_KINDS } from '../../src/contract/schemas/contact-details.ts';
import { clients, timestamps } from './clients.ts';
import { people } from './people.ts';

/**
 * A person's or a client's phone numbers and e-mail addresses, each with a label (mobile, home,
 * work, other or free text), in order. The first of each kind is the primary one: triggers
 * (migration 0014) copy it into `people.phone`/`people.email` and `clients.phone`/`clients.email`,
 * and put every number into the search index.
 */
export const contactDetails = sqliteTable(
  'contact_details',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DETAIL_KINDS }).notNull(),
    value: text('value').notNull(),
    label: text('label'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('contact_details_person_idx').on(t.personId, t.kind, t.position).where(sql`${t.personId} is not null`),
    index('contact_details_client_idx').on(t.clientId, t.kind, t.position).where(sql`${t.clientId} is not null`),
    check('contact_details_owner_check', sql`(${t.personId} is null) <> (${t.clientId} is null)`),
    check('contact_details_kind_check', sql`${t.kind} in ('phone', 'email')`),
  ],
);
