import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Instants are UTC ISO-8601 text (sortable); see docs/data-model.md. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['business', 'household'] }).notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    accessHours: text('access_hours'),
    parking: text('parking'),
    askFor: text('ask_for'),
    siteNotes: text('site_notes'),
    rhythmDays: integer('rhythm_days'),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('clients_name_idx').on(t.name), check('clients_kind_check', sql`${t.kind} in ('business', 'household')`)],
);
