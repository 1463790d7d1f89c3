import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';
import { CONTACT_KINDS } from '../../src/contract/schemas/contacts.ts';
import { people } from './people.ts';

/**
 * A phone call, an e-mail, a message or a remote session with a client (and, optionally, the
 * person it was with): when, what about, and what was promised. Each one counts towards the
 * client's rhythm unless the client's `rhythm_contact_kinds` leaves its kind out.
 */
export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    /** UTC instant (ISO-8601). */
    occurredAt: text('occurred_at').notNull(),
    summary: text('summary').notNull(),
    /** What was promised, in the consultant's words (a follow-up can be made from it). */
    promised: text('promised'),
    notes: text('notes'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('contacts_client_occurred_idx').on(t.clientId, t.occurredAt).where(sql`${t.deletedAt} is null`),
    index('contacts_person_occurred_idx').on(t.personId, t.occurredAt).where(sql`${t.deletedAt} is null`),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('contacts_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    // The agenda: every client's contacts in one week, by time.
    index('contacts_occurred_idx').on(t.occurredAt).where(sql`${t.deletedAt} is null`),
    check('contacts_kind_check', sql`${t.kind} in ('call', 'email', 'message', 'remote')`),
  ],
);
